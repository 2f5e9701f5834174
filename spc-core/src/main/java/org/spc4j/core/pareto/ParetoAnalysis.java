package org.spc4j.core.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How to build a Pareto table: the vital-few cut and the optional "Other" bucket. Immutable and
 * thread-safe; every {@code with*} call returns a new analysis.
 *
 * <pre>{@code
 * Pareto p = ParetoAnalysis.withDefaults().withOtherBelow(5.0).ofCounts(categories, counts);
 * System.out.println(p);
 * }</pre>
 *
 * <p>Definitions. Each category has a count \(c_i\) and a value \(v_i\): \(v_i = c_i\), or
 * \(v_i = c_i w_i\) with a unit weight \(w_i\) (a cost) for a weighted Pareto. Rows are sorted by
 * value, descending; equal values keep the order in which the categories first appeared in the
 * input (a stable sort). Percent \(= 100\,v_i/\sum v\); cumulative percent sums the rows so far.
 * The vital few are the rows up to and including the first whose cumulative share reaches the cut
 * (default 80 %; a share within 1e-12 of the cut counts as reaching it, so that 240 of 300 reaches
 * 80 % despite rounding). With {@link #withOtherBelow(double)}, categories whose percent is below
 * the threshold are merged into one "Other" row, kept last whatever its size; when only one
 * category is below the threshold it keeps its own name.
 *
 * <p>Bad input, as {@link IllegalArgumentException} naming the value and its 0-based index: no
 * categories; a null, empty or repeated category in category/count pairs; a negative count; a
 * non-finite or negative weight; arrays of different lengths; a total of 0 (percentages undefined);
 * a category named like the Other label when the bucket is used.
 *
 * <p>References: Juran (1951), <i>Quality Control Handbook</i>; Montgomery, <i>Introduction to
 * Statistical Quality Control</i>, 8th ed. (2019), section 5.4; qcc {@code paretoChart}.
 */
public final class ParetoAnalysis {

    private static final ParetoAnalysis DEFAULTS = new ParetoAnalysis(0.8, Double.NaN, "Other");

    private final double cut;
    private final double otherBelowPercent;
    private final String otherLabel;

    private ParetoAnalysis(double cut, double otherBelowPercent, String otherLabel) {
        this.cut = cut;
        this.otherBelowPercent = otherBelowPercent;
        this.otherLabel = otherLabel;
    }

    /** Cut 80 %, no Other bucket. */
    public static ParetoAnalysis withDefaults() {
        return DEFAULTS;
    }

    /** The vital-few cut as a fraction in (0, 1] (default 0.8). */
    public ParetoAnalysis withVitalFewCut(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("vital-few cut must be in (0, 1], was " + fraction);
        }
        return new ParetoAnalysis(fraction, otherBelowPercent, otherLabel);
    }

    /** Merge the categories below {@code percent} % of the total into an Other row, kept last. */
    public ParetoAnalysis withOtherBelow(double percent) {
        if (!(percent > 0 && percent < 100)) {
            throw new IllegalArgumentException("Other threshold must be a percent in (0, 100), was " + percent);
        }
        return new ParetoAnalysis(cut, percent, otherLabel);
    }

    /** The label of the Other row (default "Other"). */
    public ParetoAnalysis withOtherLabel(String label) {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("Other label must be a non-empty string, was " + label);
        }
        return new ParetoAnalysis(cut, otherBelowPercent, label);
    }

    /** Pareto of category labels, one per occurrence, counted in one pass. */
    public Pareto ofLabels(Iterable<String> labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        ParetoCounter c = ParetoCounter.create();
        for (String l : labels) {
            c.accept(l);
        }
        return of(c);
    }

    /** Pareto of a stream of labels, one per occurrence, counted in one pass (in encounter order). */
    public Pareto ofLabels(Stream<String> labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        ParetoCounter c = ParetoCounter.create();
        labels.forEachOrdered(c);
        return of(c);
    }

    /** Pareto of category/count pairs; categories must be distinct. */
    public Pareto ofCounts(List<String> categories, long[] counts) {
        Objects.requireNonNull(categories, "categories must not be null");
        Objects.requireNonNull(counts, "counts must not be null");
        checkLengths(categories, counts.length, "counts");
        checkDistinct(categories);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "count %d of category '%s' at index %d is negative", counts[i], categories.get(i), i));
            }
        }
        return build(categories, counts, null);
    }

    /** Cost-weighted Pareto: rows ranked by count x unit weight; categories must be distinct. */
    public Pareto ofWeighted(List<String> categories, long[] counts, double[] unitWeights) {
        Objects.requireNonNull(unitWeights, "unitWeights must not be null");
        checkLengths(categories, unitWeights.length, "unitWeights");
        for (int i = 0; i < unitWeights.length; i++) {
            if (!(unitWeights[i] >= 0) || Double.isInfinite(unitWeights[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "weight %s of category '%s' at index %d must be finite and >= 0",
                        unitWeights[i], categories.get(i), i));
            }
        }
        ofCounts(categories, counts); // validates
        return build(categories, counts, unitWeights.clone());
    }

    /** Pareto of what a counter has accumulated. */
    public Pareto of(ParetoCounter counter) {
        Objects.requireNonNull(counter, "counter must not be null");
        return build(counter.categoryList(), counter.countArray(), counter.weightArray());
    }

    private static void checkLengths(List<String> categories, int n, String what) {
        if (categories.size() != n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "categories and %s differ in length: %d categories, %d %s", what, categories.size(), n, what));
        }
    }

    private static void checkDistinct(List<String> categories) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            if (c == null || c.isEmpty()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "category at index %d is %s", i, c == null ? "null" : "empty"));
            }
            Integer before = seen.putIfAbsent(c, i);
            if (before != null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "category '%s' appears twice, at index %d and %d; merge its counts first", c, before, i));
            }
        }
    }

    private Pareto build(List<String> categories, long[] counts, double[] weights) {
        int k = counts.length;
        if (k == 0) {
            throw new IllegalArgumentException("no categories: a Pareto table needs at least one");
        }
        double[] value = new double[k];
        double total = 0;
        long totalCount = 0;
        for (int i = 0; i < k; i++) {
            value[i] = weights == null ? counts[i] : counts[i] * weights[i];
            total += value[i];
            totalCount = Math.addExact(totalCount, counts[i]);
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the total %s of %d categories is 0: percentages are undefined", weights == null ? "count"
                            : "weighted value", k));
        }
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        // Stable: equal values keep first-seen order.
        Arrays.sort(order, (a, b) -> Double.compare(value[b], value[a]));
        List<Integer> kept = new ArrayList<>();
        List<Integer> small = new ArrayList<>();
        boolean bucket = !Double.isNaN(otherBelowPercent);
        for (int i : order) {
            if (bucket && 100 * value[i] / total < otherBelowPercent) {
                small.add(i);
            } else {
                kept.add(i);
            }
        }
        if (small.size() == 1) {
            kept.add(small.remove(0));
        }
        if (!small.isEmpty()) {
            for (int i = 0; i < k; i++) {
                if (categories.get(i).equals(otherLabel)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "category '%s' at index %d has the name of the Other bucket; choose another label "
                                    + "with withOtherLabel", otherLabel, i));
                }
            }
        }
        List<ParetoRow> rows = new ArrayList<>(kept.size() + 1);
        double cum = 0;
        boolean reached = false;
        for (int i : kept) {
            cum += value[i];
            boolean vital = !reached;
            reached |= cum / total >= cut - 1e-12;
            rows.add(new ParetoRow(categories.get(i), counts[i], value[i], 100 * value[i] / total,
                    100 * cum / total, vital, false));
        }
        if (!small.isEmpty()) {
            long c = 0;
            double v = 0;
            for (int i : small) {
                c += counts[i];
                v += value[i];
            }
            cum += v;
            rows.add(new ParetoRow(otherLabel, c, v, 100 * v / total, 100 * cum / total, !reached, true));
        }
        return new Pareto(rows, totalCount, total, weights != null, cut);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ParetoAnalysis[cut %s, Other %s]", cut,
                Double.isNaN(otherBelowPercent) ? "none" : "below " + otherBelowPercent + "% as '" + otherLabel + "'");
    }
}
