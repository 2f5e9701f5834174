package org.spc4j.charts;

import org.jfree.data.xy.XYSeries;
import org.spc4j.core.control.ControlChart;

/**
 * One pass over the statistic of a dense chart whose points are numbered without gaps: per
 * column, the M4 vertices of the line (first, lowest, highest, last, as {@link Envelope#reduced}
 * keeps them) and the values of the flagged points, read in blocks with
 * {@link ControlChart#copyStatistics} instead of a call, a slot lookup and a column division per
 * point.
 *
 * <p>The columns are found once per picture as ranges of positions ({@link #bounds}): a point
 * belongs to the column that {@link Envelope.Columns#of} gives for its x, which grows with the
 * position, so the first position of each column is found by a binary search. The vertices are
 * then the same, bit for bit, as those of the point-by-point reduction.
 */
final class ColumnPass {

    /** Statistics copied and scanned at a time. */
    static final int BLOCK = 8192;

    private final double[] buffer = new double[BLOCK];
    private double firstValue;
    private double lastValue;
    private double low;
    private double high;
    private int lowAt;
    private int highAt;

    private ColumnPass() {
    }

    /**
     * The first location position of each column: {@code bounds[k]} is the first position whose
     * x is in column k or a later one, {@code bounds[count]} the number of location points.
     */
    static int[] bounds(ControlChartBuilder.Slots slots, Envelope.Columns columns) {
        int n = slots.size();
        int[] bounds = new int[columns.count() + 1];
        int from = 0;
        for (int k = 1; k <= columns.count(); k++) {
            int lo = from;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (columns.of(slots.xAt(mid)) >= k) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            bounds[k] = lo;
            from = lo;
        }
        return bounds;
    }

    /**
     * True when the pass can read chart c: its points are numbered without gaps (point i at
     * location position {@code i + shift}) and lie within the location chart's positions.
     */
    static boolean applies(ControlChart c, ControlChartBuilder.Slots slots) {
        int m = c.size();
        if (m == 0 || c.index(m - 1) - c.index(0) != m - 1) {
            return false;
        }
        int shift = c.index(0) - slots.firstIndex();
        return shift >= 0 && shift + m <= slots.size();
    }

    /**
     * Reduces the statistic of chart c ({@link #applies}) to the M4 vertices of each column, added
     * to {@code line} in order, and gives each flagged point (indexes in increasing order, all
     * points of c; none when {@code flagged} is null) with its column to {@code flagged}.
     */
    static void run(ControlChart c, ControlChartBuilder.Slots slots, int[] bounds, XYSeries line,
                    ControlChartBuilder.Flags flags, FlaggedPoints.Collector flagged) {
        new ColumnPass().scan(c, slots, bounds, line, flagged == null ? ControlChartBuilder.Flags.NONE : flags,
                flagged);
    }

    private void scan(ControlChart c, ControlChartBuilder.Slots slots, int[] bounds, XYSeries line,
                      ControlChartBuilder.Flags flags, FlaggedPoints.Collector flagged) {
        int m = c.size();
        int first = c.index(0);
        int shift = first - slots.firstIndex();
        int f = 0;
        for (int k = 0; k + 1 < bounds.length; k++) {
            int a = Math.max(bounds[k] - shift, 0);
            int b = Math.min(bounds[k + 1] - shift, m);
            if (a < b) {
                f = column(c, a, b, k, flags, f, flagged);
                emit(line, slots, shift, a, b);
            }
        }
    }

    /**
     * Reads the positions [a, b) of column k: first, last and extremes into the fields, and the
     * flagged points from flag f on that lie there into {@code flagged}; returns the next flag.
     * (Kept apart from the loop over columns and the series, so that the JIT compiles a small
     * method early instead of the whole pass late.)
     */
    private int column(ControlChart c, int a, int b, int k, ControlChartBuilder.Flags flags, int f,
                       FlaggedPoints.Collector flagged) {
        int first = c.index(0);
        for (int p = a; p < b; p += BLOCK) {
            int len = Math.min(BLOCK, b - p);
            c.copyStatistics(p, buffer, 0, len);
            if (p == a) {
                firstValue = buffer[0];
                low = firstValue;
                high = firstValue;
                lowAt = a;
                highAt = a;
            }
            extremes(len, p);
            lastValue = buffer[len - 1];
            for (int end = p + len; f < flags.size() && flags.index(f) - first < end; f++) {
                int at = flags.index(f) - first - p;
                if (at >= 0) {
                    flagged.add(k, buffer[at]);
                }
            }
        }
        return f;
    }

    /** The kept vertices of the column [a, b): first, lowest and highest in their order, last; each once. */
    private void emit(XYSeries line, ControlChartBuilder.Slots slots, int shift, int a, int b) {
        int lower = Math.min(lowAt, highAt);
        int upper = Math.max(lowAt, highAt);
        double lowerValue = lowAt <= highAt ? low : high;
        double upperValue = lowAt <= highAt ? high : low;
        line.add(slots.xAt(a + shift), firstValue);
        if (lower > a) {
            line.add(slots.xAt(lower + shift), lowerValue);
        }
        if (upper > lower) {
            line.add(slots.xAt(upper + shift), upperValue);
        }
        if (b - 1 > upper) {
            line.add(slots.xAt(b - 1 + shift), lastValue);
        }
    }

    /**
     * The first lowest and first highest of {@code buffer[0, len)} (positions from {@code base}),
     * compared as the point-by-point reduction compares: a NaN is never lower or higher.
     */
    private void extremes(int len, int base) {
        double[] v = buffer;
        double lo = low;
        double hi = high;
        int loAt = lowAt;
        int hiAt = highAt;
        for (int j = 0; j < len; j++) {
            double y = v[j];
            if (y < lo) {
                lo = y;
                loAt = base + j;
            }
            if (y > hi) {
                hi = y;
                hiAt = base + j;
            }
        }
        low = lo;
        high = hi;
        lowAt = loAt;
        highAt = hiAt;
    }
}
