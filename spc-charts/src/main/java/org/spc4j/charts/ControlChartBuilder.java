package org.spc4j.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.core.rules.Violation;

/**
 * Draws a control chart: one {@link ControlChart}, or the two parts of a {@link ChartResult}
 * (X-bar with R or S, individuals with moving range) stacked on a shared horizontal axis.
 *
 * <p>What is drawn, per part:
 * <ul>
 *   <li>the plotted statistic as a line with points;</li>
 *   <li>the centre line (solid) and the control limits (dashed), as steps that span each point's
 *       slot, so limits that vary per point (unequal subgroup sizes) are drawn as stairs;</li>
 *   <li>stages: a vertical line and the stage name where a stage starts; limit lines break there
 *       and each stage shows its own limits;</li>
 *   <li>on the right, the values of UCL, CL and LCL at the last point (and LSL/USL when shown),
 *       so with stages or varying limits they are those of the last stage and point; labels
 *       closer than a line of text are pushed apart;</li>
 *   <li>violating points (given as 1-based point index to rule ids, for example from a rules
 *       engine) drawn larger in a distinct red and labelled with their rule ids;</li>
 *   <li>optionally the 1- and 2-sigma zone lines (dotted), and spec limits on the location part
 *       (off unless given; purple and dash-dotted so they are never taken for control limits).</li>
 * </ul>
 * The horizontal axis shows the point indices, or dates and times when timestamps are given.
 *
 * <p>Long series: a chart of more than four points per pixel column of the picture
 * ({@code width x scale} pixels wide: 3 600 points at the default size) is drawn from a few
 * vertices per column instead of one per point. Each line (statistic, limits, zones) keeps the
 * first, lowest, highest and last vertex of every column (M4: Jugel et al. 2014,
 * doi:10.14778/2732951.2732953), which draws the same picture to within a pixel (the columns
 * are a little narrower than the plot's pixels). Flagged points are never left out: up to 100 are
 * drawn and labelled as on any chart; more are all drawn, each at its own value, as the union of
 * their circles per pixel column, without rule ids (they would only overlap; the report lists
 * them all), kept as intervals of values per column ({@link FlaggedPoints}). A chart of 56
 * million points then builds a few thousand chart objects, not 56 million. When its points are
 * numbered without gaps (no stages on a moving-range chart), the statistic is read once, in
 * blocks, for its vertices and its flagged points' values together ({@link ColumnPass}).
 *
 * <pre>{@code
 * SpcCharts.controlChart(result)
 *         .violations(Map.of(37, List.of("WE1"), 38, List.of("WE1")))
 *         .title("Piston rings: X-bar and R")
 *         .size(900, 650).scale(2)
 *         .writePng(Path.of("pistonrings.png"));
 * }</pre>
 *
 * <p>A builder is mutable and not thread-safe; {@link #build()} makes a new chart each time.
 */
public final class ControlChartBuilder {

    /** Dataset index of the limit lines: series UCL, CL, LCL (index 0, which markers belong to). */
    static final int LIMITS = 0;
    /** Dataset index of the zone lines (when shown). */
    static final int ZONES = 1;
    /** Dataset index of the plotted statistic. */
    static final int STATISTIC = 2;
    /** Dataset index of the violating points, drawn last so they are on top. */
    static final int VIOLATIONS = 3;

    /** Rule ids are written next to the flagged points of a dense chart when there are at most this many. */
    static final int DENSE_LABELS = 100;

    private final ControlChart location;
    private final ControlChart dispersion;
    private Flags locationViolations = Flags.NONE;
    private Flags dispersionViolations = Flags.NONE;
    private List<Instant> timestamps;
    private ZoneId zone = ZoneOffset.UTC;
    private double lsl = Double.NaN;
    private double usl = Double.NaN;
    private boolean zones;
    private int phaseTwoStart;
    private String title;
    private String domainLabel;
    private int width = 900;
    private int height;
    private double scale = 1.0;

    ControlChartBuilder(ControlChart location, ControlChart dispersion) {
        this.location = Objects.requireNonNull(location, "chart must not be null");
        this.dispersion = dispersion;
        this.height = dispersion == null ? 420 : 650;
    }

    /**
     * Rule violations of the location part (or of the only chart): 1-based point index (as in
     * {@link ControlChart#index(int)}) to the ids of the rules that point violates.
     *
     * @throws IllegalArgumentException when an index is not a point of the chart or a rule id is blank
     */
    public ControlChartBuilder violations(Map<Integer, ? extends Collection<String>> byIndex) {
        this.locationViolations = Flags.of(location, byIndex);
        return this;
    }

    /** Rule violations of the dispersion part (R, S or MR), as in {@link #violations}. */
    public ControlChartBuilder dispersionViolations(Map<Integer, ? extends Collection<String>> byIndex) {
        this.dispersionViolations = Flags.of(dispersion(), byIndex);
        return this;
    }

    /**
     * Rule violations of the location part (or of the only chart) as a rule set found them: each
     * flagged point is labelled with its lowest-numbered rule, the first in rule-set order (as
     * Minitab and qcc mark points; the report lists all). Holds an int and a reference per flagged
     * point, not a map entry: a long chart may have millions.
     *
     * @throws IllegalArgumentException when a violation is at an index that is not a point of the chart
     */
    public ControlChartBuilder violations(RuleViolations violations) {
        this.locationViolations = Flags.of(location, violations);
        return this;
    }

    /** Rule violations of the dispersion part (R, S or MR), as in {@link #violations(RuleViolations)}. */
    public ControlChartBuilder dispersionViolations(RuleViolations violations) {
        this.dispersionViolations = Flags.of(dispersion(), violations);
        return this;
    }

    private ControlChart dispersion() {
        if (dispersion == null) {
            throw new IllegalStateException("this chart has no dispersion part; use violations(...)");
        }
        return dispersion;
    }

    /**
     * One timestamp per point of the location part, strictly increasing: the horizontal axis
     * becomes a date/time axis in the time zone of {@link #timeZone} (UTC by default).
     */
    public ControlChartBuilder timestamps(List<Instant> times) {
        Objects.requireNonNull(times, "times must not be null");
        if (times.size() != location.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "timestamps has %d entries for %d points", times.size(), location.size()));
        }
        for (int i = 0; i < times.size(); i++) {
            Instant t = Objects.requireNonNull(times.get(i), "timestamp of point " + location.index(i) + " is null");
            if (i > 0 && !t.isAfter(times.get(i - 1))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "timestamps must be strictly increasing: point %d at %s is not after point %d at %s",
                        location.index(i), t, location.index(i - 1), times.get(i - 1)));
            }
        }
        this.timestamps = List.copyOf(times);
        return this;
    }

    /** Time zone of the date/time axis (default UTC); month names are English. */
    public ControlChartBuilder timeZone(ZoneId zoneId) {
        this.zone = Objects.requireNonNull(zoneId, "zoneId must not be null");
        return this;
    }

    /**
     * Shows specification limits on the location part; either may be NaN (one-sided). Spec
     * limits are not drawn unless given.
     */
    public ControlChartBuilder specLimits(double lowerSpec, double upperSpec) {
        Checks.specLimits(lowerSpec, upperSpec);
        this.lsl = lowerSpec;
        this.usl = upperSpec;
        return this;
    }

    /**
     * Marks where Phase II starts: a vertical line before point {@code index} (1-based, as in
     * {@link ControlChart#index(int)}), with "Phase I" and "Phase II" written on either side.
     */
    public ControlChartBuilder phaseTwoStart(int index) {
        if (index <= location.index(0) || index > location.index(location.size() - 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Phase II start must be a point after the first, in %d..%d, was %d", location.index(0) + 1,
                    location.index(location.size() - 1), index));
        }
        this.phaseTwoStart = index;
        return this;
    }

    /** Shows the 1- and 2-sigma zone lines (default: not shown). */
    public ControlChartBuilder zones(boolean show) {
        this.zones = show;
        return this;
    }

    /** Chart title (default: the chart type, for example "X-bar and R chart"). */
    public ControlChartBuilder title(String text) {
        this.title = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Label of the horizontal axis (default "Sample", or "Time" with timestamps). */
    public ControlChartBuilder domainLabel(String text) {
        this.domainLabel = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Layout size in chart units (default 900 x 650 for two parts, 900 x 420 for one). */
    public ControlChartBuilder size(int chartWidth, int chartHeight) {
        Checks.size(chartWidth, chartHeight);
        this.width = chartWidth;
        this.height = chartHeight;
        return this;
    }

    /** PNG pixels per chart unit (default 1; 2 for print). */
    public ControlChartBuilder scale(double pixelsPerUnit) {
        Checks.scale(pixelsPerUnit);
        this.scale = pixelsPerUnit;
        return this;
    }

    /** Builds the chart. */
    public SpcChart build() {
        Slots slots = new Slots(location, timestamps);
        ValueAxis domain = domainAxis(slots);
        int columns = (int) Math.ceil(width * scale);
        Envelope.Columns dense = location.size() > 4L * columns && slots.end() > slots.start()
                ? new Envelope.Columns(slots.start(), slots.end(), columns) : null;
        int[] bounds = dense == null ? null : ColumnPass.bounds(slots, dense);
        XYPlot top = part(location, locationViolations, slots, dense, bounds, true);
        JFreeChart chart;
        if (dispersion == null) {
            top.setDomainAxis(domain);
            chart = new JFreeChart(defaultTitle(), ChartStyle.TITLE_FONT, top, false);
        } else {
            CombinedDomainXYPlot plot = new CombinedDomainXYPlot(domain);
            plot.setGap(14.0);
            plot.add(top, 3);
            plot.add(part(dispersion, dispersionViolations, slots, dense, bounds, false), 2);
            ChartStyle.plot(plot);
            chart = new JFreeChart(defaultTitle(), ChartStyle.TITLE_FONT, plot, false);
        }
        ChartStyle.apply(chart);
        chart.setPadding(new RectangleInsets(6, 8, 6, 8));
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

    /* ---------------- parts ---------------- */

    /**
     * One part; {@code dense} is null when every point is drawn, else the columns that reduce its
     * lines, with the first location position of each ({@link ColumnPass#bounds}).
     */
    private XYPlot part(ControlChart c, Flags violations, Slots slots, Envelope.Columns dense, int[] bounds,
                        boolean isLocation) {
        boolean showSpec = isLocation && (!Double.isNaN(lsl) || !Double.isNaN(usl));
        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));

        int[] breaks = dense == null ? null : breaks(c);
        if (zones) {
            XYSeriesCollection z = new XYSeriesCollection();
            for (double k : new double[] {2, 1, -1, -2}) {
                z.addSeries(stepped(c, slots, zoneKey(k), i -> c.zone(i, k), dense, breaks));
            }
            plot.setDataset(ZONES, z);
            plot.setRenderer(ZONES, lines(ChartStyle.ZONE, ChartStyle.ZONE_STROKE, 4));
        }
        XYSeriesCollection limits = new XYSeriesCollection();
        limits.addSeries(stepped(c, slots, "UCL", c::ucl, dense, breaks));
        limits.addSeries(stepped(c, slots, "CL", c::center, dense, breaks));
        limits.addSeries(stepped(c, slots, "LCL", c::lcl, dense, breaks));
        plot.setDataset(LIMITS, limits);
        XYLineAndShapeRenderer limitRenderer = lines(ChartStyle.LIMIT, ChartStyle.LIMIT_STROKE, 3);
        limitRenderer.setSeriesStroke(1, ChartStyle.CENTER_STROKE);
        plot.setRenderer(LIMITS, limitRenderer);

        XYSeries stat = new XYSeries(c.name(), false, true);
        XYSeries bad = new XYSeries("violations", false, true);
        List<PointLabels.Label> ruleLabels = new ArrayList<>();
        boolean many = dense != null && violations.size() > DENSE_LABELS;
        FlaggedPoints.Collector flagged = many ? new FlaggedPoints.Collector(dense, violations.size()) : null;
        if (dense != null && ColumnPass.applies(c, slots)) {
            // one pass over the statistic in blocks: the line's vertices and the flagged points' values per column
            ColumnPass.run(c, slots, bounds, stat, violations, flagged);
        } else {
            Envelope.Sink line = sink(stat, dense);
            for (int i = 0, previous = 0; i < c.size(); i++) {
                int index = c.index(i);
                if (i > 0 && index != previous + 1) {
                    line.gap(slots.lo(index)); // no line across missing points (moving ranges at a stage start)
                }
                line.add(slots.x(index), c.statistic(i));
                previous = index;
            }
            line.finish();
            for (int k = 0; many && k < violations.size(); k++) {
                int index = violations.index(k);
                flagged.add(dense.of(slots.x(index)), c.statistic(position(c, index)));
            }
        }
        for (int k = 0; !many && k < violations.size(); k++) {
            int index = violations.index(k);
            int i = position(c, index);
            double x = slots.x(index);
            double y = c.statistic(i);
            bad.add(x, y);
            ruleLabels.add(new PointLabels.Label(x, y, violations.text(k), y >= c.center(i)));
        }
        plot.setDataset(STATISTIC, new XYSeriesCollection(stat));
        XYLineAndShapeRenderer statRenderer = new XYLineAndShapeRenderer(true, true);
        statRenderer.setSeriesPaint(0, ChartStyle.STATISTIC);
        statRenderer.setSeriesStroke(0, ChartStyle.STATISTIC_STROKE);
        statRenderer.setSeriesShape(0, circle(ChartStyle.POINT_RADIUS));
        plot.setRenderer(STATISTIC, statRenderer);
        plot.setDataset(VIOLATIONS, new XYSeriesCollection(bad));
        XYLineAndShapeRenderer badRenderer = new XYLineAndShapeRenderer(false, true);
        badRenderer.setSeriesPaint(0, ChartStyle.VIOLATION);
        badRenderer.setSeriesShape(0, circle(ChartStyle.VIOLATION_RADIUS));
        plot.setRenderer(VIOLATIONS, badRenderer);
        if (!ruleLabels.isEmpty()) {
            plot.addAnnotation(new PointLabels(ruleLabels, ChartStyle.RULE_FONT, ChartStyle.VIOLATION,
                    ChartStyle.VIOLATION_RADIUS + 1.5));
        }

        if (showSpec) {
            for (double spec : new double[] {lsl, usl}) {
                if (!Double.isNaN(spec)) {
                    ValueMarker m = new ValueMarker(spec, ChartStyle.SPEC, ChartStyle.SPEC_STROKE);
                    plot.addRangeMarker(m, Layer.BACKGROUND);
                }
            }
        }
        stageMarkers(slots, plot, isLocation);

        double[] range = valueRange(extent(stat, limits, showSpec), !ruleLabels.isEmpty());
        if (many) {
            // values closer than RUN_GAP pixels of the tallest plot this picture can have are one interval
            double gap = FlaggedPoints.RUN_GAP * (range[1] - range[0]) / (height * Math.max(1.0, scale));
            plot.addAnnotation(flagged.reduce(gap, ChartStyle.VIOLATION_RADIUS, ChartStyle.VIOLATION));
        }
        NumberAxis values = new NumberAxis(valueLabel(c.name()));
        ChartStyle.axis(values);
        values.setAutoRangeIncludesZero(false);
        values.setRange(range[0], range[1]);
        plot.setRangeAxis(0, values);
        ValueLabelAxis right = new ValueLabelAxis(limitLabels(c, showSpec));
        ChartStyle.axis(right);
        right.setRange(range[0], range[1]);
        plot.setRangeAxis(1, right);
        return plot;
    }

    private List<ValueLabelAxis.Label> limitLabels(ControlChart c, boolean showSpec) {
        int last = c.size() - 1;
        int decimals = Numbers.decimalsFor(c.ucl(last) - c.lcl(last));
        List<ValueLabelAxis.Label> labels = new ArrayList<>();
        labels.add(new ValueLabelAxis.Label(c.ucl(last), "UCL " + Numbers.fixed(c.ucl(last), decimals)));
        labels.add(new ValueLabelAxis.Label(c.center(last), "CL " + Numbers.fixed(c.center(last), decimals)));
        labels.add(new ValueLabelAxis.Label(c.lcl(last), "LCL " + Numbers.fixed(c.lcl(last), decimals)));
        if (showSpec && !Double.isNaN(lsl)) {
            labels.add(new ValueLabelAxis.Label(lsl, "LSL " + Numbers.fixed(lsl, decimals)));
        }
        if (showSpec && !Double.isNaN(usl)) {
            labels.add(new ValueLabelAxis.Label(usl, "USL " + Numbers.fixed(usl, decimals)));
        }
        return labels;
    }

    /**
     * Stage boundaries, taken from the location part on both parts (a moving-range chart has no
     * point where a stage starts), and the Phase II boundary.
     */
    private void stageMarkers(Slots slots, XYPlot plot, boolean labelled) {
        boolean staged = false;
        if (location.sameLimitsUntil(0) == location.size()) {
            // one stage and constant limits, known without reading every point: a boundary only where it starts
            if (!location.stage(0).isEmpty()) {
                boundary(plot, slots.lo(location.index(0)), labelled ? location.stage(0) : null, false);
            }
        } else {
            for (int i = 0; i < location.size() && !staged; i++) {
                staged = !location.stage(i).isEmpty();
            }
        }
        if (staged) {
            String previous = null;
            for (int i = 0; i < location.size(); i++) {
                String stage = location.stage(i);
                if (!stage.equals(previous)) {
                    boundary(plot, slots.lo(location.index(i)), labelled ? stage : null, previous != null);
                    previous = stage;
                }
            }
        }
        if (phaseTwoStart > 0) {
            boundary(plot, slots.start(), labelled ? "Phase I" : null, false);
            boundary(plot, slots.lo(phaseTwoStart), labelled ? "Phase II" : null, true);
        }
    }

    /** A vertical line (or an invisible one) with an optional label at its top, right of it. */
    private static void boundary(XYPlot plot, double x, String label, boolean visible) {
        ValueMarker m = new ValueMarker(x);
        m.setPaint(visible ? ChartStyle.STAGE : new Color(0, 0, 0, 0));
        m.setStroke(ChartStyle.STAGE_STROKE);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(ChartStyle.MARKER_FONT);
            m.setLabelPaint(ChartStyle.STAGE);
            m.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(3, 4, 3, 4));
        }
        plot.addDomainMarker(m, Layer.BACKGROUND);
    }

    /**
     * Lowest and highest value drawn: statistic, control limits (the centre and zone lines lie
     * between them) and, when shown, spec limits. Read from the lines built, which hold every
     * point's value, or (dense) every column's lowest and highest: the same extremes.
     */
    private double[] extent(XYSeries stat, XYSeriesCollection limits, boolean showSpec) {
        double lo = Math.min(stat.getMinY(), Math.min(limits.getSeries("UCL").getMinY(), limits.getSeries("LCL").getMinY()));
        double hi = Math.max(stat.getMaxY(), Math.max(limits.getSeries("UCL").getMaxY(), limits.getSeries("LCL").getMaxY()));
        if (showSpec) {
            for (double v : new double[] {lsl, usl}) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** Lower and upper end of the value axis: everything drawn ({@code extent}), plus room for labels. */
    private static double[] valueRange(double[] extent, boolean hasLabels) {
        double lo = extent[0];
        double hi = extent[1];
        double span = hi - lo;
        if (!(span > 0)) {
            span = Math.max(Math.abs(hi), 1.0) * 0.1;
        }
        double padLow = span * (hasLabels ? 0.12 : 0.07);
        double padHigh = span * (hasLabels ? 0.14 : 0.07);
        return new double[] {lo - padLow, hi + padHigh};
    }

    private ValueAxis domainAxis(Slots slots) {
        ValueAxis axis;
        if (timestamps != null) {
            TimeZone tz = TimeZone.getTimeZone(zone);
            DateAxis time = new DateAxis(domainLabel == null ? "Time" : domainLabel, tz, Locale.ENGLISH);
            time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(tz, Locale.ENGLISH));
            axis = time;
        } else {
            NumberAxis index = new NumberAxis(domainLabel == null ? "Sample" : domainLabel);
            index.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis = index;
        }
        ChartStyle.axis(axis);
        axis.setRange(slots.start(), slots.end());
        return axis;
    }

    /* ---------------- series ---------------- */

    /**
     * A line that holds each point's value across the point's slot; consecutive slots join with
     * a vertical step, and the line breaks (a null value) at a stage boundary or a gap in the
     * point indices.
     */
    static XYSeries stepped(ControlChart c, Slots slots, String key, PerPointValue f) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < c.size(); i++) {
            int index = c.index(i);
            if (i > 0 && (index != c.index(i - 1) + 1 || !c.stage(i).equals(c.stage(i - 1)))) {
                s.add(slots.lo(index), null);
            }
            double v = f.at(i);
            s.add(slots.lo(index), v);
            s.add(slots.hi(index), v);
        }
        return s;
    }

    /**
     * The same line for a dense chart, with only the vertices that draw something: a run of equal
     * values is one horizontal line from the run's first slot to its last, and what remains is
     * reduced per column. {@code breaks} are the positions where the line breaks ({@link #breaks});
     * with constant limits each stretch between them is one run, found without reading every point.
     */
    static XYSeries steppedDense(ControlChart c, Slots slots, String key, PerPointValue f, Envelope.Columns dense,
                                 int[] breaks) {
        XYSeries s = new XYSeries(key, false, true);
        Envelope.Sink line = Envelope.reduced(s, dense);
        boolean constant = c.hasConstantLimits();
        int from = 0;
        for (int b = 0; b <= breaks.length && c.size() > 0; b++) {
            int to = b < breaks.length ? breaks[b] : c.size(); // the stretch [from, to) has no break
            if (from > 0) {
                line.gap(slots.lo(c.index(from)));
            }
            int runStart = from;
            double runValue = f.at(from);
            for (int i = constant ? to : from + 1; i <= to; i++) {
                double v = i < to ? f.at(i) : Double.NaN;
                if (i < to && Double.compare(v, runValue) == 0) {
                    continue;
                }
                line.add(slots.lo(c.index(runStart)), runValue);
                line.add(slots.hi(c.index(i - 1)), runValue);
                runStart = i;
                runValue = v;
            }
            from = to;
        }
        line.finish();
        return s;
    }

    /** Positions i > 0 where the limit lines of a chart break: a gap in the point indexes or a new stage. */
    static int[] breaks(ControlChart c) {
        if (c.size() == 0 || (c.index(c.size() - 1) - c.index(0) == c.size() - 1 && c.sameLimitsUntil(0) == c.size())) {
            return new int[0]; // numbered without gaps, one stage (and constant limits): known without reading every point
        }
        int[] breaks = new int[8];
        int n = 0;
        for (int i = 1; i < c.size(); i++) {
            if (c.index(i) != c.index(i - 1) + 1 || !c.stage(i).equals(c.stage(i - 1))) {
                if (n == breaks.length) {
                    breaks = Arrays.copyOf(breaks, 2 * n);
                }
                breaks[n++] = i;
            }
        }
        return Arrays.copyOf(breaks, n);
    }

    private static XYSeries stepped(ControlChart c, Slots slots, String key, PerPointValue f, Envelope.Columns dense,
                                    int[] breaks) {
        return dense == null ? stepped(c, slots, key, f) : steppedDense(c, slots, key, f, dense, breaks);
    }

    private static Envelope.Sink sink(XYSeries series, Envelope.Columns dense) {
        return dense == null ? Envelope.all(series) : Envelope.reduced(series, dense);
    }

    /** A value per 0-based point position. */
    @FunctionalInterface
    interface PerPointValue {
        double at(int i);
    }

    static String zoneKey(double k) {
        return String.format(Locale.ROOT, "%s%d sigma", k > 0 ? "+" : "-", (int) Math.abs(k));
    }

    private static XYLineAndShapeRenderer lines(Color color, Stroke stroke, int series) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < series; s++) {
            r.setSeriesPaint(s, color);
            r.setSeriesStroke(s, stroke);
        }
        return r;
    }

    private static Ellipse2D circle(double radius) {
        return new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius);
    }

    private String defaultTitle() {
        if (title != null) {
            return title;
        }
        String first = shortName(location.name());
        return dispersion == null ? first + " chart" : first + " and " + shortName(dispersion.name()) + " chart";
    }

    private static String shortName(String name) {
        return switch (name) {
            case "xbar" -> "X-bar";
            case "r" -> "R";
            case "s" -> "S";
            case "i" -> "Individuals";
            case "mr" -> "moving range";
            default -> name;
        };
    }

    private static String valueLabel(String name) {
        return switch (name) {
            case "xbar" -> "Sample mean";
            case "r" -> "Sample range";
            case "s" -> "Sample std. dev.";
            case "i" -> "Individual value";
            case "mr" -> "Moving range";
            default -> name;
        };
    }

    /**
     * Position of the point with this 1-based index, or -1: a binary search, as charts number
     * their points in increasing order, with a plain scan behind it for a chart that does not.
     */
    static int position(ControlChart c, int index) {
        int lo = 0;
        int hi = c.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = c.index(mid);
            if (at < index) {
                lo = mid + 1;
            } else if (at > index) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        for (int i = 0; i < c.size(); i++) {
            if (c.index(i) == index) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The flagged points of one part, in increasing index order: the 1-based index and the text
     * written next to each (rule ids joined by commas). Two arrays, not a map: a long chart may
     * flag millions of points.
     */
    static final class Flags {
        static final Flags NONE = new Flags(new int[0], new String[0]);

        private final int[] index;
        private final String[] text;

        private Flags(int[] index, String[] text) {
            this.index = index;
            this.text = text;
        }

        int size() {
            return index.length;
        }

        int index(int k) {
            return index[k];
        }

        String text(int k) {
            return text[k];
        }

        /** From point index to rule ids: each checked, blank-free, each id once, joined by commas. */
        static Flags of(ControlChart c, Map<Integer, ? extends Collection<String>> byIndex) {
            Objects.requireNonNull(byIndex, "byIndex must not be null");
            List<Integer> indexes = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Map.Entry<Integer, ? extends Collection<String>> e : byIndex.entrySet()) {
                int index = checkIndex(c, Objects.requireNonNull(e.getKey(), "violation point index must not be null"));
                Collection<String> rules = Objects.requireNonNull(e.getValue(), "rule ids of point " + index + " are null");
                Set<String> ids = new LinkedHashSet<>();
                for (String rule : rules) {
                    if (rule == null || rule.isBlank()) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT,
                                "rule id of the violation at point %d must not be blank, was %s", index,
                                rule == null ? "null" : "'" + rule + "'"));
                    }
                    ids.add(rule.strip());
                }
                if (!ids.isEmpty()) {
                    indexes.add(index);
                    texts.add(String.join(",", ids));
                }
            }
            Integer[] order = new Integer[indexes.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(indexes.get(a), indexes.get(b)));
            int[] index = new int[order.length];
            String[] text = new String[order.length];
            for (int k = 0; k < order.length; k++) {
                index[k] = indexes.get(order[k]);
                text[k] = texts.get(order[k]);
            }
            return new Flags(index, text);
        }

        /** Each flagged point of a rule set's result with its first (lowest-numbered) rule. */
        static Flags of(ControlChart c, RuleViolations violations) {
            Objects.requireNonNull(violations, "violations must not be null");
            List<Violation> all = violations.violations();
            int points = 0;
            for (int k = 0, previous = 0; k < all.size(); k++) {
                int at = all.get(k).index();
                if (k > 0 && at < previous) {
                    return unordered(c, all); // not ordered by point, as a rule set orders them
                }
                points += k == 0 || at != previous ? 1 : 0;
                previous = at;
            }
            int[] index = new int[points];
            String[] text = new String[points];
            int n = c.size();
            int lowest = n > 0 ? c.index(0) : 0;
            int highest = n > 0 ? c.index(n - 1) : -1;
            boolean numbered = n > 0 && highest - lowest == n - 1; // no gaps: a range check will do
            for (int k = 0, p = 0, previous = 0; k < all.size(); k++) {
                Violation v = all.get(k);
                int at = v.index();
                if (k == 0 || at != previous) {
                    index[p] = numbered && at >= lowest && at <= highest ? at : checkIndex(c, at);
                    text[p++] = v.rule();
                }
                previous = at;
            }
            return new Flags(index, text);
        }

        /** Violations in any order: each point with the first of its rules in the list. */
        private static Flags unordered(ControlChart c, List<Violation> all) {
            Map<Integer, List<String>> first = new HashMap<>();
            for (Violation v : all) {
                first.putIfAbsent(v.index(), List.of(v.rule()));
            }
            return of(c, first);
        }

        private static int checkIndex(ControlChart c, int index) {
            if (position(c, index) < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "violation at point %d, but the %s chart has points %d..%d", index, c.name(),
                        c.index(0), c.index(c.size() - 1)));
            }
            return index;
        }
    }

    /* ---------------- horizontal positions ---------------- */

    /**
     * Horizontal position of each point of the location part (its index, or its time in epoch
     * milliseconds) and the slot it owns: from half-way to the previous point to half-way to the
     * next. Dispersion points share the positions of the location points with the same index.
     */
    static final class Slots {
        private final ControlChart location;
        private final List<Instant> times;
        private final int first;
        private final int n;

        Slots(ControlChart location, List<Instant> times) {
            this.location = location;
            this.times = times;
            this.n = location.size();
            this.first = location.index(0);
        }

        private int pos(int index) {
            int p = index - first;
            if (p < 0 || p >= n) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "point %d is outside the location chart's points %d..%d", index, first, first + n - 1));
            }
            return p;
        }

        /** Number of location points. */
        int size() {
            return n;
        }

        /** Index of the first location point. */
        int firstIndex() {
            return first;
        }

        /** Position of the point at 0-based position p: its index, or its time in epoch milliseconds. */
        double xAt(int p) {
            return times == null ? location.index(p) : times.get(p).toEpochMilli();
        }

        // Computed when asked (the same arithmetic as arrays filled up front): no three arrays as long as the chart.
        private double loAt(int i) {
            double lone = times == null ? 0.5 : 1_800_000.0; // one point: half an index, or half an hour
            return i > 0 ? (xAt(i - 1) + xAt(i)) / 2 : n > 1 ? xAt(0) - (xAt(1) - xAt(0)) / 2 : xAt(0) - lone;
        }

        private double hiAt(int i) {
            double lone = times == null ? 0.5 : 1_800_000.0;
            return i < n - 1 ? (xAt(i) + xAt(i + 1)) / 2 : n > 1 ? xAt(i) + (xAt(i) - xAt(i - 1)) / 2 : xAt(i) + lone;
        }

        double x(int index) {
            return xAt(pos(index));
        }

        double lo(int index) {
            return loAt(pos(index));
        }

        double hi(int index) {
            return hiAt(pos(index));
        }

        double start() {
            return loAt(0);
        }

        double end() {
            return hiAt(n - 1);
        }
    }
}
