package org.spc4j.core.internal;

/**
 * Where the subgroups of a {@link org.spc4j.core.control.Subgroups} lie in its values, for the
 * kernels: consecutive subgroups of {@code fixedSize} values when {@code starts} is null, else
 * subgroup g in {@code values[starts[g], starts[g + 1])}. The arrays are the {@code Subgroups}'
 * own (no copy): kernels only read them.
 *
 * @param values all values, subgroup after subgroup
 * @param starts the subgroup boundaries (length count + 1), or null for equal sizes
 * @param fixedSize the size of every subgroup when {@code starts} is null
 */
public record Layout(double[] values, int[] starts, int fixedSize) {

    /** Number of subgroups. */
    public int count() {
        return starts == null ? values.length / fixedSize : starts.length - 1;
    }

    /** Size of subgroup g (unchecked). */
    public int size(int g) {
        return starts == null ? fixedSize : starts[g + 1] - starts[g];
    }

    /** The smallest subgroup size (0 without subgroups). */
    public int minSize() {
        if (starts == null) {
            return values.length == 0 ? 0 : fixedSize;
        }
        int min = count() == 0 ? 0 : Integer.MAX_VALUE;
        for (int g = 0; g < count(); g++) {
            min = Math.min(min, size(g));
        }
        return min;
    }
}
