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

    private final List<String> ids;
    /** Rule position, index and first index of violation i at {@code 3i}, {@code 3i + 1}, {@code 3i + 2}. */
    private final int[] data;
    private final int size;

    private ViolationList(List<String> ids, int[] data, int size) {
        this.ids = ids;
        this.data = data;
        this.size = size;
    }

    @Override
    public Violation get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of " + size + " violations");
        }
        return new Violation(ids.get(data[3 * i]), data[3 * i + 1], data[3 * i + 2]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Appends violations in the order found; {@link #build()} once at the end. */
    static final class Builder {

        private final List<String> ids;
        private int[] data = new int[3 * 64];
        private int length;

        Builder(List<String> ids) {
            this.ids = List.copyOf(ids);
        }

        /** Records that point {@code index} violates the rule at {@code rule} of the set, its pattern from {@code first}. */
        void add(int rule, int index, int first) {
            if (length + 3 > data.length) {
                data = Arrays.copyOf(data, Math.max(2 * data.length, length + 3));
            }
            data[length] = rule;
            data[length + 1] = index;
            data[length + 2] = first;
            length += 3;
        }

        /**
         * The violations added, as an unmodifiable list that takes over this builder's buffer
         * (no copy: at most half of it is unused); the builder must not be used afterwards.
         */
        ViolationList build() {
            final ViolationList list = new ViolationList(ids, data, length / 3);
            data = null;
            return list;
        }
    }
}
