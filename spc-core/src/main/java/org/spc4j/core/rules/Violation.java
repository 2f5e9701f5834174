package org.spc4j.core.rules;

import java.util.Objects;

/**
 * One rule violated at one point.
 *
 * @param rule id of the violated rule, for example {@code NELSON2}
 * @param index 1-based index of the point that violates the rule (completes or extends the pattern)
 * @param firstIndex 1-based index of the first point of the pattern; equal to {@code index} for a
 *        single-point rule, never greater
 * @since 0.1
 */
public record Violation(String rule, int index, int firstIndex) {
    public Violation {
        Objects.requireNonNull(rule, "rule must not be null");
        if (firstIndex > index) {
            throw new IllegalArgumentException(
                    "firstIndex must be <= index, was " + firstIndex + " > " + index + " (rule " + rule + ")");
        }
    }

    @Override
    public String toString() {
        return firstIndex == index ? rule + "@" + index : rule + "@" + index + "(from " + firstIndex + ")";
    }
}
