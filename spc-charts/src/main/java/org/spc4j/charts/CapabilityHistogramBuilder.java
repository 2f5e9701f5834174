package org.spc4j.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.spc4j.core.stats.Moments;

/**
 * Draws a capability histogram: the measurements as a histogram of counts, the specification
 * limits and target as vertical lines, the normal curves for the within and overall sigma
 * (scaled to counts: \( n\,w\,\varphi((x-\mu)/\sigma)/\sigma \) for bin width w), and a box on
 * the right with the process data and the capability indices given.
 *
 * <p>The indices are passed in, not computed here: a map of names to values such as
 * {@code Cp}, {@code Cpk}, {@code Pp}, {@code Ppk}, printed in the map's iteration order.
 * The mean and the overall sigma default to the sample mean and standard deviation; the within
 * curve is drawn only when a within sigma is given.
 *
 * <p>Bins: by default at least \( \lceil\log_2 n\rceil + 1 \) bins (Sturges), of the largest round
 * width (1, 2 or 5 times a power of ten) that gives that many, starting at a multiple of the width; {@link #bins(int)} asks
 * for exactly k equal bins from the minimum to the maximum. Each bin holds values from its lower
 * edge (inclusive) to its upper edge (exclusive, the last bin inclusive).
 *
 * <p>A builder is mutable and not thread-safe; {@link #build()} makes a new chart each time.
 */
public final class CapabilityHistogramBuilder {

    /** Dataset index of the histogram bars (series "Data"). */
    static final int HISTOGRAM = 0;
    /** Dataset index of the normal curves (series "Within", "Overall"). */
    static final int CURVES = 1;

    private final double[] values;
    private double lsl = Double.NaN;
    private double usl = Double.NaN;
    private double target = Double.NaN;
    private double mean = Double.NaN;
    private double sigmaWithin = Double.NaN;
    private double sigmaOverall = Double.NaN;
    private final Map<String, Double> indices = new LinkedHashMap<>();
    private int bins;
    private String title = "Process capability";
    private String valueLabel = "Measurement";
    private int width = 900;
    private int height = 500;
    private double scale = 1.0;

    CapabilityHistogramBuilder(double[] values) {
        Objects.requireNonNull(values, "values must not be null");
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to draw a histogram of");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "value %s at index %d is not a finite number", values[i], i));
            }
        }
        this.values = values.clone();
    }

    /** Lower and upper specification limits; either may be NaN (one-sided). */
    public CapabilityHistogramBuilder specLimits(double lowerSpec, double upperSpec) {
        Checks.specLimits(lowerSpec, upperSpec);
        this.lsl = lowerSpec;
        this.usl = upperSpec;
        return this;
    }

    /** The target value, drawn as a green dashed line. */
    public CapabilityHistogramBuilder target(double value) {
        this.target = Checks.finite("target", value);
        return this;
    }

    /** The process mean of the curves (default: the sample mean). */
    public CapabilityHistogramBuilder mean(double value) {
        this.mean = Checks.finite("mean", value);
        return this;
    }

    /** The within (short-term) sigma, for example R-bar/d2 from the control chart; draws the within curve. */
    public CapabilityHistogramBuilder sigmaWithin(double sigma) {
        this.sigmaWithin = Checks.positive("sigmaWithin", sigma);
        return this;
    }

    /** The overall (long-term) sigma (default: the sample standard deviation). */
    public CapabilityHistogramBuilder sigmaOverall(double sigma) {
        this.sigmaOverall = Checks.positive("sigmaOverall", sigma);
        return this;
    }

    /** Adds capability indices to the box, in the map's iteration order (for example Cp, Cpk, Pp, Ppk). */
    public CapabilityHistogramBuilder indices(Map<String, ? extends Number> byName) {
        Objects.requireNonNull(byName, "byName must not be null");
        byName.forEach((name, value) -> {
            Objects.requireNonNull(name, "index name must not be null");
            Objects.requireNonNull(value, "value of index " + name + " must not be null");
            indices.put(name, value.doubleValue());
        });
        return this;
    }

    /** Exactly k equal bins from the smallest to the largest value (default: automatic round bins). */
    public CapabilityHistogramBuilder bins(int k) {
        if (k < 1 || k > 10_000) {
            throw new IllegalArgumentException("bins must be in 1..10000, was " + k);
        }
        this.bins = k;
        return this;
    }

    /** Chart title (default "Process capability"). */
    public CapabilityHistogramBuilder title(String text) {
        this.title = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Label of the horizontal axis (default "Measurement"). */
    public CapabilityHistogramBuilder valueLabel(String text) {
        this.valueLabel = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Layout size in chart units (default 900 x 500). */
    public CapabilityHistogramBuilder size(int chartWidth, int chartHeight) {
        Checks.size(chartWidth, chartHeight);
        this.width = chartWidth;
        this.height = chartHeight;
        return this;
    }

    /** PNG pixels per chart unit (default 1; 2 for print). */
    public CapabilityHistogramBuilder scale(double pixelsPerUnit) {
        Checks.scale(pixelsPerUnit);
        this.scale = pixelsPerUnit;
        return this;
    }

    /** Builds the chart. */
    public SpcChart build() {
        Moments m = Moments.of(values);
        double mu = Double.isNaN(mean) ? m.mean() : mean;
        double overall = Double.isNaN(sigmaOverall) ? m.standardDeviation() : sigmaOverall;
        Bins b = binsFor(values, bins);

        XYIntervalSeries data = new XYIntervalSeries("Data");
        for (int k = 0; k < b.counts().length; k++) {
            double lo = b.origin() + k * b.width();
            double hi = lo + b.width();
            data.add((lo + hi) / 2, lo, hi, b.counts()[k], 0, b.counts()[k]);
        }
        XYIntervalSeriesCollection histogram = new XYIntervalSeriesCollection();
        histogram.addSeries(data);

        double lo = Math.min(b.origin(), m.min());
        double hi = Math.max(b.origin() + b.width() * b.counts().length, m.max());
        double widest = Math.max(Double.isNaN(sigmaWithin) ? 0 : sigmaWithin, overall > 0 ? overall : 0);
        lo = Math.min(lo, mu - 3.5 * widest);
        hi = Math.max(hi, mu + 3.5 * widest);
        for (double v : new double[] {lsl, usl, target}) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = (hi - lo) * 0.04;
        lo -= pad;
        hi += pad;

        XYSeriesCollection curves = new XYSeriesCollection();
        double scaleToCounts = values.length * b.width();
        if (!Double.isNaN(sigmaWithin)) {
            curves.addSeries(normal("Within", mu, sigmaWithin, scaleToCounts, lo, hi));
        }
        if (overall > 0) {
            curves.addSeries(normal("Overall", mu, overall, scaleToCounts, lo, hi));
        }

        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDataset(HISTOGRAM, histogram);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setSeriesPaint(0, ChartStyle.BAR_LIGHT);
        bars.setSeriesOutlinePaint(0, Color.WHITE);
        bars.setSeriesOutlineStroke(0, new BasicStroke(0.8f));
        plot.setRenderer(HISTOGRAM, bars);
        plot.setDataset(CURVES, curves);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        int s = 0;
        if (!Double.isNaN(sigmaWithin)) {
            lines.setSeriesPaint(s, ChartStyle.STATISTIC);
            lines.setSeriesStroke(s++, new BasicStroke(2.0f));
        }
        lines.setSeriesPaint(s, ChartStyle.LIMIT);
        lines.setSeriesStroke(s, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        plot.setRenderer(CURVES, lines);

        int decimals = decimals(b.width());
        marker(plot, lsl, "LSL", ChartStyle.SPEC, ChartStyle.SPEC_STROKE, true);
        marker(plot, usl, "USL", ChartStyle.SPEC, ChartStyle.SPEC_STROKE, false);
        marker(plot, target, "Target", ChartStyle.TARGET, ChartStyle.TARGET_STROKE, true);

        NumberAxis x = new NumberAxis(valueLabel);
        ChartStyle.axis(x);
        x.setAutoRangeIncludesZero(false);
        x.setRange(lo, hi);
        plot.setDomainAxis(x);
        NumberAxis y = new NumberAxis("Count");
        ChartStyle.axis(y);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        double top = 0;
        for (int count : b.counts()) {
            top = Math.max(top, count);
        }
        for (int k = 0; k < curves.getSeriesCount(); k++) {
            top = Math.max(top, curves.getSeries(k).getMaxY());
        }
        y.setRange(0, top * 1.12 + 0.5);
        plot.setRangeAxis(y);

        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        chart.setPadding(new RectangleInsets(6, 8, 6, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartStyle.LABEL_FONT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(box(mu, overall, decimals));
        return new SpcChart(chart, width, height, scale);
    }

    /** Builds the chart and writes it as PNG. */
    public void writePng(Path file) throws IOException {
        build().writePng(file);
    }

    /** Builds the chart and writes it as SVG. */
    public void writeSvg(Path file) throws IOException {
        build().writeSvg(file);
    }

    private CompositeTitle box(double mu, double overall, int decimals) {
        StringBuilder sb = new StringBuilder("Process data\n");
        row(sb, "LSL", lsl, Numbers.significant(lsl, 7));
        row(sb, "Target", target, Numbers.significant(target, 7));
        row(sb, "USL", usl, Numbers.significant(usl, 7));
        row(sb, "Mean", mu, Numbers.fixed(mu, decimals + 1));
        row(sb, "N", values.length, Integer.toString(values.length));
        row(sb, "StDev within", sigmaWithin, Numbers.significant(sigmaWithin, 3));
        row(sb, "StDev overall", overall, Numbers.significant(overall, 3));
        if (!indices.isEmpty()) {
            sb.append(" \nCapability\n"); // a blank line drops out of a text block; a space stays
            indices.forEach((name, value) -> row(sb, name, 0, Double.isFinite(value) ? Numbers.fixed(value, 2) : "-"));
        }
        // A text title at the top edge keeps its text horizontal; the composite puts it on the right.
        TextTitle text = new TextTitle(sb.toString().stripTrailing(), ChartStyle.BOX_FONT, ChartStyle.TEXT,
                RectangleEdge.TOP, HorizontalAlignment.LEFT, VerticalAlignment.CENTER, new RectangleInsets(6, 8, 6, 8));
        text.setTextAlignment(HorizontalAlignment.LEFT);
        text.setFrame(new BlockBorder(new RectangleInsets(1, 1, 1, 1), new Color(0x80, 0x80, 0x80)));
        text.setBackgroundPaint(Color.WHITE);
        BlockContainer container = new BlockContainer(new ColumnArrangement());
        container.add(text);
        CompositeTitle box = new CompositeTitle(container);
        box.setPosition(RectangleEdge.RIGHT);
        box.setVerticalAlignment(VerticalAlignment.CENTER);
        box.setMargin(new RectangleInsets(0, 10, 0, 0));
        return box;
    }

    /** One line of the box, skipped when the value is absent (NaN). */
    private static void row(StringBuilder sb, String name, double value, String text) {
        if (!Double.isNaN(value)) {
            sb.append(String.format(Locale.ROOT, "%-13s %s%n", name, text));
        }
    }

    /** A vertical line labelled at the top, inside the plot: right of the line, or left of it. */
    private static void marker(XYPlot plot, double at, String label, Color color, Stroke stroke, boolean right) {
        if (Double.isNaN(at)) {
            return;
        }
        ValueMarker m = new ValueMarker(at, color, stroke);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.MARKER_FONT);
        m.setLabelPaint(color);
        m.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        plot.addDomainMarker(m, Layer.FOREGROUND);
    }

    /** Decimals that show a bin width to about two significant digits. */
    private static int decimals(double binWidth) {
        return Math.max(0, Math.min(10, 1 - (int) Math.floor(Math.log10(binWidth))));
    }

    private static XYSeries normal(String key, double mu, double sigma, double toCounts, double lo, double hi) {
        XYSeries s = new XYSeries(key, false, false);
        int steps = 240;
        for (int k = 0; k <= steps; k++) {
            double x = lo + (hi - lo) * k / steps;
            double z = (x - mu) / sigma;
            s.add(x, toCounts * Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI)));
        }
        return s;
    }

    /* ---------------- bins ---------------- */

    /** Histogram bins: first lower edge, common width, count per bin. */
    record Bins(double origin, double width, int[] counts) {
    }

    /** Bins for the values: exactly k equal bins from min to max when k > 0, else round automatic bins. */
    static Bins binsFor(double[] values, int k) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        double origin;
        double width;
        int count;
        if (range == 0) {
            width = niceWidth(Math.max(Math.abs(min), 1.0) * 0.02);
            origin = min - width / 2;
            count = 1;
        } else if (k > 0) {
            width = range / k;
            origin = min;
            count = k;
        } else {
            int sturges = (int) Math.ceil(Math.log(values.length) / Math.log(2)) + 1;
            width = niceWidth(range / sturges); // round down: at least the Sturges number of bins
            origin = Math.floor(min / width + 1e-9) * width;
            count = (int) Math.floor((max - origin) / width + 1e-9) + 1;
        }
        int[] counts = new int[count];
        for (double v : values) {
            int bin = (int) Math.floor((v - origin) / width + 1e-9);
            counts[Math.max(0, Math.min(count - 1, bin))]++;
        }
        return new Bins(origin, width, counts);
    }

    /** The largest of 1, 2, 5 times a power of ten that is at most {@code raw}. */
    static double niceWidth(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {10, 5, 2}) {
            if (f * p <= raw * (1 + 1e-12)) {
                return f * p;
            }
        }
        return p;
    }
}
