package org.spc4j.bench.stats;

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
import org.spc4j.core.stats.Moments;

/**
 * {@link Moments} (count, mean, variance, min, max) beside the array-sum baseline on the same
 * values, measured in the same run.
 *
 * <ul>
 * <li>{@code arraySum}: the baseline, {@code for (double v : x) sum += v};</li>
 * <li>{@code momentsOf}: {@link Moments#of(double...)}, the corrected two-pass algorithm;</li>
 * <li>{@code momentsAccept}: {@link Moments#create()} and {@link Moments#accept(double)} per value,
 *     the one-pass mergeable path (shifted, compensated sums).</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MomentsBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MomentsBenchmark {

    /** Normal values, mean 74, sigma 0.01 (piston-ring diameters), from a fixed seed. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1000", "1000000", "10000000"})
        public int size;

        public double[] x;

        @Setup
        public void setUp() {
            x = BenchData.normal(size, 74.0, 0.01, 20261127L);
        }
    }

    @Benchmark
    public double arraySum(Data d) {
        return BenchData.arraySum(d.x);
    }

    @Benchmark
    public Moments momentsOf(Data d) {
        return Moments.of(d.x);
    }

    @Benchmark
    public Moments momentsAccept(Data d) {
        Moments m = Moments.create();
        for (double v : d.x) {
            m.accept(v);
        }
        return m;
    }
}
