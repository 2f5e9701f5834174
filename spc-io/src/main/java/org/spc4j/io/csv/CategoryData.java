package org.spc4j.io.csv;

import java.util.List;
import java.util.Objects;

/**
 * Category rows read from CSV (Pareto input): one category per row with its count (1 when the
 * file has no count column) and, optionally, a weight per unit.
 *
 * @param source file name or description
 * @param categories the category of each kept row, in file order
 * @param counts the count of each kept row
 * @param weights the weight of each kept row, or null without a weight column
 * @param skipped rows skipped under {@link ErrorPolicy#SKIP}
 * @param rows data rows read, skipped ones included
 */
public record CategoryData(String source, List<String> categories, long[] counts, double[] weights,
                           List<SkippedRow> skipped, long rows) {
    public CategoryData {
        Objects.requireNonNull(source, "source must not be null");
        categories = List.copyOf(categories);
        counts = counts.clone();
        weights = weights == null ? null : weights.clone();
        skipped = List.copyOf(skipped);
        if (counts.length != categories.size() || (weights != null && weights.length != categories.size())) {
            throw new IllegalArgumentException("categories, counts and weights differ in length");
        }
    }

    /** True when a weight column was read. */
    public boolean hasWeights() {
        return weights != null;
    }
}
