package org.spc4j.core.internal;

/**
 * A running sum kept as an unevaluated pair {@code high + low}: each addition records its
 * rounding error in {@code low} with Knuth's branch-free TwoSum, so that the pair carries the sum
 * of everything added to within about one rounding of the result.
 *
 * <p>The kernels add one partial sum per block of values here, not every value: the serial
 * dependency of a compensated addition then costs once per block.
 *
 * <p>Reference: Knuth, <i>The Art of Computer Programming</i>, vol. 2, 3rd ed. (1997), section
 * 4.2.2, Theorem B; Ogita, Rump and Oishi (2005), "Accurate sum and dot product", SIAM J. Sci.
 * Comput. 26(6), doi:10.1137/030601818.
 */
public final class CompensatedSum {

    private double high;
    private double low;

    /** Adds {@code x}, keeping its rounding error. */
    public void add(double x) {
        double t = high + x;
        double b = t - high;
        low += (high - (t - b)) + (x - b);
        high = t;
    }

    /** The rounded running sum. */
    public double high() {
        return high;
    }

    /** The accumulated rounding errors of {@link #high()}. */
    public double low() {
        return low;
    }

    /** {@code high + low}. */
    public double value() {
        return high + low;
    }

    /** Takes the state of {@code other}. */
    void copy(CompensatedSum other) {
        high = other.high;
        low = other.low;
    }
}
