package org.spc4j.core.pareto;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Counts category labels in one pass: a mergeable accumulator for Pareto analysis.
 *
 * <p>Each distinct label gets one small mutable slot (count, unit weight, order of first
 * appearance) in a hash map; counting a label already seen is one hash lookup and a primitive
 * increment, with no boxing and no allocation, so ten million labels cost ten million lookups and
 * as many slots as there are categories. Memory grows with the number of categories, not of labels.
 *
 * <p>Ties in the Pareto order are broken by first appearance, so this class records the order in
 * which labels were first accepted; {@link #combine} appends the other counter's new labels after
 * this one's, which is the order of the concatenated input.
 *
 * <p>Bad input: a null or empty label, a negative count, a non-finite or negative weight, or two
 * different unit weights for one category: {@link IllegalArgumentException} naming the value and
 * its 0-based index among the accepted records.
 *
 * <p>Thread safety: mutable, not thread-safe. {@code create}, {@code accept} and {@code combine}
 * serve as supplier, accumulator and combiner of a parallel stream ({@link Pareto#collector()}).
 */
public final class ParetoCounter implements Consumer<String> {

    /** The per-category state; one allocation per distinct category. */
    private static final class Slot {
        final String category;
        final int order;
        long count;
        double unitWeight = Double.NaN;

        Slot(String category, int order) {
            this.category = category;
            this.order = order;
        }
    }

    private final Map<String, Slot> slots = new HashMap<>();
    private final List<Slot> inOrder = new ArrayList<>();
    private long records;

    private ParetoCounter() {
    }

    /** An empty counter: the identity of {@link #combine}. */
    public static ParetoCounter create() {
        return new ParetoCounter();
    }

    /** Counts one occurrence of {@code label}. */
    @Override
    public void accept(String label) {
        slot(label).count++;
        records++;
    }

    /** Adds {@code count} occurrences of {@code category}. */
    public void accept(String category, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "count %d of category '%s' at index %d is negative", count, category, records));
        }
        slot(category).count += count;
        records++;
    }

    /** Adds {@code count} occurrences of {@code category}, each weighing {@code unitWeight} (a cost). */
    public void accept(String category, long count, double unitWeight) {
        if (!(unitWeight >= 0) || Double.isInfinite(unitWeight)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "weight %s of category '%s' at index %d must be finite and >= 0", unitWeight, category, records));
        }
        if (count < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "count %d of category '%s' at index %d is negative", count, category, records));
        }
        Slot s = slot(category);
        if (!Double.isNaN(s.unitWeight) && s.unitWeight != unitWeight) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "category '%s' at index %d has weight %s, but it had weight %s before",
                    category, records, unitWeight, s.unitWeight));
        }
        s.unitWeight = unitWeight;
        s.count += count;
        records++;
    }

    private Slot slot(String label) {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "label at index %d is %s: every record needs a category", records,
                    label == null ? "null" : "empty"));
        }
        Slot s = slots.get(label);
        if (s == null) {
            s = new Slot(label, inOrder.size());
            slots.put(label, s);
            inOrder.add(s);
        }
        return s;
    }

    /**
     * Adds the counts of {@code other} to this counter; {@code other} is unchanged.
     *
     * @return this counter
     */
    public ParetoCounter combine(ParetoCounter other) {
        Objects.requireNonNull(other, "other must not be null");
        for (Slot o : other.inOrder) {
            Slot s = slots.get(o.category);
            if (s == null) {
                s = new Slot(o.category, inOrder.size());
                slots.put(o.category, s);
                inOrder.add(s);
            }
            if (!Double.isNaN(o.unitWeight)) {
                if (!Double.isNaN(s.unitWeight) && s.unitWeight != o.unitWeight) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "category '%s' has weight %s in one counter and %s in the other",
                            o.category, s.unitWeight, o.unitWeight));
                }
                s.unitWeight = o.unitWeight;
            }
            s.count += o.count;
        }
        records += other.records;
        return this;
    }

    /** Number of records accepted (labels, or category/count pairs). */
    public long records() {
        return records;
    }

    /** Number of distinct categories. */
    public int categories() {
        return inOrder.size();
    }

    /** The count of {@code category}, 0 when never seen. */
    public long count(String category) {
        Slot s = slots.get(category);
        return s == null ? 0 : s.count;
    }

    /** The Pareto table with the default analysis (cut 80 %, no Other bucket). */
    public Pareto result() {
        return ParetoAnalysis.withDefaults().of(this);
    }

    /** Categories in first-seen order. */
    List<String> categoryList() {
        List<String> l = new ArrayList<>(inOrder.size());
        for (Slot s : inOrder) {
            l.add(s.category);
        }
        return l;
    }

    long[] countArray() {
        long[] c = new long[inOrder.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = inOrder.get(i).count;
        }
        return c;
    }

    /** Unit weights in first-seen order; null when no category has a weight. */
    double[] weightArray() {
        boolean any = false;
        double[] w = new double[inOrder.size()];
        for (int i = 0; i < w.length; i++) {
            double u = inOrder.get(i).unitWeight;
            any |= !Double.isNaN(u);
            w[i] = u;
        }
        if (!any) {
            return null;
        }
        for (int i = 0; i < w.length; i++) {
            if (Double.isNaN(w[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "category '%s' has no weight while others have: give every category a weight",
                        inOrder.get(i).category));
            }
        }
        return w;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ParetoCounter[%d records, %d categories]", records, inOrder.size());
    }
}
