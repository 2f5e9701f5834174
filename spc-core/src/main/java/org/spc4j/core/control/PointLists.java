package org.spc4j.core.control;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntToDoubleFunction;

/**
 * Immutable per-point lists that are computed on access instead of stored point by point:
 * point numbers as labels, one stage name repeated, values computed from the position (for example
 * a {@code double[]} seen as boxed values).
 * Package-private: charts of millions of points would otherwise hold millions of small strings
 * or boxes. {@link #copyOf} keeps these views as they are and copies any other list.
 */
final class PointLists {

    private PointLists() {
    }

    /** The labels {@code "first"}, {@code "first + 1"}, ... of {@code size} points. */
    static List<String> numbers(int first, int size) {
        return new Numbers(first, size);
    }

    /** {@code value} repeated {@code size} times. */
    static List<String> repeated(String value, int size) {
        return new Repeated(Objects.requireNonNull(value, "value must not be null"), size);
    }

    /** An immutable view of {@code values}, which the caller must never change again. */
    static List<Double> ofDoubles(double[] values) {
        return computed(values.length, i -> values[i]);
    }

    /**
     * The values {@code value.applyAsDouble(0)}, ..., {@code value.applyAsDouble(size - 1)}, computed on
     * each access; {@code value} must be a pure function of the position over immutable data.
     */
    static List<Double> computed(int size, IntToDoubleFunction value) {
        return new Computed(size, Objects.requireNonNull(value, "value must not be null"));
    }

    /** True for a list made by {@link #numbers} from {@code first}. */
    static boolean isNumbers(List<?> list, int first) {
        return list instanceof Numbers n && n.first == first;
    }

    /** True for a list made by {@link #repeated}: one value at every point. */
    static boolean isRepeated(List<?> list) {
        return list instanceof Repeated;
    }

    /** The list itself when it is one of these views, else {@link List#copyOf}. */
    static <T> List<T> copyOf(List<T> list) {
        return list instanceof View ? list : List.copyOf(list);
    }

    /** Marker of the immutable views. */
    private interface View {
    }

    private static final class Numbers extends AbstractList<String> implements RandomAccess, View {
        private final int first;
        private final int size;

        Numbers(int first, int size) {
            this.first = first;
            this.size = size;
        }

        @Override
        public String get(int i) {
            Objects.checkIndex(i, size);
            return Integer.toString(first + i);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static final class Repeated extends AbstractList<String> implements RandomAccess, View {
        private final String value;
        private final int size;

        Repeated(String value, int size) {
            this.value = value;
            this.size = size;
        }

        @Override
        public String get(int i) {
            Objects.checkIndex(i, size);
            return value;
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static final class Computed extends AbstractList<Double> implements RandomAccess, View {
        private final int size;
        private final IntToDoubleFunction value;

        Computed(int size, IntToDoubleFunction value) {
            this.size = size;
            this.value = value;
        }

        @Override
        public Double get(int i) {
            return value.applyAsDouble(Objects.checkIndex(i, size));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
