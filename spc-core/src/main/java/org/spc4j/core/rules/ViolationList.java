package org.spc4j.core.rules;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The violations found by a batch evaluation, stored as three ints each (rule, index, first
 * index) and handed out as {@link Violation} records when read. Unmodifiable. A chart of 10
 * million in-control points has about 460 000 Nelson violations; one object each made building
 * them cost about as much as finding them (the allocation and the references stored into a growing
 * list), and three ints take 12 bytes instead of 28.
 */
final class ViolationList extends AbstractList<Violation> implements RandomAccess {

    /** Violations per chunk: a power of two. */
    private static final int CHUNK_SHIFT = 12;
    private static final int CHUNK = 1 << CHUNK_SHIFT;

    private final List<String> ids;
    /**
     * Rule position, index and first index of violation i at {@code 3j}, {@code 3j + 1},
     * {@code 3j + 2} of chunk {@code i / CHUNK}, with j = i % CHUNK. Chunks, not one growing array,
     * so that nothing is copied as the list grows (at 10 million points the copies took several
     * per cent of the evaluation).
     */
    private final int[][] chunks;
    private final int size;

    private ViolationList(List<String> ids, int[][] chunks, int size) {
        this.ids = ids;
        this.chunks = chunks;
        this.size = size;
    }

    @Override
    public Violation get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of " + size + " violations");
        }
        final int[] c = chunks[i >>> CHUNK_SHIFT];
        final int j = 3 * (i & (CHUNK - 1));
        return new Violation(ids.get(c[j]), c[j + 1], c[j + 2]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Position in the rule set of violation i's rule, without making its record. */
    int ruleAt(int i) {
        return chunks[i >>> CHUNK_SHIFT][3 * (i & (CHUNK - 1))];
    }

    /** 1-based index of violation i's point, without making its record. */
    int indexAt(int i) {
        return chunks[i >>> CHUNK_SHIFT][3 * (i & (CHUNK - 1)) + 1];
    }

    /** Id of the rule at position r of the set. */
    String id(int r) {
        return ids.get(r);
    }

    /** The violations of the rule at position r of the set, in order, as a list of the same kind. */
    ViolationList ofRule(int r) {
        final Builder b = new Builder(ids);
        for (int i = 0; i < size; i++) {
            final int[] c = chunks[i >>> CHUNK_SHIFT];
            final int j = 3 * (i & (CHUNK - 1));
            if (c[j] == r) {
                b.add(r, c[j + 1], c[j + 2]);
            }
        }
        return b.build();
    }

    /** Appends violations in the order found; {@link #build()} once at the end. */
    static final class Builder {

        private final List<String> ids;
        private int[][] chunks = new int[4][];
        private int[] current = new int[3 * 64];
        private int full;                    // chunks filled
        private int length;                  // ints used in current

        Builder(List<String> ids) {
            this.ids = List.copyOf(ids);
        }

        /** Records that point {@code index} violates the rule at {@code rule} of the set, its pattern from {@code first}. */
        void add(int rule, int index, int first) {
            if (length == current.length) {
                grow();
            }
            final int[] c = current;
            c[length] = rule;
            c[length + 1] = index;
            c[length + 2] = first;
            length += 3;
        }

        /** The first chunk starts small (most results are short) and doubles up to CHUNK; then new chunks. */
        private void grow() {
            if (current.length < 3 * CHUNK) {
                current = Arrays.copyOf(current, Math.min(2 * current.length, 3 * CHUNK));
                return;
            }
            if (full == chunks.length) {
                chunks = Arrays.copyOf(chunks, 2 * full);
            }
            chunks[full++] = current;
            current = new int[3 * CHUNK];
            length = 0;
        }

        /**
         * The violations added, as an unmodifiable list that takes over this builder's chunks
         * (no copy); the builder must not be used afterwards.
         */
        ViolationList build() {
            final int[][] all = Arrays.copyOf(chunks, full + 1);
            all[full] = current;
            final ViolationList list = new ViolationList(ids, all, full * CHUNK + length / 3);
            current = null;
            return list;
        }
    }
}
