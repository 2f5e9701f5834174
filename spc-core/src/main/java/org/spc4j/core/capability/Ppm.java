package org.spc4j.core.capability;

import java.util.Locale;

/**
 * Parts per million outside the specification: below the LSL, above the USL, and their total.
 * A side without a limit is {@code NaN} (not applicable) and is left out of the total.
 *
 * @param below parts per million below the LSL (NaN without an LSL)
 * @param above parts per million above the USL (NaN without a USL)
 */
public record Ppm(double below, double above) {

    public Ppm {
        if (below < 0 || above < 0 || Double.isInfinite(below) || Double.isInfinite(above)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "ppm must be finite and >= 0 (NaN for an absent limit), was below %s, above %s", below, above));
        }
        if (Double.isNaN(below) && Double.isNaN(above)) {
            throw new IllegalArgumentException("ppm needs at least one side");
        }
    }

    /** Below plus above, counting only the sides that have a limit. */
    public double total() {
        return (Double.isNaN(below) ? 0 : below) + (Double.isNaN(above) ? 0 : above);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Ppm[below %s, above %s, total %s]", Fmt.num(below), Fmt.num(above),
                Fmt.num(total()));
    }
}
