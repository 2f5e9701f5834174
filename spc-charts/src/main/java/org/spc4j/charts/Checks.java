package org.spc4j.charts;

import java.util.Locale;

/** Argument checks shared by the builders; messages name the value. */
final class Checks {

    /** Largest width or height accepted, in chart units. */
    static final int MAX_SIZE = 20_000;
    /** Largest scale accepted. */
    static final double MAX_SCALE = 10.0;

    private Checks() {
    }

    static void size(int width, int height) {
        if (width < 100 || width > MAX_SIZE || height < 100 || height > MAX_SIZE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "chart size must be between 100 and %d in each direction, was %d x %d", MAX_SIZE, width, height));
        }
    }

    static void scale(double scale) {
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "scale must be > 0 and <= %s, was %s", MAX_SCALE, scale));
        }
    }

    /** Both limits may be NaN (absent); the ones given must be finite and in order. */
    static void specLimits(double lsl, double usl) {
        if (Double.isInfinite(lsl) || Double.isInfinite(usl)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "spec limits must be finite or NaN (absent), were LSL %s, USL %s", lsl, usl));
        }
        if (Double.isNaN(lsl) && Double.isNaN(usl)) {
            throw new IllegalArgumentException("give at least one spec limit; both LSL and USL were NaN");
        }
        if (!(lsl < usl) && !Double.isNaN(lsl) && !Double.isNaN(usl)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "LSL must be below USL, were LSL %s, USL %s", lsl, usl));
        }
    }

    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must be finite and > 0, was %s", name, value));
        }
        return value;
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be finite, was %s", name, value));
        }
        return value;
    }
}
