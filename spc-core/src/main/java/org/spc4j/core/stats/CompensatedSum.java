package org.spc4j.core.stats;

/**
 * Neumaier's improved Kahan summation: a running sum and the rounding error it has lost.
 * Package-private building block of the accumulators.
 *
 * <p>Reference: Neumaier (1974), ZAMM 54(1), doi:10.1002/zamm.19740540106.
 */
final class CompensatedSum {
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

    void add(CompensatedSum other) {
        add(other.sum);
        add(other.compensation);
    }

    void set(CompensatedSum other) {
        sum = other.sum;
        compensation = other.compensation;
    }

    double value() {
        return sum + compensation;
    }

    double sum() {
        return sum;
    }

    double compensation() {
        return compensation;
    }

    void set(double sum, double compensation) {
        this.sum = sum;
        this.compensation = compensation;
    }
}
