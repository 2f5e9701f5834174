package org.spc4j.core.capability;

import java.util.Locale;
import java.util.Objects;

/**
 * A confidence interval or one-sided confidence bound of a capability index. For
 * {@link Bounds#LOWER} the upper end is {@code +Infinity}; for {@link Bounds#UPPER} the lower end
 * is {@code -Infinity}: an unbounded side, not a computed value.
 *
 * @param lower lower limit
 * @param upper upper limit
 * @param level confidence level, in (0, 1)
 * @param bounds which bounds were asked for
 */
public record Interval(double lower, double upper, double level, Bounds bounds) {

    public Interval {
        Objects.requireNonNull(bounds, "bounds must not be null");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "interval lower end %s must not exceed upper end %s", lower, upper));
        }
    }

    /** True when {@code x} lies in the interval (ends included). */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    @Override
    public String toString() {
        String pct = Fmt.num(100 * level) + "%";
        switch (bounds) {
            case LOWER:
                return String.format(Locale.ROOT, ">= %s (%s lower bound)", Fmt.fixed(lower, 4), pct);
            case UPPER:
                return String.format(Locale.ROOT, "<= %s (%s upper bound)", Fmt.fixed(upper, 4), pct);
            default:
                return String.format(Locale.ROOT, "[%s, %s] (%s two-sided)", Fmt.fixed(lower, 4),
                        Fmt.fixed(upper, 4), pct);
        }
    }
}
