package org.spc4j.core.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.internal.Layout;
import org.spc4j.core.internal.SubgroupsAccess;

/**
 * Measurements arranged in rational subgroups: the values in one primitive array, the subgroup
 * boundaries, and optional per-subgroup labels and stage names. Immutable.
 *
 * <p>Individual measurements (I-MR charts) are subgroups of size one ({@link #individuals}).
 * Every value must be finite: a NaN or infinite value is rejected with an
 * {@link IllegalArgumentException} naming the value, its index and its subgroup. Nothing is
 * dropped.
 *
 * <p>The factories copy the caller's array, so that nothing the caller does later can change
 * the subgroups, except {@link #wrap}, which takes the array over without a copy: for arrays too
 * large to hold twice, such as the values a CSV reader has just parsed.
 */
public final class Subgroups {

    static {
        // The core's kernels in other packages (capability) read the values without a copy.
        SubgroupsAccess.register(Subgroups::layout);
    }

    private final double[] values;
    /**
     * Subgroup i holds values[starts[i] .. starts[i+1]). Length count + 1; null when every
     * subgroup has {@link #fixedSize} values (individuals, {@link #ofSize}), to spare an int a value.
     */
    private final int[] starts;
    private final int fixedSize;
    private final List<String> labels;
    private final List<String> stages;

    private Subgroups(double[] values, int[] starts, int fixedSize, List<String> labels, List<String> stages) {
        this.values = values;
        this.starts = starts;
        this.fixedSize = fixedSize;
        this.labels = labels;
        this.stages = stages;
    }

    /** Individual values, each its own subgroup of size 1. */
    public static Subgroups individuals(double... values) {
        Objects.requireNonNull(values, "values must not be null");
        return createFixed(values.clone(), 1);
    }

    /** Consecutive subgroups of a fixed size; the number of values must be a multiple of it. */
    public static Subgroups ofSize(int size, double... values) {
        Objects.requireNonNull(values, "values must not be null");
        checkFixedSize(size, values.length);
        return createFixed(values.clone(), size);
    }

    private static void checkFixedSize(int size, int valueCount) {
        if (size < 1) {
            throw new IllegalArgumentException("subgroup size must be >= 1, was " + size);
        }
        if (valueCount % size != 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d values do not split into subgroups of size %d: the last subgroup would have %d",
                    valueCount, size, valueCount % size));
        }
    }

    /**
     * Consecutive subgroups of a fixed size (1 for individuals) made of {@code values} itself,
     * without a copy. The array is handed over: the caller must not change it afterwards, because
     * these subgroups and every chart computed from them read it (their immutability rests on
     * that). Checked as {@link #ofSize}: every value finite, the length a multiple of the size.
     *
     * <p>Use it for arrays too large to hold twice, such as the values a reader has just parsed
     * into a fresh array of which it keeps no reference (a 1 GB CSV of individuals is 452 MB of
     * doubles); elsewhere {@link #individuals} and {@link #ofSize}, which copy, are the safe choice.
     */
    public static Subgroups wrap(int size, double[] values) {
        Objects.requireNonNull(values, "values must not be null");
        checkFixedSize(size, values.length);
        return createFixed(values, size);
    }

    /** Consecutive subgroups of the given sizes (each at least 1), which must add up to the number of values. */
    public static Subgroups ofSizes(int[] sizes, double... values) {
        Objects.requireNonNull(sizes, "sizes must not be null");
        Objects.requireNonNull(values, "values must not be null");
        int[] starts = new int[sizes.length + 1];
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "subgroup %d has size %d: sizes must be >= 1", i + 1, sizes[i]));
            }
            starts[i + 1] = Math.addExact(starts[i], sizes[i]);
        }
        if (starts[sizes.length] != values.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the %d subgroup sizes add up to %d, but there are %d values", sizes.length, starts[sizes.length],
                    values.length));
        }
        return create(values.clone(), starts);
    }

    /** Subgroups given as rows; rows may differ in size but none may be empty. */
    public static Subgroups of(double[]... rows) {
        Objects.requireNonNull(rows, "rows must not be null");
        int[] starts = new int[rows.length + 1];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException("subgroup " + (i + 1) + " is null");
            }
            starts[i + 1] = starts[i] + rows[i].length;
        }
        double[] values = new double[starts[rows.length]];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, values, starts[i], rows[i].length);
        }
        return create(values, starts);
    }

    /**
     * Subgroups from a subgroup id per value: consecutive equal ids form one subgroup (an id that
     * reappears later starts a new subgroup, as in a time-ordered file).
     */
    public static Subgroups byId(double[] values, List<?> ids) {
        Objects.requireNonNull(values, "values must not be null");
        Objects.requireNonNull(ids, "ids must not be null");
        if (ids.size() != values.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "values and ids differ in length: %d values, %d ids", values.length, ids.size()));
        }
        List<Integer> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || !Objects.equals(ids.get(i), ids.get(i - 1))) {
                starts.add(i);
                labels.add(String.valueOf(ids.get(i)));
            }
        }
        starts.add(values.length);
        return create(values.clone(), starts.stream().mapToInt(Integer::intValue).toArray())
                .withLabels(labels);
    }

    private static Subgroups create(double[] values, int[] starts) {
        for (int g = 0; g + 1 < starts.length; g++) {
            if (starts[g + 1] == starts[g]) {
                throw new IllegalArgumentException("subgroup " + (g + 1) + " is empty");
            }
            for (int i = starts[g]; i < starts[g + 1]; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "value %s at index %d (subgroup %d, position %d) is not a finite number",
                            values[i], i, g + 1, i - starts[g] + 1));
                }
            }
        }
        return new Subgroups(values, starts, 0, null, null);
    }

    private static Subgroups createFixed(double[] values, int size) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "value %s at index %d (subgroup %d, position %d) is not a finite number",
                        values[i], i, i / size + 1, i % size + 1));
            }
        }
        return new Subgroups(values, null, size, null, null);
    }

    /** Index of the first value of subgroup i, for i in 0..count (unchecked). */
    private int startOf(int i) {
        return starts == null ? i * fixedSize : starts[i];
    }

    /** The same subgroups with one label per subgroup (shown in tables and reports). */
    public Subgroups withLabels(List<String> labels) {
        return new Subgroups(values, starts, fixedSize, checkPerSubgroup(labels, "labels"), stages);
    }

    /** The same subgroups with one stage name per subgroup; each stage gets its own limits. */
    public Subgroups withStages(List<String> stages) {
        return new Subgroups(values, starts, fixedSize, labels, checkPerSubgroup(stages, "stages"));
    }

    private List<String> checkPerSubgroup(List<String> names, String what) {
        Objects.requireNonNull(names, what + " must not be null");
        if (names.size() != count()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s has %d entries for %d subgroups", what, names.size(), count()));
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null) {
                throw new IllegalArgumentException(what + " entry at subgroup " + (i + 1) + " is null");
            }
        }
        return List.copyOf(names);
    }

    /**
     * Subgroups {@code [from, to)} (0-based), keeping their labels and stages: these subgroups
     * themselves when the range is all of them (they are immutable), and subgroups of a fixed
     * size keep it (no array of subgroup starts).
     */
    public Subgroups slice(int from, int to) {
        Objects.checkFromToIndex(from, to, count());
        if (from == 0 && to == count()) {
            return this;
        }
        List<String> l = labels == null ? null : labels.subList(from, to);
        List<String> st = stages == null ? null : stages.subList(from, to);
        if (starts == null) {
            return new Subgroups(Arrays.copyOfRange(values, from * fixedSize, to * fixedSize), null, fixedSize, l, st);
        }
        int[] s = new int[to - from + 1];
        for (int i = 0; i < s.length; i++) {
            s[i] = startOf(from + i) - startOf(from);
        }
        return new Subgroups(Arrays.copyOfRange(values, startOf(from), startOf(to)), s, 0, l, st);
    }

    /** The subgroups at the given 0-based positions, in that order, with their labels and stages. */
    Subgroups select(List<Integer> positions) {
        int[] s = new int[positions.size() + 1];
        for (int k = 0; k < positions.size(); k++) {
            s[k + 1] = s[k] + size(positions.get(k));
        }
        double[] v = new double[s[positions.size()]];
        List<String> l = labels == null ? null : new ArrayList<>();
        List<String> st = stages == null ? null : new ArrayList<>();
        for (int k = 0; k < positions.size(); k++) {
            int g = positions.get(k);
            System.arraycopy(values, startOf(g), v, s[k], size(g));
            if (l != null) {
                l.add(labels.get(g));
            }
            if (st != null) {
                st.add(stages.get(g));
            }
        }
        return new Subgroups(v, s, 0, l, st);
    }

    /** Number of subgroups. */
    public int count() {
        return starts == null ? values.length / fixedSize : starts.length - 1;
    }

    /** Total number of values. */
    public int valueCount() {
        return values.length;
    }

    /** Size of subgroup {@code i} (0-based). */
    public int size(int i) {
        Objects.checkIndex(i, count());
        return starts == null ? fixedSize : starts[i + 1] - starts[i];
    }

    /** Index of the first value of subgroup {@code i} in {@link #values()}. */
    public int start(int i) {
        Objects.checkIndex(i, count());
        return startOf(i);
    }

    /** True when every subgroup has the same size. */
    public boolean hasEqualSizes() {
        if (starts == null) {
            return true;
        }
        for (int i = 1; i < count(); i++) {
            if (size(i) != size(0)) {
                return false;
            }
        }
        return true;
    }

    /** A copy of all values, subgroup after subgroup. */
    public double[] values() {
        return values.clone();
    }

    /** Value {@code j} of subgroup {@code i}. */
    public double value(int i, int j) {
        Objects.checkIndex(j, size(i));
        return values[startOf(i) + j];
    }

    /** Label of subgroup {@code i}: the given label, or its 1-based number. */
    public String label(int i) {
        Objects.checkIndex(i, count());
        return labels == null ? Integer.toString(i + 1) : labels.get(i);
    }

    /** Stage of subgroup {@code i}, or the empty string when no stages are given. */
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

    /** Read-only view of the values for package code (hot loops), never exposed. */
    double[] rawValues() {
        return values;
    }

    /** The values and subgroup boundaries for the kernels, without a copy; only to be read. */
    Layout layout() {
        return new Layout(values, starts, fixedSize);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Subgroups[%d subgroups, %d values%s]", count(), values.length,
                hasEqualSizes() && count() > 0 ? ", size " + size(0) : ", unequal sizes");
    }
}
