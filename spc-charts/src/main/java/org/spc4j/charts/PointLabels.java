package org.spc4j.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Short text labels next to plotted points (the rule ids of violating points). Each label sits
 * just above its point (below when the point is under the centre line); when it would overlap a
 * label already placed it moves one line further out, so neighbouring violations stay readable.
 */
final class PointLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** One label: the point's data coordinates, the text and which side of the point it goes. */
    record Label(double x, double y, String text, boolean above) implements Serializable {
    }

    private final List<Label> labels;
    private final Font font;
    private final Color color;
    private final double clearance;

    PointLabels(List<Label> labels, Font font, Color color, double clearance) {
        this.labels = List.copyOf(labels);
        this.font = font;
        this.color = color;
        this.clearance = clearance;
    }

    /** The labels, in the order given. */
    List<Label> labels() {
        return labels;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        g2.setFont(font);
        g2.setPaint(color);
        FontMetrics fm = g2.getFontMetrics();
        List<Label> ordered = new ArrayList<>(labels);
        ordered.sort(Comparator.comparingDouble(Label::x));
        double[][] anchors = new double[ordered.size()][];
        for (int k = 0; k < ordered.size(); k++) {
            Label label = ordered.get(k);
            anchors[k] = new double[] {domainAxis.valueToJava2D(label.x(), dataArea, domainEdge),
                rangeAxis.valueToJava2D(label.y(), dataArea, rangeEdge), fm.stringWidth(label.text()),
                label.above() ? 1 : 0};
        }
        List<Rectangle2D> boxes = place(anchors, fm.getAscent() + fm.getDescent(), clearance, dataArea.getMinX(),
                dataArea.getMaxX());
        for (int k = 0; k < boxes.size(); k++) {
            Rectangle2D box = boxes.get(k);
            g2.drawString(ordered.get(k).text(), (float) box.getX(), (float) (box.getY() + fm.getAscent()));
        }
    }

    /**
     * Places text boxes of height h centred on their points, left to right: each goes just above
     * (or below) its point and, while it overlaps a box already placed, one line further out
     * (at most 8 lines).
     *
     * @param anchors per label {x, y, text width, 1 for above or 0 for below}, in Java2D units
     */
    static List<Rectangle2D> place(double[][] anchors, double h, double clearance) {
        return place(anchors, h, clearance, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** As {@link #place(double[][], double, double)}, keeping every box within [minX, maxX] (no clipped text). */
    static List<Rectangle2D> place(double[][] anchors, double h, double clearance, double minX, double maxX) {
        List<Rectangle2D> placed = new ArrayList<>();
        for (double[] a : anchors) {
            boolean above = a[3] > 0;
            Rectangle2D box = null;
            for (int level = 0; level < 8; level++) {
                double y = above ? a[1] - clearance - h - level * (h + 1) : a[1] + clearance + level * (h + 1);
                double x = Math.max(minX, Math.min(a[0] - a[2] / 2, maxX - a[2]));
                box = new Rectangle2D.Double(x, y, a[2], h);
                if (placed.stream().noneMatch(box::intersects)) {
                    break;
                }
            }
            placed.add(box);
        }
        return placed;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PointLabels other && labels.equals(other.labels) && font.equals(other.font)
                && color.equals(other.color) && clearance == other.clearance;
    }

    @Override
    public int hashCode() {
        return labels.hashCode();
    }
}
