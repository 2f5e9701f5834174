package org.spc4j.core.capability;

import java.util.Locale;

/** Number formatting for the {@code toString()} tables; package-private. */
final class Fmt {

    private Fmt() {
    }

    /** Up to 6 significant digits, "-" for NaN (absent or not applicable). */
    static String num(double x) {
        if (Double.isNaN(x)) {
            return "-";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "+inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) x);
        }
        return String.format(Locale.ROOT, "%.6g", x).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    /** Fixed decimals, "-" for NaN. */
    static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "-";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "+inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
