package org.spc4j.core.internal;

/**
 * Counting values below and above limits with integer comparisons. The kernels compare every
 * value with both limits; done on the integer units, the comparisons overlap with the
 * floating-point sums instead of competing with them for the floating-point units.
 *
 * <p>{@link #of} maps a double to a long whose signed order is the total order of
 * {@link Double#compare} (-0.0 below 0.0): positive doubles keep their bits, negative ones get
 * their magnitude bits flipped. For a value x that is not NaN, {@code x < lsl} exactly when
 * {@code of(x) < belowKey(lsl)} and {@code x > usl} exactly when {@code of(x) > aboveKey(usl)};
 * a zero limit is taken as -0.0 below and 0.0 above, so that -0.0 and 0.0 count as equal, as
 * {@code <} and {@code >} do. A NaN limit (no limit) counts nothing.
 */
final class OrderedBits {

    private OrderedBits() {
    }

    /** The order-preserving long of a double. */
    static long of(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The key k with {@code x < lsl} exactly when {@code of(x) < k}; NaN: no lower limit. */
    static long belowKey(double lsl) {
        return Double.isNaN(lsl) ? Long.MIN_VALUE : of(lsl == 0.0 ? -0.0 : lsl);
    }

    /** The key k with {@code x > usl} exactly when {@code of(x) > k}; NaN: no upper limit. */
    static long aboveKey(double usl) {
        return Double.isNaN(usl) ? Long.MAX_VALUE : of(usl == 0.0 ? 0.0 : usl);
    }
}
