package org.spc4j.core.capability;

import java.util.Locale;

/**
 * Specification limits: two-sided (LSL and USL) or one-sided (only LSL or only USL), with an
 * optional target. An absent limit or target is {@code NaN}. Immutable.
 *
 * <p>Rules, checked at construction with an {@link IllegalArgumentException} naming the values:
 * at least one limit; every given value finite; {@code LSL < USL} when both are given; a target
 * within the limits that are given ({@code LSL <= T <= USL}).
 *
 * <pre>{@code
 * SpecLimits s = SpecLimits.twoSided(73.95, 74.05).withTarget(74.0);
 * SpecLimits u = SpecLimits.upperOnly(20.0);
 * }</pre>
 *
 * @param lsl lower specification limit, NaN when absent
 * @param usl upper specification limit, NaN when absent
 * @param target target value, NaN when absent
 */
public record SpecLimits(double lsl, double usl, double target) {

    public SpecLimits {
        if (Double.isNaN(lsl) && Double.isNaN(usl)) {
            throw new IllegalArgumentException("specification limits need an LSL, a USL or both; both are absent");
        }
        if (Double.isInfinite(lsl) || Double.isInfinite(usl) || Double.isInfinite(target)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "specification values must be finite (NaN for absent): LSL %s, USL %s, target %s",
                    lsl, usl, target));
        }
        if (!Double.isNaN(lsl) && !Double.isNaN(usl) && !(lsl < usl)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "LSL must be below USL, but LSL is %s and USL is %s", lsl, usl));
        }
        if (!Double.isNaN(target) && (target < lsl || target > usl)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "target %s lies outside the specification limits LSL %s, USL %s", target, lsl, usl));
        }
    }

    /** Both limits, no target. */
    public static SpecLimits twoSided(double lsl, double usl) {
        if (Double.isNaN(lsl) || Double.isNaN(usl)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "two-sided limits need both values, got LSL %s and USL %s", lsl, usl));
        }
        return new SpecLimits(lsl, usl, Double.NaN);
    }

    /** Only a lower specification limit. */
    public static SpecLimits lowerOnly(double lsl) {
        if (Double.isNaN(lsl)) {
            throw new IllegalArgumentException("LSL must be a number, was NaN");
        }
        return new SpecLimits(lsl, Double.NaN, Double.NaN);
    }

    /** Only an upper specification limit. */
    public static SpecLimits upperOnly(double usl) {
        if (Double.isNaN(usl)) {
            throw new IllegalArgumentException("USL must be a number, was NaN");
        }
        return new SpecLimits(Double.NaN, usl, Double.NaN);
    }

    /** The same limits with a target. */
    public SpecLimits withTarget(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("target must be a number, was NaN");
        }
        return new SpecLimits(lsl, usl, t);
    }

    /** True when an LSL is given. */
    public boolean hasLower() {
        return !Double.isNaN(lsl);
    }

    /** True when a USL is given. */
    public boolean hasUpper() {
        return !Double.isNaN(usl);
    }

    /** True when both limits are given. */
    public boolean isTwoSided() {
        return hasLower() && hasUpper();
    }

    /** True when a target is given. */
    public boolean hasTarget() {
        return !Double.isNaN(target);
    }

    /** The midpoint (LSL + USL) / 2 of two-sided limits; NaN for one-sided limits. */
    public double midpoint() {
        return isTwoSided() ? 0.5 * (lsl + usl) : Double.NaN;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpecLimits[LSL %s, USL %s, target %s]", Fmt.num(lsl), Fmt.num(usl),
                Fmt.num(target));
    }
}
