package org.spc4j.bench.pareto;

import java.util.Arrays;
import java.util.List;
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
import org.spc4j.bench.BenchData;
import org.spc4j.core.pareto.Pareto;
import org.spc4j.core.pareto.ParetoCounter;

/**
 * Pareto analysis of defect labels (issue 9: 10 million labels) beside two baselines measured in
 * the same run: the array sum over a {@code double[]} of the same length, and a loop that touches
 * every label ({@code labelScan}: sum of the labels' lengths, the least work a pass over the
 * labels can do).
 *
 * <ul>
 * <li>{@code ofLabels}: {@link Pareto#ofLabels(Iterable)} over a list view of the labels;</li>
 * <li>{@code counter}: {@link ParetoCounter#accept(String)} per label, then {@code result()};</li>
 * <li>{@code parallelCollector}: {@code Arrays.stream(labels).parallel().collect(Pareto.collector())},
 *     counters per fork-join task combined.</li>
 * </ul>
 *
 * <p>Data: 30 categories (8 to 22 characters), drawn with Zipf-like weights 1/k from a fixed
 * seed. The labels are 30 shared {@code String} instances, so their hash codes are cached after
 * the first pass; labels read from a file are distinct instances and would also pay for hashing.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ParetoBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ParetoBenchmark {

    /** Number of categories. */
    public static final int CATEGORIES = 30;

    /** Labels and a double[] of the same length for the array-sum baseline. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1000", "1000000", "10000000"})
        public int size;

        public String[] labels;
        public List<String> labelList;
        public double[] x;

        @Setup
        public void setUp() {
            String[] names = new String[CATEGORIES];
            double[] cumulative = new double[CATEGORIES];
            double total = 0;
            for (int k = 0; k < CATEGORIES; k++) {
                names[k] = "defect-" + "abcdefghijklmno".substring(0, k % 15) + k;
                total += 1.0 / (k + 1);
                cumulative[k] = total;
            }
            Random random = new Random(20261127L);
            labels = new String[size];
            for (int i = 0; i < size; i++) {
                double u = random.nextDouble() * total;
                int k = 0;
                while (k < CATEGORIES - 1 && cumulative[k] < u) {
                    k++;
                }
                labels[i] = names[k];
            }
            labelList = Arrays.asList(labels);
            x = BenchData.normal(size, 74.0, 0.01, 20261127L);
        }
    }

    @Benchmark
    public double arraySum(Data d) {
        return BenchData.arraySum(d.x);
    }

    @Benchmark
    public long labelScan(Data d) {
        long sum = 0;
        for (String s : d.labels) {
            sum += s.length();
        }
        return sum;
    }

    @Benchmark
    public Pareto ofLabels(Data d) {
        return Pareto.ofLabels(d.labelList);
    }

    @Benchmark
    public Pareto counter(Data d) {
        ParetoCounter c = ParetoCounter.create();
        for (String s : d.labels) {
            c.accept(s);
        }
        return c.result();
    }

    @Benchmark
    public Pareto parallelCollector(Data d) {
        return Arrays.stream(d.labels).parallel().collect(Pareto.collector());
    }
}
