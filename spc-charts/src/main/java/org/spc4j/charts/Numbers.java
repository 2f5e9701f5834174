package org.spc4j.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for labels: enough decimals to tell limits apart, no trailing noise. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Decimals that show about three significant digits of a spread (for example the distance
     * between LCL and UCL): 0.026 gives 4, 30 gives 1; between 0 and 10.
     */
    static int decimalsFor(double spread) {
        if (!(spread > 0) || Double.isInfinite(spread)) {
            return 3;
        }
        int d = 3 - (int) Math.ceil(Math.log10(spread));
        return Math.max(0, Math.min(10, d));
    }

    /** The value with a fixed number of decimals, in the root locale. */
    static String fixed(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.startsWith("-") && Double.parseDouble(s) == 0.0 ? s.substring(1) : s;
    }

    /** Up to {@code digits} significant digits without trailing zeros (counts print as integers). */
    static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0.0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
