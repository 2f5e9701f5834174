package org.spc4j.bench.stats;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.spc4j.bench.BenchData;
import org.spc4j.core.stats.Moments;

/**
 * Two threads against one for the mergeable accumulator {@link Moments}: the values are split in
 * two halves, the benchmark thread accumulates the first while one worker thread accumulates the
 * second, and the two accumulators are combined ({@link Moments#combine}). The goal of issue 9 is
 * a speed-up of at least 1.7 on two cores, that is {@code oneThread / twoThreads >= 1.7} in the
 * same run. The array sum, split the same way, shows what memory bandwidth allows.
 *
 * <p>The speed-up needs two idle cores: on a machine shared with other work it measures the load
 * as much as the code, so report the load ({@code uptime}) with the numbers.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MomentsScalingBenchmark -p size=10000000}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MomentsScalingBenchmark {

    /** The values and one worker thread (the benchmark thread is the other). */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1000", "1000000", "10000000"})
        public int size;

        public double[] x;
        public ExecutorService worker;

        @Setup
        public void setUp() {
            x = BenchData.normal(size, 74.0, 0.01, 20261127L);
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "moments-worker");
                t.setDaemon(true);
                return t;
            });
        }

        @TearDown
        public void tearDown() {
            worker.shutdownNow();
        }
    }

    @Benchmark
    public double arraySum(Data d) {
        return BenchData.arraySum(d.x);
    }

    @Benchmark
    public double arraySumTwoThreads(Data d) throws InterruptedException, ExecutionException {
        int half = d.x.length / 2;
        Future<Double> second = d.worker.submit(() -> sum(d.x, half, d.x.length));
        return sum(d.x, 0, half) + second.get();
    }

    @Benchmark
    public Moments acceptOneThread(Data d) {
        return accept(d.x, 0, d.x.length);
    }

    @Benchmark
    public Moments acceptTwoThreads(Data d) throws InterruptedException, ExecutionException {
        int half = d.x.length / 2;
        Future<Moments> second = d.worker.submit(() -> accept(d.x, half, d.x.length));
        return accept(d.x, 0, half).combine(second.get());
    }

    @Benchmark
    public Moments ofRangeOneThread(Data d) {
        return Moments.of(d.x);
    }

    @Benchmark
    public Moments ofRangeTwoThreads(Data d) throws InterruptedException, ExecutionException {
        int half = d.x.length / 2;
        Future<Moments> second = d.worker.submit(() -> Moments.ofRange(d.x, half, d.x.length));
        return Moments.ofRange(d.x, 0, half).combine(second.get());
    }

    static Moments accept(double[] x, int from, int to) {
        Moments m = Moments.create();
        for (int i = from; i < to; i++) {
            m.accept(x[i]);
        }
        return m;
    }

    static double sum(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s;
    }
}
