package org.spc4j.core.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Attribute data: per sample the number counted (nonconforming units or nonconformities) and the
 * sample size (units inspected, or inspection units), with optional labels and stage names.
 * Immutable; values are held in primitive arrays.
 *
 * <p>Checked here, for every chart: each count is finite and \(\ge 0\), each size finite and
 * \(> 0\). Checked when a chart is fitted or applied, because it depends on the chart: integer
 * counts (all charts), integer sizes and count \(\le\) size (p, np, p'). A violation throws
 * {@link IllegalArgumentException} naming the value and its 0-based index. Nothing is dropped.
 */
public final class AttributeData {

    private final double[] counts;
    private final double[] sizes;
    private final List<String> labels;
    private final List<String> stages;

    private AttributeData(double[] counts, double[] sizes, List<String> labels, List<String> stages) {
        this.counts = counts;
        this.sizes = sizes;
        this.labels = labels;
        this.stages = stages;
    }

    /** Counts with the sample size of each; both arrays have one entry per sample. */
    public static AttributeData of(double[] counts, double[] sizes) {
        Objects.requireNonNull(counts, "counts must not be null");
        Objects.requireNonNull(sizes, "sizes must not be null");
        if (counts.length != sizes.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "counts and sizes differ in length: %d counts, %d sizes", counts.length, sizes.length));
        }
        return create(counts.clone(), sizes.clone());
    }

    /** Integer counts with the sample size of each. */
    public static AttributeData of(int[] counts, int[] sizes) {
        Objects.requireNonNull(counts, "counts must not be null");
        Objects.requireNonNull(sizes, "sizes must not be null");
        return of(Arrays.stream(counts).asDoubleStream().toArray(), Arrays.stream(sizes).asDoubleStream().toArray());
    }

    /** Counts from samples that all have the same size. */
    public static AttributeData ofSize(double size, double... counts) {
        Objects.requireNonNull(counts, "counts must not be null");
        double[] sizes = new double[counts.length];
        Arrays.fill(sizes, size);
        return create(counts.clone(), sizes);
    }

    /** Counts of one inspection unit each (size 1): the input of a c chart. */
    public static AttributeData counts(double... counts) {
        return ofSize(1.0, counts);
    }

    private static AttributeData create(double[] counts, double[] sizes) {
        for (int i = 0; i < counts.length; i++) {
            if (!Double.isFinite(counts[i]) || counts[i] < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "count %s at index %d is not a finite number >= 0", fmt(counts[i]), i));
            }
            if (!Double.isFinite(sizes[i]) || !(sizes[i] > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "sample size %s at index %d is not a finite number > 0", fmt(sizes[i]), i));
            }
        }
        return new AttributeData(counts, sizes, null, null);
    }

    /** The same samples with one label per sample. */
    public AttributeData withLabels(List<String> labels) {
        return new AttributeData(counts, sizes, checkPerSample(labels, "labels"), stages);
    }

    /** The same samples with one stage name per sample; each stage gets its own limits. */
    public AttributeData withStages(List<String> stages) {
        return new AttributeData(counts, sizes, labels, checkPerSample(stages, "stages"));
    }

    private List<String> checkPerSample(List<String> names, String what) {
        Objects.requireNonNull(names, what + " must not be null");
        if (names.size() != count()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s has %d entries for %d samples", what, names.size(), count()));
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null) {
                throw new IllegalArgumentException(what + " entry at index " + i + " is null");
            }
        }
        return List.copyOf(names);
    }

    /** Samples {@code [from, to)} (0-based), keeping their labels and stages. */
    public AttributeData slice(int from, int to) {
        Objects.checkFromToIndex(from, to, count());
        return new AttributeData(Arrays.copyOfRange(counts, from, to), Arrays.copyOfRange(sizes, from, to),
                labels == null ? null : labels.subList(from, to), stages == null ? null : stages.subList(from, to));
    }

    /** The samples at the given 0-based positions, in that order. */
    AttributeData select(List<Integer> positions) {
        double[] c = new double[positions.size()];
        double[] n = new double[positions.size()];
        List<String> l = new ArrayList<>();
        List<String> st = new ArrayList<>();
        for (int k = 0; k < positions.size(); k++) {
            int i = positions.get(k);
            c[k] = counts[i];
            n[k] = sizes[i];
            l.add(label(i));
            st.add(stage(i));
        }
        return new AttributeData(c, n, labels == null ? null : l, stages == null ? null : st);
    }

    /** Number of samples. */
    public int count() {
        return counts.length;
    }

    /** Number counted in sample i: nonconforming units (p, np) or nonconformities (c, u). */
    public double counted(int i) {
        return counts[Objects.checkIndex(i, count())];
    }

    /** Size of sample i: units inspected (p, np) or inspection units (u). */
    public double size(int i) {
        return sizes[Objects.checkIndex(i, count())];
    }

    /** Label of sample i: the given label, or its 1-based number. */
    public String label(int i) {
        Objects.checkIndex(i, count());
        return labels == null ? Integer.toString(i + 1) : labels.get(i);
    }

    /** Stage of sample i, or the empty string when no stages are given. */
    public String stage(int i) {
        Objects.checkIndex(i, count());
        return stages == null ? "" : stages.get(i);
    }

    /** True when labels were given. */
    public boolean hasLabels() {
        return labels != null;
    }

    /** True when stage names were given. */
    public boolean hasStages() {
        return stages != null;
    }

    /** True when every sample has the same size. */
    public boolean hasEqualSizes() {
        for (double n : sizes) {
            if (n != sizes[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks what the chart kind needs beyond the checks made on construction: integer counts
     * (all kinds) and, for p, np and p', integer sizes and counts not above the size.
     *
     * @throws IllegalArgumentException naming the first offending value and its index
     */
    void checkFor(AttributeKind kind) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != Math.rint(counts[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "count %s at index %d (label %s) is not an integer: a %s chart counts %s", fmt(counts[i]), i,
                        label(i), kind.chartName(), kind.binomial() ? "nonconforming units" : "nonconformities"));
            }
            if (kind.binomial()) {
                if (sizes[i] != Math.rint(sizes[i])) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "sample size %s at index %d (label %s) is not an integer: a %s chart needs a number of units",
                            fmt(sizes[i]), i, label(i), kind.chartName()));
                }
                if (counts[i] > sizes[i]) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "count %s at index %d (label %s) exceeds the sample size %s: there cannot be more "
                                    + "nonconforming units than units inspected", fmt(counts[i]), i, label(i),
                            fmt(sizes[i])));
                }
            }
        }
    }

    /** Read-only view for package code. */
    double[] rawCounts() {
        return counts;
    }

    /** Read-only view for package code. */
    double[] rawSizes() {
        return sizes;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AttributeData[%d samples%s]", count(),
                count() > 0 && hasEqualSizes() ? ", size " + fmt(sizes[0]) : ", varying sizes");
    }
}
