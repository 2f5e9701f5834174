package org.spc4j.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * A point that violates at least one rule, with every rule it violates.
 *
 * @param index 1-based index of the point
 * @param rules ids of the rules it violates, in the order of the rule set (lowest-numbered first); not empty
 * @since 0.1
 */
public record FlaggedPoint(int index, List<String> rules) {
    public FlaggedPoint {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a flagged point violates at least one rule; point " + index + " has none");
        }
    }

    /** The lowest-numbered rule violated: the one a chart marks the point with (as Minitab and qcc do). */
    public String lowest() {
        return rules.get(0);
    }
}
