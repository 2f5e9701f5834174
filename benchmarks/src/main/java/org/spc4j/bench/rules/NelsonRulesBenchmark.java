package org.spc4j.bench.rules;

import java.util.Random;
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
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.RuleEvaluator;
import org.spc4j.core.rules.RuleSet;

/**
 * All eight Nelson rules over 1 thousand, 1 million and 10 million points, beside a plain array
 * sum of the same points measured in the same run (the baseline: one pass over memory with almost
 * no work). The goal of
 * issue 4 is at least 0.2 times the array sum's throughput, that is at most 5 times its time.
 *
 * <ul>
 * <li>{@code arraySum}: {@code for (double v : x) sum += v};</li>
 * <li>{@code nelsonEvaluator}: one {@link RuleEvaluator} fed every point (the online path), counting the hits;</li>
 * <li>{@code nelsonBatch}: {@link RuleSet#evaluate(double[], double, double)}, the batch path, building
 *     the violation records;</li>
 * <li>{@code nelsonChart}: {@link RuleSet#evaluate(ControlChart)} on the I chart of the same points
 *     (known mean 0, sigma 1), the path a charting tool takes (per-point limits and stage names).</li>
 * </ul>
 *
 * <p>Data: standard normal points in sigma units (centre 0, sigma 1) from a fixed seed, so the
 * rules fire at their in-control false-alarm rates.
 *
 * <p>The class forks with {@code --add-modules jdk.incubator.vector}, so the batch paths classify
 * points with SIMD comparisons; {@code nelsonBatchScalar} and {@code nelsonChartScalar} fork
 * without it, as a JVM with default flags runs.
 *
 * <p>Measured 2026-11-28 (run F, idle 2-core AMD EPYC, JDK 17.0.15, {@code -f 1 -wi 2 -i 3 -prof gc},
 * 1e6 / 1e7 points), ratio to {@code arraySum}: nelsonBatch 0.213 / 0.202, nelsonChart 0.214 / 0.207;
 * without the Vector API 0.119 / 0.121 and 0.122 / 0.121; nelsonEvaluator, one call a point,
 * 0.016. The batch paths allocate only their result, 0.35 bytes a point (12 bytes a violation).
 * The profile and what was tried are in {@code benchmarks/README.md}.
 *
 * <p>Run: {@code mvn -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * NelsonRulesBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "--add-modules", "jdk.incubator.vector"})
@State(Scope.Benchmark)
public class NelsonRulesBenchmark {

    @Param({"1000", "1000000", "10000000"})
    int size;

    double[] x;
    RuleSet nelson;
    ControlChart chart;

    @Setup
    public void setUp() {
        Random random = new Random(20261127L);
        x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextGaussian();
        }
        nelson = RuleSet.nelson();
        chart = ChartSpec.individuals().withKnownMean(0.0).withKnownSigma(1.0)
                .chart(Subgroups.individuals(x)).location();
    }

    @Benchmark
    public double arraySum() {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum;
    }

    @Benchmark
    public long nelsonEvaluator() {
        RuleEvaluator ev = nelson.newEvaluator();
        long hits = 0;
        for (double v : x) {
            hits += Long.bitCount(ev.accept(v, 0.0, 1.0));
        }
        return hits;
    }

    @Benchmark
    public Object nelsonBatch() {
        return nelson.evaluate(x, 0.0, 1.0);
    }

    @Benchmark
    public Object nelsonChart() {
        return nelson.evaluate(chart);
    }

    /** {@link #nelsonBatch} in a JVM started without {@code jdk.incubator.vector}: the scalar classifier. */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
    public Object nelsonBatchScalar() {
        return nelson.evaluate(x, 0.0, 1.0);
    }

    /** {@link #nelsonChart} in a JVM started without {@code jdk.incubator.vector}. */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
    public Object nelsonChartScalar() {
        return nelson.evaluate(chart);
    }
}
