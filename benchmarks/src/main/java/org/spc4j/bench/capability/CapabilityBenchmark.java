package org.spc4j.bench.capability;

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
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.core.control.Subgroups;

/**
 * Normal capability (mean, within and overall sigma, indices, expected and observed ppm) beside
 * the array-sum baseline on the same values, measured in the same run. The goal of issue 9 is at
 * least 0.5 times the baseline's throughput.
 *
 * <ul>
 * <li>{@code individuals}: {@link Capability#of(double[], SpecLimits)}, within sigma from the
 *     average moving range;</li>
 * <li>{@code subgroups}: {@link Capability#of(Subgroups, SpecLimits)} on subgroups of 5, within
 *     sigma pooled (the {@code Subgroups} are built in the set-up).</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CapabilityBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class CapabilityBenchmark {

    /** Normal values, mean 74, sigma 0.01, specification 74 +- 0.035 (about 460 ppm outside). */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1000", "1000000", "10000000"})
        public int size;

        public double[] x;
        public Subgroups fives;
        public SpecLimits specs;

        @Setup
        public void setUp() {
            x = BenchData.normal(size, 74.0, 0.01, 20261127L);
            fives = Subgroups.ofSize(5, x);
            specs = SpecLimits.twoSided(73.965, 74.035);
        }
    }

    @Benchmark
    public double arraySum(Data d) {
        return BenchData.arraySum(d.x);
    }

    @Benchmark
    public Capability individuals(Data d) {
        return Capability.of(d.x, d.specs);
    }

    @Benchmark
    public Capability subgroups(Data d) {
        return Capability.of(d.fives, d.specs);
    }
}
