package org.spc4j.core.capability;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Confidence intervals (or one-sided bounds) of every capability index that is defined for the
 * specification limits; see {@link Capability} for the formulas. Immutable.
 *
 * @param capability the capability the intervals belong to
 * @param level confidence level
 * @param bounds two-sided, lower or upper
 * @param byIndex the interval of each defined index, in {@link Capability.Index} order
 */
public record CapabilityIntervals(Capability capability, double level, Bounds bounds,
                                  Map<Capability.Index, Interval> byIndex) {

    public CapabilityIntervals {
        Objects.requireNonNull(capability, "capability must not be null");
        Objects.requireNonNull(bounds, "bounds must not be null");
        Map<Capability.Index, Interval> copy = new EnumMap<>(Capability.Index.class);
        copy.putAll(Objects.requireNonNull(byIndex, "byIndex must not be null"));
        byIndex = Collections.unmodifiableMap(copy);
    }

    /**
     * The interval of one index.
     *
     * @throws IllegalStateException when the index is not defined for these limits
     */
    public Interval get(Capability.Index index) {
        Interval i = byIndex.get(index);
        if (i == null) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s is not defined for %s, so it has no interval", index, capability.specs()));
        }
        return i;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Capability intervals (%s%% %s)%n", Fmt.num(100 * level),
                bounds == Bounds.TWO_SIDED ? "two-sided" : bounds == Bounds.LOWER ? "lower bounds" : "upper bounds"));
        sb.append(String.format(Locale.ROOT, "  %-6s %10s %10s %10s%n", "index", "estimate", "lower", "upper"));
        for (Map.Entry<Capability.Index, Interval> e : byIndex.entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-6s %10s %10s %10s%n", e.getKey(),
                    Fmt.fixed(capability.value(e.getKey()), 4), Fmt.fixed(e.getValue().lower(), 4),
                    Fmt.fixed(e.getValue().upper(), 4)));
        }
        return sb.toString();
    }
}
