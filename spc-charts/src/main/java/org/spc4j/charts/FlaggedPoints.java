package org.spc4j.charts;

import java.awt.BasicStroke;
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
 * <p>When drawn, the points of one device pixel column (in order of x, as given) are sorted by
 * their vertical position, and each run of positions less than {@value #RUN_GAP} pixels apart is
 * filled as one capsule: the set of points within the circle radius of the run's segment, at the
 * centre of the column. That is the union of the run's circles to within a pixel: centres moved
 * by at most half a pixel across, and circles 2 pixels apart leave a waist of
 * {@code r - sqrt(r^2 - 1)} (0.11 pixels for r = 4.5) that the capsule fills. So a chart of a
 * million flagged points draws a few thousand shapes; the picture shows where every flagged
 * point is, which a reduction of the points to a sample could not promise.
 */
final class FlaggedPoints extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** Circles whose centres are at most this many pixels apart in a column are drawn as one run. */
    static final double RUN_GAP = 2.0;

    private final double[] x;
    private final double[] y;
    private final double radius;
    private final Color color;

    /**
     * Points at data coordinates {@code (x[k], y[k])}, in increasing x (the arrays are taken over,
     * not copied), marked by circles of {@code radius} chart units.
     */
    FlaggedPoints(double[] x, double[] y, double radius, Color color) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
        }
        this.x = x;
        this.y = y;
        this.radius = radius;
        this.color = color;
    }

    /** Number of flagged points. */
    int size() {
        return x.length;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double scale = Math.abs(g2.getTransform().getScaleX()); // device pixels per chart unit
        double pixel = scale > 0 ? 1 / scale : 1;
        g2.setPaint(color);
        g2.setStroke(new BasicStroke(1.0f)); // the outline a renderer draws around its shapes
        double[] rows = new double[64];
        int k = 0;
        double px = x.length == 0 ? 0 : domainAxis.valueToJava2D(x[0], dataArea, domainEdge);
        while (k < x.length) {
            long column = (long) Math.floor(px / pixel);
            int m = 0;
            while (k < x.length) {
                if (m == rows.length) {
                    rows = Arrays.copyOf(rows, m * 2);
                }
                rows[m++] = rangeAxis.valueToJava2D(y[k], dataArea, rangeEdge);
                k++;
                if (k < x.length) {
                    px = domainAxis.valueToJava2D(x[k], dataArea, domainEdge);
                    if ((long) Math.floor(px / pixel) != column) {
                        break;
                    }
                }
            }
            Arrays.sort(rows, 0, m);
            double centre = (column + 0.5) * pixel;
            double from = rows[0];
            for (int i = 1; i <= m; i++) {
                if (i == m || rows[i] - rows[i - 1] > RUN_GAP * pixel) {
                    capsule(g2, centre, from, rows[i - 1]);
                    if (i < m) {
                        from = rows[i];
                    }
                }
            }
        }
    }

    /** The union of the circles centred on the vertical segment from (x, top) to (x, bottom). */
    private void capsule(Graphics2D g2, double centre, double top, double bottom) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(centre - radius, top - radius, 2 * radius,
                bottom - top + 2 * radius, 2 * radius, 2 * radius);
        g2.fill(shape);
        g2.draw(shape);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FlaggedPoints other && Arrays.equals(x, other.x) && Arrays.equals(y, other.y)
                && radius == other.radius && color.equals(other.color);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x) * 31 + Arrays.hashCode(y);
    }
}
