package org.spc4j.core.control;

/**
 * The EWMA and tabular CUSUM recursions, one point at a time and over a whole array. The charts
 * ({@link EwmaLimits}, {@link CusumLimits}) and the segments ({@link EwmaSegment},
 * {@link CusumSegment}) all step with the methods here, so they round exactly alike: a segment
 * started from 0 and the chart started from 0 give the same bits.
 *
 * <p><b>Why the array kernels cut the series into parts.</b> Both recursions carry one value from
 * point to point, so a plain loop runs at the latency of one step: for the EWMA a multiplication
 * and an addition (about 6 cycles), for the CUSUM an addition and a clamp at 0 (about 10), 3 to 5
 * times slower than summing an array, whose chain is one addition. The kernels therefore cut the
 * series into {@value #PARTS} consecutive parts and advance them together in one loop, so that the
 * steps of different parts overlap. Part 0 starts from the true state; every later part starts
 * from a guess (the start value for the EWMA, 0 for a CUSUM sum). Then each later part, in order,
 * is computed again from the now final value before it, until a recomputed value equals the
 * guessed run's value bit for bit: from there on both runs compute the same thing from the same
 * state, so the rest of the part is already right. The result is therefore bit for bit the plain
 * sequential loop. A CUSUM sum returns to 0 within a few points unless the process has shifted;
 * the EWMA of the guess and of the true state become equal once their difference, which shrinks
 * by the factor \(1-\lambda\) a point, falls below rounding (some hundred points for lambda 0.2).
 * In the worst case, a run that never meets, a part is computed twice.
 */
final class TimeWeightedKernels {

    /** Number of parts advanced together: 4 CUSUM parts of two sums each fill the FP pipelines. */
    static final int PARTS = 4;

    private TimeWeightedKernels() {
    }

    /* --- one point --- */

    /**
     * One EWMA point: \( z \mapsto \lambda x + q z \), with \( q = 1 - \lambda \). The loop-carried
     * chain is one multiplication and one addition; \( \lambda x \) does not depend on it.
     */
    static double ewmaStep(double z, double x, double lambda, double q) {
        return lambda * x + q * z;
    }

    /** One point of the EWMA variance factor: \( v \mapsto q^2 v + g \), with \( g \) from {@link #gain}. */
    static double varianceStep(double v, double qq, double gain) {
        return qq * v + gain;
    }

    /** \( \lambda^2/n \): what a subgroup mean of n values adds to the EWMA variance factor. */
    static double gain(double lambda, int n) {
        return lambda * lambda / n;
    }

    /**
     * One CUSUM point: \( C \mapsto \max(0, C + u) \). The maximum is taken by clearing the bits of
     * a negative sum (a negative double has its sign bit set, so {@code bits >> 63} is all ones):
     * for every sum but NaN this is {@code Math.max(0.0, c + u)}, -0.0 included (it gives +0.0),
     * in a shift and an and-not on an integer register, where {@code Math.max} spends five vector
     * instructions (three blends) on its NaN and signed-zero cases: with the 8 sums of
     * {@link #cusum} in flight, 1.4 against 1.8 ns a point. A NaN sum needs an infinite increment,
     * which makes the end state non-finite: the chart refuses it, the segment refuses such points.
     */
    static double cusumStep(double c, double u) {
        long bits = Double.doubleToRawLongBits(c + u);
        return Double.longBitsToDouble(bits & ~(bits >> 63));
    }

    /** The standardised point \( (v - t)/s \): with s the sigma of the point, or t = 0 and s = 1 for a ready y. */
    static double standardize(double v, double target, double scale) {
        return (v - target) / scale;
    }

    /* --- whole arrays --- */

    /**
     * The EWMA of {@code x} from {@code start}: {@code out[i]} = \(z_{i+1}\), bit for bit what
     * {@link #ewmaStep} applied point after point gives. {@code out} has the length of {@code x}.
     */
    static void ewma(double[] x, double lambda, double start, double[] out) {
        int m = x.length;
        double q = 1.0 - lambda;
        int len = m / PARTS;
        int b0 = m - PARTS * len;
        int b1 = b0 + len;
        int b2 = b1 + len;
        int b3 = b2 + len;
        double z0 = start;
        for (int i = 0; i < b0; i++) {
            z0 = ewmaStep(z0, x[i], lambda, q);
            out[i] = z0;
        }
        double z1 = start;
        double z2 = start;
        double z3 = start;
        for (int j = 0; j < len; j++) {
            z0 = ewmaStep(z0, x[b0 + j], lambda, q);
            z1 = ewmaStep(z1, x[b1 + j], lambda, q);
            z2 = ewmaStep(z2, x[b2 + j], lambda, q);
            z3 = ewmaStep(z3, x[b3 + j], lambda, q);
            out[b0 + j] = z0;
            out[b1 + j] = z1;
            out[b2 + j] = z2;
            out[b3 + j] = z3;
        }
        settleEwma(x, lambda, q, out, b1, b2);
        settleEwma(x, lambda, q, out, b2, b3);
        settleEwma(x, lambda, q, out, b3, m);
    }

    /** Recomputes {@code out[from, to)} from {@code out[from - 1]} until it meets the guessed run. */
    private static void settleEwma(double[] x, double lambda, double q, double[] out, int from, int to) {
        if (from == 0 || from == to) {
            return;
        }
        double z = out[from - 1];
        for (int i = from; i < to; i++) {
            z = ewmaStep(z, x[i], lambda, q);
            if (Double.doubleToRawLongBits(z) == Double.doubleToRawLongBits(out[i])) {
                return;
            }
            out[i] = z;
        }
    }

    /**
     * The two-sided CUSUM of the points \( y_i = (v_i - t)/s \) ({@link #standardize}) from the sums
     * {@code upper} and {@code lower}: {@code up[i]} and {@code lo[i]} are \(C^+\) and \(C^-\) after
     * point i, bit for bit what {@link #cusumStep} with \(u = y - k\) and \(u = -y - k\) gives point
     * after point. {@code up} and {@code lo} have the length of {@code v}. The lower increment is
     * written \( (-k) - y \), the same bits as \( -y - k \) (both are \( (-y) + (-k) \), and IEEE
     * addition commutes) without a negation per point.
     */
    static void cusum(double[] v, double target, double scale, double k, double upper, double lower, double[] up,
                      double[] lo) {
        int m = v.length;
        double nk = -k;
        int len = m / PARTS;
        int b0 = m - PARTS * len;
        int b1 = b0 + len;
        int b2 = b1 + len;
        int b3 = b2 + len;
        double u0 = upper;
        double l0 = lower;
        for (int i = 0; i < b0; i++) {
            double y = standardize(v[i], target, scale);
            u0 = cusumStep(u0, y - k);
            l0 = cusumStep(l0, nk - y);
            up[i] = u0;
            lo[i] = l0;
        }
        double u1 = 0.0;
        double l1 = 0.0;
        double u2 = 0.0;
        double l2 = 0.0;
        double u3 = 0.0;
        double l3 = 0.0;
        for (int j = 0; j < len; j++) {
            double y0 = standardize(v[b0 + j], target, scale);
            double y1 = standardize(v[b1 + j], target, scale);
            double y2 = standardize(v[b2 + j], target, scale);
            double y3 = standardize(v[b3 + j], target, scale);
            u0 = cusumStep(u0, y0 - k);
            l0 = cusumStep(l0, nk - y0);
            u1 = cusumStep(u1, y1 - k);
            l1 = cusumStep(l1, nk - y1);
            u2 = cusumStep(u2, y2 - k);
            l2 = cusumStep(l2, nk - y2);
            u3 = cusumStep(u3, y3 - k);
            l3 = cusumStep(l3, nk - y3);
            up[b0 + j] = u0;
            lo[b0 + j] = l0;
            up[b1 + j] = u1;
            lo[b1 + j] = l1;
            up[b2 + j] = u2;
            lo[b2 + j] = l2;
            up[b3 + j] = u3;
            lo[b3 + j] = l3;
        }
        settleCusum(v, target, scale, k, up, lo, b1, b2);
        settleCusum(v, target, scale, k, up, lo, b2, b3);
        settleCusum(v, target, scale, k, up, lo, b3, m);
    }

    /** Both sides of {@link #settleSide}. */
    private static void settleCusum(double[] v, double target, double scale, double k, double[] up, double[] lo,
                                    int from, int to) {
        settleSide(v, target, scale, k, true, up, from, to);
        settleSide(v, target, scale, k, false, lo, from, to);
    }

    /** Recomputes one side's {@code sums[from, to)} from {@code sums[from - 1]} until it meets the guessed run. */
    private static void settleSide(double[] v, double target, double scale, double k, boolean upper, double[] sums,
                                   int from, int to) {
        if (from == 0 || from == to) {
            return;
        }
        double c = sums[from - 1];
        for (int i = from; i < to; i++) {
            double y = standardize(v[i], target, scale);
            c = cusumStep(c, upper ? y - k : -k - y);
            if (Double.doubleToRawLongBits(c) == Double.doubleToRawLongBits(sums[i])) {
                return;
            }
            sums[i] = c;
        }
    }
}
