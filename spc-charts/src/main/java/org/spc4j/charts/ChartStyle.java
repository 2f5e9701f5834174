package org.spc4j.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;

/**
 * The print-friendly default style shared by all charts: white background, dark text, thin
 * lines, colours that stay distinguishable when printed in grey (the violation colour is the only
 * saturated red, spec limits are purple and dash-dotted, control limits black and dashed).
 */
final class ChartStyle {

    /** Plotted statistic: dark blue line and points. */
    static final Color STATISTIC = new Color(0x1F, 0x4E, 0x79);
    /** Points that violate a rule, and their rule labels. */
    static final Color VIOLATION = new Color(0xD7, 0x19, 0x1C);
    /** Control limits (dashed) and the centre line (solid). */
    static final Color LIMIT = new Color(0x20, 0x20, 0x20);
    /** 1- and 2-sigma zone lines. */
    static final Color ZONE = new Color(0x9E, 0x9E, 0x9E);
    /** Specification limits: purple, dash-dotted, so they cannot be taken for control limits. */
    static final Color SPEC = new Color(0x7B, 0x32, 0x94);
    /** Target value. */
    static final Color TARGET = new Color(0x1B, 0x78, 0x37);
    /** Stage boundaries. */
    static final Color STAGE = new Color(0x60, 0x60, 0x60);
    /** Light grid lines. */
    static final Color GRID = new Color(0xE0, 0xE0, 0xE0);
    /** Histogram bars and Pareto bars outside the vital few. */
    static final Color BAR_LIGHT = new Color(0xA6, 0xC1, 0xDA);
    /** Pareto bars of the vital few. */
    static final Color BAR_DARK = new Color(0x1F, 0x4E, 0x79);
    /** Behind marker labels: almost opaque white, so grid lines do not cross the text. */
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);
    /** Text. */
    static final Color TEXT = new Color(0x20, 0x20, 0x20);

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font RULE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 10);
    static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font BOX_FONT = new Font(Font.MONOSPACED, Font.PLAIN, 11);

    static final Stroke STATISTIC_STROKE = new BasicStroke(1.2f);
    static final Stroke CENTER_STROKE = new BasicStroke(1.0f);
    static final Stroke LIMIT_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    static final Stroke ZONE_STROKE = new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {2f, 3f}, 0f);
    static final Stroke SPEC_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {10f, 3f, 2f, 3f}, 0f);
    static final Stroke TARGET_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f);
    static final Stroke STAGE_STROKE = new BasicStroke(1.0f);

    /** Radius of an ordinary plotted point, in chart units (pixels at scale 1). */
    static final double POINT_RADIUS = 2.5;
    /** Radius of a violating point. */
    static final double VIOLATION_RADIUS = 4.5;

    private ChartStyle() {
    }

    /** White background, dark title, no plot outline clutter. */
    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setPaint(TEXT);
        }
    }

    static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0x80, 0x80, 0x80));
    }

    static void axis(Axis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(new Color(0x80, 0x80, 0x80));
        axis.setTickMarkPaint(new Color(0x80, 0x80, 0x80));
    }
}
