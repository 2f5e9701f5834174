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
 * Individuals and moving-range (I-MR) chart: Phase I fit and Phase II apply beside the array-sum
 * baseline on the same values, measured in the same run. The goal of issue 9 for the fit is at
 * least 0.5 times the baseline's throughput in points per second.
 *
 * <ul>
 * <li>{@code arraySum}: the baseline;</li>
 * <li>{@code subgroups}: {@link Subgroups#individuals(double...)} (copy and validation of the input);</li>
 * <li>{@code fit}: {@code ChartSpec.individuals().fit(data)}: grand mean and average moving range;</li>
 * <li>{@code apply}: {@code limits.apply(data)}: the I and MR charts against fitted limits.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IndividualsChartBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class IndividualsChartBenchmark {

    /** Normal individuals, mean 74, sigma 0.01, from a fixed seed; limits fitted once for apply. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1000", "1000000", "10000000"})
        public int size;

        public double[] x;
        public Subgroups data;
        public ControlLimits limits;

        @Setup
        public void setUp() {
            x = BenchData.normal(size, 74.0, 0.01, 20261127L);
            data = Subgroups.individuals(x);
            limits = ChartSpec.individuals().fit(data);
        }
    }

    @Benchmark
    public double arraySum(Data d) {
        return BenchData.arraySum(d.x);
    }

    @Benchmark
    public Subgroups subgroups(Data d) {
        return Subgroups.individuals(d.x);
    }

    @Benchmark
    public ControlLimits fit(Data d) {
        return ChartSpec.individuals().fit(d.data);
    }

    @Benchmark
    public ChartResult apply(Data d) {
        return d.limits.apply(d.data);
    }
}
