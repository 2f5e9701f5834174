package org.spc4j.core.control;

/**
 * Compensated (Neumaier) sums for the chart estimators; package-private.
 *
 * <p>Reference: Neumaier (1974), ZAMM 54(1), doi:10.1002/zamm.19740540106.
 */
final class Sums {

    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    double sum() {
        return sum + compensation;
    }

    /** Compensated sum of {@code values[from, to)}. */
    static double of(double[] values, int from, int to) {
        Sums s = new Sums();
        for (int i = from; i < to; i++) {
            s.add(values[i]);
        }
        return s.sum();
    }
}
