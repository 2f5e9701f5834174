package org.spc4j.bench.control;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spc4j.bench.BenchData;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;

/**
 * X-bar/R and X-bar/S charts on subgroups of 5: Phase I fit (and Phase II apply of X-bar/R) beside
 * the array-sum baseline over the same values, measured in the same run. {@code subgroups} =
 * 200, 200 000 and 2 000 000 gives 1 thousand, 1 million and 10 million values. The goal of
 * issue 9 for the X-bar/R fit is at least 0.3 times the baseline's throughput in values per second.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar XbarChartBenchmark -p subgroups=2000000 -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class XbarChartBenchmark {

    /** Subgroup size. */
    public static final int N = 5;

    /** Normal values, mean 74, sigma 0.01, in consecutive subgroups of 5. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"200", "200000", "2000000"})
        public int subgroups;

        public double[] x;
        public Subgroups data;
        public ControlLimits limitsR;

        @Setup
        public void setUp() {
            x = BenchData.normal(subgroups * N, 74.0, 0.01, 20261127L);
            data = Subgroups.ofSize(N, x);
            limitsR = ChartSpec.xbarR().fit(data);
        }
    }

    @Benchmark
    public double arraySum(Data d) {
        return BenchData.arraySum(d.x);
    }

    @Benchmark
    public ControlLimits xbarRFit(Data d) {
        return ChartSpec.xbarR().fit(d.data);
    }

    @Benchmark
    public ControlLimits xbarSFit(Data d) {
        return ChartSpec.xbarS().fit(d.data);
    }

    @Benchmark
    public ChartResult xbarRApply(Data d) {
        return d.limitsR.apply(d.data);
    }
}
