package org.spc4j.bench;

import java.util.Random;

/** Reproducible benchmark data and the array-sum baseline shared by the benchmark classes. */
public final class BenchData {

    private BenchData() {
    }

    /**
     * {@code n} normal values with the given mean and standard deviation, from a fixed seed, so
     * every run and every benchmark class sees the same data.
     */
    public static double[] normal(int n, double mean, double sd, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + sd * random.nextGaussian();
        }
        return x;
    }

    /**
     * The baseline: a plain loop summing the values, one pass over memory with almost no work
     * per point. Each benchmark class calls it from its own {@code arraySum} benchmark so that the
     * ratio to it is measured in the same run, on the same data.
     */
    public static double arraySum(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum;
    }
}
