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
import org.spc4j.core.control.CusumLimits;
import org.spc4j.core.control.CusumResult;
import org.spc4j.core.control.CusumSegment;
import org.spc4j.core.control.CusumSpec;
import org.spc4j.core.control.CusumState;
import org.spc4j.core.control.EwmaLimits;
import org.spc4j.core.control.EwmaResult;
import org.spc4j.core.control.EwmaSegment;
import org.spc4j.core.control.EwmaSpec;
import org.spc4j.core.control.EwmaState;
import org.spc4j.core.control.Subgroups;

/**
 * EWMA and tabular CUSUM on individuals beside the array-sum baseline on the same values,
 * measured in the same run. The goal of issue 9 is at least 0.3 times the baseline's throughput.
 *
 * <ul>
 * <li>{@code ewmaApply}, {@code cusumApply}: the chart against fitted limits (every point's
 *     statistic and limits, as a {@code ControlChart});</li>
 * <li>{@code ewmaSegmentPerPoint}, {@code cusumSegmentPerPoint}: the mergeable ordered segments fed
 *     point by point, {@code accept(double)}, and applied to the start state (the streaming path:
 *     end state only);</li>
 * <li>{@code ewmaSegmentBulk}, {@code cusumSegmentBulk}: the same segments fed the whole array at
 *     once, {@code accept(double[], int, int)} (the distributed path, a partition's values in an
 *     array; bit for bit the same state).</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TimeWeightedBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class TimeWeightedBenchmark {

    /** Normal individuals, mean 74, sigma 0.01; EWMA (lambda 0.2) and CUSUM (k 0.5, h 5) fitted once. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1000", "1000000", "10000000"})
        public int size;

        public double[] x;
        public Subgroups data;
        public EwmaLimits ewma;
        public CusumLimits cusum;

        @Setup
        public void setUp() {
            x = BenchData.normal(size, 74.0, 0.01, 20261127L);
            data = Subgroups.individuals(x);
            ewma = EwmaSpec.withDefaults().fit(data);
            cusum = CusumSpec.withDefaults().fit(data);
        }
    }

    @Benchmark
    public double arraySum(Data d) {
        return BenchData.arraySum(d.x);
    }

    @Benchmark
    public EwmaResult ewmaApply(Data d) {
        return d.ewma.apply(d.data);
    }

    @Benchmark
    public CusumResult cusumApply(Data d) {
        return d.cusum.apply(d.data);
    }

    @Benchmark
    public EwmaState ewmaSegmentPerPoint(Data d) {
        EwmaSegment s = d.ewma.segment();
        for (double v : d.x) {
            s.accept(v);
        }
        return s.apply(d.ewma.initialState());
    }

    @Benchmark
    public CusumState cusumSegmentPerPoint(Data d) {
        CusumSegment s = d.cusum.segment();
        for (double v : d.x) {
            s.accept(v);
        }
        return s.apply(d.cusum.initialState());
    }

    @Benchmark
    public EwmaState ewmaSegmentBulk(Data d) {
        EwmaSegment s = d.ewma.segment();
        s.accept(d.x, 0, d.x.length);
        return s.apply(d.ewma.initialState());
    }

    @Benchmark
    public CusumState cusumSegmentBulk(Data d) {
        CusumSegment s = d.cusum.segment();
        s.accept(d.x, 0, d.x.length);
        return s.apply(d.cusum.initialState());
    }
}
