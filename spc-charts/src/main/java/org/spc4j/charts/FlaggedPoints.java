package org.spc4j.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The markers of the flagged points of a dense chart (thousands of them or more): every flagged
 * point is drawn, at its own value, as the circle that marks a flagged point on any chart, but
 * the circles are drawn as their union, one shape per pixel column and run.
 *
 * <p>The points are held per column of the chart's {@link Envelope.Columns} (narrower than a
 * pixel), not one by one: the values of a column, sorted, are cut into intervals wherever two
 * neighbours are more than {@code gap} apart ({@link Collector#reduce}), where {@code gap} is the
 * value that {@value #RUN_GAP} pixels stand for on the tallest plot the picture can have. So a
 * million flagged points become a few thousand intervals when the chart is built, with no
 * object or pair of coordinates per point.
 *
 * <p>When drawn, the intervals of the columns whose centres fall in one device pixel column are
 * sorted by their vertical position, and each run of intervals less than {@value #RUN_GAP}
 * pixels apart is filled as one capsule: the set of points within the circle radius of the run's
 * segment, at the centre of the pixel column. That is the union of the run's circles to within
 * a pixel: centres moved across to the pixel column of their column's centre (less than half a
 * column, then at most half a pixel), and circles 2 pixels apart leave a waist of
 * {@code r - sqrt(r^2 - 1)} (0.11 pixels for r = 4.5) that the capsule fills. Intervals hold
 * only neighbours less than {@value #RUN_GAP} pixels apart, which a run never splits, so the runs
 * are those of the points themselves. The picture shows where every flagged point is, which a
 * reduction of the points to a sample could not promise.
 */
final class FlaggedPoints extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** Circles whose centres are at most this many pixels apart in a column are drawn as one run. */
    static final double RUN_GAP = 2.0;

    private final Envelope.Columns columns;
    /** Per column its first interval; {@code start[count]} is the number of intervals. */
    private final int[] start;
    /** Intervals of values, per column in increasing order. */
    private final double[] low;
    private final double[] high;
    private final int points;
    private final double radius;
    private final Color color;

    private FlaggedPoints(Envelope.Columns columns, int[] start, double[] low, double[] high, int points,
                          double radius, Color color) {
        this.columns = columns;
        this.start = start;
        this.low = low;
        this.high = high;
        this.points = points;
        this.radius = radius;
        this.color = color;
    }

    /** Number of flagged points. */
    int size() {
        return points;
    }

    /** The columns the points are held in. */
    Envelope.Columns columns() {
        return columns;
    }

    /** Number of intervals the points were reduced to. */
    int intervals() {
        return low.length;
    }

    /** The intervals of column k, as {low, high} pairs in increasing order. */
    double[][] intervals(int k) {
        double[][] out = new double[start[k + 1] - start[k]][];
        for (int j = start[k]; j < start[k + 1]; j++) {
            out[j - start[k]] = new double[] {low[j], high[j]};
        }
        return out;
    }

    /**
     * Collects the flagged points of a chart, given in order of column (each column's values
     * in any order), and reduces them to intervals per column.
     */
    static final class Collector {
        private final Envelope.Columns columns;
        private final int[] count;
        private double[] values;
        private int n;
        private int last;

        /** Room for {@code expected} points (it grows when more come). */
        Collector(Envelope.Columns columns, int expected) {
            this.columns = columns;
            this.count = new int[columns.count()];
            this.values = new double[Math.max(16, expected)];
        }

        /**
         * A flagged point with value y in column k (not before the column of the previous point);
         * a point without a finite value has nowhere to be drawn and is left out.
         */
        void add(int k, double y) {
            if (k < last) {
                throw new IllegalArgumentException("flagged points must come in order of column: " + k + " after "
                        + last);
            }
            last = k;
            if (!Double.isFinite(y)) {
                return;
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, 2 * n);
            }
            values[n++] = y;
            count[k]++;
        }

        /**
         * The markers: per column, the sorted values cut into intervals wherever two neighbours
         * are more than {@code gap} apart.
         */
        FlaggedPoints reduce(double gap, double radius, Color color) {
            if (!(gap > 0) || Double.isInfinite(gap)) {
                throw new IllegalArgumentException("gap must be positive and finite, was " + gap);
            }
            double base = Double.POSITIVE_INFINITY;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                base = Math.min(base, values[i]);
                top = Math.max(top, values[i]);
            }
            // buckets of width gap: the values in one bucket are less than gap apart, so in one interval;
            // walking the occupied buckets upwards, a bucket's lowest value starts a new interval when it
            // is more than gap above the highest so far. That is the cut of the sorted values, in time
            // linear in the values and buckets instead of a sort per column.
            double spread = n == 0 ? 0 : (top - base) / gap;
            if (spread >= 1 << 24) {
                throw new IllegalArgumentException("gap " + gap + " is too small for values from " + base + " to " + top);
            }
            int buckets = (int) spread + 1;
            double[] bucketLow = new double[buckets];
            double[] bucketHigh = new double[buckets];
            Arrays.fill(bucketLow, Double.NaN);
            int[] start = new int[count.length + 1];
            double[] lo = new double[Math.max(16, Math.min(n, 1024))];
            double[] hi = new double[lo.length];
            int m = 0;
            int from = 0;
            for (int k = 0; k < count.length; k++) {
                start[k] = m;
                int to = from + count[k];
                int first = buckets;
                int last = -1;
                for (int i = from; i < to; i++) {
                    double y = values[i];
                    int b = Math.min(buckets - 1, (int) ((y - base) / gap));
                    if (Double.isNaN(bucketLow[b])) {
                        bucketLow[b] = y;
                        bucketHigh[b] = y;
                    } else {
                        bucketLow[b] = Math.min(bucketLow[b], y);
                        bucketHigh[b] = Math.max(bucketHigh[b], y);
                    }
                    first = Math.min(first, b);
                    last = Math.max(last, b);
                }
                for (int b = first; b <= last; b++) {
                    if (Double.isNaN(bucketLow[b])) {
                        continue;
                    }
                    if (m == start[k] || bucketLow[b] - hi[m - 1] > gap) {
                        if (m == lo.length) {
                            lo = Arrays.copyOf(lo, 2 * m);
                            hi = Arrays.copyOf(hi, 2 * m);
                        }
                        lo[m++] = bucketLow[b];
                    }
                    hi[m - 1] = bucketHigh[b];
                    bucketLow[b] = Double.NaN;
                }
                from = to;
            }
            start[count.length] = m;
            return new FlaggedPoints(columns, start, Arrays.copyOf(lo, m), Arrays.copyOf(hi, m), n, radius, color);
        }
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double scale = Math.abs(g2.getTransform().getScaleX()); // device pixels per chart unit
        double pixel = scale > 0 ? 1 / scale : 1;
        g2.setPaint(color);
        double[] tops = new double[64];
        double[] bottoms = new double[64];
        double width = (columns.end() - columns.start()) / columns.count();
        int count = columns.count();
        // higher values are drawn higher up (smaller y) unless the axis is inverted: take each column's
        // intervals in the order that gives increasing y, so that the insertion below moves nothing
        boolean upwards = rangeAxis.valueToJava2D(1, dataArea, rangeEdge) < rangeAxis.valueToJava2D(0, dataArea, rangeEdge);
        int k = next(0);
        while (k < count) {
            long column = pixelColumn(k, width, pixel, dataArea, domainAxis, domainEdge);
            int m = 0;
            do {
                for (int i = start[k]; i < start[k + 1]; i++) {
                    int j = upwards ? start[k] + start[k + 1] - 1 - i : i;
                    if (m == tops.length) {
                        tops = Arrays.copyOf(tops, 2 * m);
                        bottoms = Arrays.copyOf(bottoms, 2 * m);
                    }
                    double a = rangeAxis.valueToJava2D(low[j], dataArea, rangeEdge);
                    double b = rangeAxis.valueToJava2D(high[j], dataArea, rangeEdge);
                    insert(tops, bottoms, m++, Math.min(a, b), Math.max(a, b));
                }
                k = next(k + 1);
            } while (k < count && pixelColumn(k, width, pixel, dataArea, domainAxis, domainEdge) == column);
            double centre = (column + 0.5) * pixel;
            double top = tops[0];
            double bottom = bottoms[0];
            for (int i = 1; i <= m; i++) {
                if (i == m || tops[i] - bottom > RUN_GAP * pixel) {
                    capsule(g2, centre, top, bottom);
                    if (i < m) {
                        top = tops[i];
                        bottom = bottoms[i];
                    }
                } else {
                    bottom = Math.max(bottom, bottoms[i]);
                }
            }
        }
    }

    /** The first column from k on that has points, or the number of columns. */
    private int next(int k) {
        while (k < columns.count() && start[k] == start[k + 1]) {
            k++;
        }
        return k;
    }

    /** The device pixel column of the centre of column k. */
    private long pixelColumn(int k, double width, double pixel, Rectangle2D dataArea, ValueAxis domainAxis,
                             RectangleEdge domainEdge) {
        double x = columns.start() + (k + 0.5) * width;
        return (long) Math.floor(domainAxis.valueToJava2D(x, dataArea, domainEdge) / pixel);
    }

    /**
     * Puts the interval (top, bottom) at its place among the first m, sorted by top: the
     * intervals of a column come sorted, so it moves past those of another column only.
     */
    private static void insert(double[] tops, double[] bottoms, int m, double top, double bottom) {
        int i = m;
        while (i > 0 && tops[i - 1] > top) {
            tops[i] = tops[i - 1];
            bottoms[i] = bottoms[i - 1];
            i--;
        }
        tops[i] = top;
        bottoms[i] = bottom;
    }

    /**
     * The union of the circles centred on the vertical segment from (x, top) to (x, bottom), with
     * the outline a renderer draws around its shapes (1 unit wide, half of it outside): filled
     * with the radius half a unit larger, which is the same set of points in one call, not two.
     */
    private void capsule(Graphics2D g2, double centre, double top, double bottom) {
        double r = radius + 0.5;
        g2.fill(new RoundRectangle2D.Double(centre - r, top - r, 2 * r, bottom - top + 2 * r, 2 * r, 2 * r));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FlaggedPoints other && columns.equals(other.columns) && Arrays.equals(start, other.start)
                && Arrays.equals(low, other.low) && Arrays.equals(high, other.high) && points == other.points
                && radius == other.radius && color.equals(other.color);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(low) * 31 + Arrays.hashCode(high)) * 31 + points;
    }
}
