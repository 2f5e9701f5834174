package org.spc4j.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A right-hand axis whose only tick labels are named values ("UCL 74.0143"), placed at the
 * height of their line. Labels that would overlap are pushed apart vertically (the tick marks
 * are hidden, so a nudged label never points at a wrong value). Its range must be set to the
 * range of the axis it annotates.
 */
final class ValueLabelAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    /** A named value. */
    record Label(double value, String text) implements Serializable {
    }

    private final List<Label> labels;

    ValueLabelAxis(List<Label> labels) {
        super(null);
        this.labels = List.copyOf(labels);
        setTickMarksVisible(false);
        setMinorTickMarksVisible(false);
        setAutoRange(false);
    }

    /** The labels, in the order given. */
    List<Label> labels() {
        return labels;
    }

    @Override
    public List<ValueTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> ticks = new ArrayList<>();
        if (labels.isEmpty() || dataArea.getHeight() <= 0) {
            return ticks;
        }
        double gap = g2.getFontMetrics(getTickLabelFont()).getHeight();
        List<double[]> placed = new ArrayList<>(); // {java2D y, label index}
        for (int k = 0; k < labels.size(); k++) {
            double v = labels.get(k).value();
            if (getRange().contains(v)) {
                placed.add(new double[] {valueToJava2D(v, dataArea, edge), k});
            }
        }
        placed.sort(Comparator.comparingDouble(p -> p[0]));
        double top = dataArea.getMinY() + gap / 2;
        double bottom = dataArea.getMaxY() - gap / 2;
        for (int k = 0; k < placed.size(); k++) { // downwards: keep one line between labels
            double min = k == 0 ? top : placed.get(k - 1)[0] + gap;
            placed.get(k)[0] = Math.max(placed.get(k)[0], min);
        }
        for (int k = placed.size() - 1; k >= 0; k--) { // then upwards from the bottom edge
            double max = k == placed.size() - 1 ? bottom : placed.get(k + 1)[0] - gap;
            placed.get(k)[0] = Math.min(placed.get(k)[0], max);
        }
        for (double[] p : placed) {
            double at = java2DToValue(p[0], dataArea, edge);
            ticks.add(new NumberTick(at, labels.get((int) p[1]).text(), TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT,
                    0.0));
        }
        return ticks;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ValueLabelAxis other && super.equals(obj) && labels.equals(other.labels);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + labels.hashCode();
    }
}
