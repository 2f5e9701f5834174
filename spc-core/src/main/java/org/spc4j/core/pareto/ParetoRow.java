package org.spc4j.core.pareto;

import java.util.Locale;
import java.util.Objects;

/**
 * One bar of a Pareto chart.
 *
 * @param category the category (or the "Other" label)
 * @param count number of occurrences
 * @param value what the chart ranks: the count, or count x unit weight for a weighted Pareto
 * @param percent share of the total value, in percent
 * @param cumulativePercent share of this and every earlier row, in percent
 * @param vitalFew true for the rows up to the one where the cumulative share first reaches the cut
 * @param other true for the bucket that holds the merged small categories
 */
public record ParetoRow(String category, long count, double value, double percent, double cumulativePercent,
                        boolean vitalFew, boolean other) {

    public ParetoRow {
        Objects.requireNonNull(category, "category must not be null");
        if (count < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "count of category '%s' must be >= 0, was %d", category, count));
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "value of category '%s' must be finite and >= 0, was %s", category, value));
        }
    }
}
