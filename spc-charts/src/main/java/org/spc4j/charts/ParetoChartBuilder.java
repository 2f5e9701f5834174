package org.spc4j.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a Pareto chart: one bar per category, sorted by decreasing count (ties keep the order
 * in which the categories were given), the cumulative percentage as a line against a second
 * axis on the right, and the "vital few" marked: the cut line (80% by default) and the bars of
 * the smallest leading group of categories whose cumulative percentage reaches the cut drawn
 * dark, the rest light.
 *
 * <p>The left axis runs from 0 to the total count and the right axis from 0 to 100% on the same
 * scale, so the cumulative line ends at the top of both and the first point sits on the first bar.
 *
 * <p>Counts may be any finite numbers {@code >= 0} (costs as well as frequencies); at least one
 * must be positive. A builder is mutable and not thread-safe.
 */
public final class ParetoChartBuilder {

    /** Dataset index of the bars (row "Count"). */
    static final int BARS = 0;
    /** Dataset index of the cumulative percentage line (row "Cumulative %"). */
    static final int CUMULATIVE = 1;

    /** One category after sorting. */
    record Row(String category, double count, double cumulativePercent) {
    }

    private final List<String> categories = new ArrayList<>();
    private final List<Double> counts = new ArrayList<>();
    private double cut = 80.0;
    private String title = "Pareto chart";
    private String valueLabel = "Frequency";
    private String categoryLabel = "";
    private int width = 800;
    private int height = 500;
    private double scale = 1.0;

    ParetoChartBuilder(Map<String, ? extends Number> byCategory) {
        Objects.requireNonNull(byCategory, "counts must not be null");
        if (byCategory.isEmpty()) {
            throw new IllegalArgumentException("no categories to draw a Pareto chart of");
        }
        double total = 0;
        for (Map.Entry<String, ? extends Number> e : byCategory.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "category name must not be null");
            Number value = Objects.requireNonNull(e.getValue(), "count of category '" + name + "' must not be null");
            double v = value.doubleValue();
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "count of category '%s' must be finite and >= 0, was %s", name, value));
            }
            categories.add(name);
            counts.add(v);
            total += v;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "all %d categories have count 0: there is nothing to rank", categories.size()));
        }
    }

    /** The vital-few cut in percent, in (0, 100] (default 80). */
    public ParetoChartBuilder cut(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("cut must be in (0, 100] percent, was " + percent);
        }
        this.cut = percent;
        return this;
    }

    /** Chart title (default "Pareto chart"). */
    public ParetoChartBuilder title(String text) {
        this.title = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Label of the count axis (default "Frequency"). */
    public ParetoChartBuilder valueLabel(String text) {
        this.valueLabel = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Label of the category axis (default none). */
    public ParetoChartBuilder categoryLabel(String text) {
        this.categoryLabel = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Layout size in chart units (default 800 x 500). */
    public ParetoChartBuilder size(int chartWidth, int chartHeight) {
        Checks.size(chartWidth, chartHeight);
        this.width = chartWidth;
        this.height = chartHeight;
        return this;
    }

    /** PNG pixels per chart unit (default 1; 2 for print). */
    public ParetoChartBuilder scale(double pixelsPerUnit) {
        Checks.scale(pixelsPerUnit);
        this.scale = pixelsPerUnit;
        return this;
    }

    /** The categories sorted by decreasing count (stable), with cumulative percentages. */
    List<Row> rows() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> counts.get(i)).reversed()); // List.sort is stable
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        List<Row> rows = new ArrayList<>();
        double cumulative = 0;
        for (int i : order) {
            cumulative += counts.get(i);
            rows.add(new Row(categories.get(i), counts.get(i), cumulative * 100.0 / total));
        }
        return rows;
    }

    /** Number of leading categories (after sorting) up to the first whose cumulative percentage reaches the cut. */
    int vitalFew(List<Row> rows) {
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).cumulativePercent() >= cut * (1 - 1e-12)) {
                return k + 1;
            }
        }
        return rows.size();
    }

    /** Builds the chart. */
    public SpcChart build() {
        List<Row> rows = rows();
        int vital = vitalFew(rows);
        double total = 0;
        for (Row r : rows) {
            total += r.count();
        }
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        for (Row r : rows) {
            bars.addValue(r.count(), "Count", r.category());
            line.addValue(r.cumulativePercent(), "Cumulative %", r.category());
        }

        CategoryAxis categoryAxis = new CategoryAxis(categoryLabel.isEmpty() ? null : categoryLabel);
        ChartStyle.axis(categoryAxis);
        categoryAxis.setCategoryMargin(0.15);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        categoryAxis.setMaximumCategoryLabelLines(2);
        int longest = rows.stream().mapToInt(r -> r.category().length()).max().orElse(1);
        if (longest * 7.0 > 2.0 * (width * 0.75 / rows.size())) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }

        NumberAxis countAxis = new NumberAxis(valueLabel);
        ChartStyle.axis(countAxis);
        countAxis.setRange(0, total * 1.08);
        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis percentAxis = new NumberAxis("Cumulative percentage");
        ChartStyle.axis(percentAxis);
        percentAxis.setRange(0, 108);
        percentAxis.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0'%'",
                DecimalFormatSymbols.getInstance(Locale.ROOT))));

        CategoryPlot plot = new CategoryPlot(bars, categoryAxis, countAxis, new VitalFewRenderer(vital));
        ChartStyle.plot(plot);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDataset(CUMULATIVE, line);
        plot.setRangeAxis(1, percentAxis);
        plot.mapDatasetToRangeAxis(CUMULATIVE, 1);
        LineAndShapeRenderer cumulative = new LineAndShapeRenderer(true, true);
        cumulative.setSeriesPaint(0, ChartStyle.LIMIT);
        cumulative.setSeriesStroke(0, new BasicStroke(1.6f));
        cumulative.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        cumulative.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.#'%'", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        cumulative.setDefaultItemLabelsVisible(true);
        cumulative.setDefaultItemLabelFont(ChartStyle.TICK_FONT);
        cumulative.setDefaultItemLabelPaint(ChartStyle.TEXT);
        cumulative.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        cumulative.setItemLabelInsets(new RectangleInsets(6, 6, 6, 6));
        plot.setRenderer(CUMULATIVE, cumulative);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        ValueMarker cutLine = new ValueMarker(cut, ChartStyle.VIOLATION, ChartStyle.LIMIT_STROKE);
        cutLine.setLabel(Numbers.significant(cut, 4) + "% cut");
        cutLine.setLabelFont(ChartStyle.MARKER_FONT);
        cutLine.setLabelPaint(ChartStyle.VIOLATION);
        cutLine.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        cutLine.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        cutLine.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        cutLine.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        plot.addRangeMarker(CUMULATIVE, cutLine, Layer.BACKGROUND);

        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        chart.setPadding(new RectangleInsets(6, 8, 6, 8));
        TextTitle summary = new TextTitle(String.format(Locale.ROOT,
                "Vital few: %d of %d categories, %s%% of the total %s", vital, rows.size(),
                Numbers.fixed(rows.get(vital - 1).cumulativePercent(), 1), Numbers.significant(total, 10)),
                ChartStyle.LABEL_FONT);
        summary.setPaint(ChartStyle.TEXT);
        chart.addSubtitle(summary);
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

    /** Bars of the vital few dark with white count labels inside, the rest light with dark labels. */
    static final class VitalFewRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final int vital;

        VitalFewRenderer(int vital) {
            this.vital = vital;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setItemMargin(0.0);
            setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                    new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
            setDefaultItemLabelsVisible(true);
            setDefaultItemLabelFont(ChartStyle.RULE_FONT.deriveFont(11f));
            setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER));
            setItemLabelInsets(new RectangleInsets(9, 9, 9, 9));
        }

        /** True when the bar in this column belongs to the vital few. */
        boolean isVital(int column) {
            return column < vital;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return isVital(column) ? ChartStyle.BAR_DARK : ChartStyle.BAR_LIGHT;
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            return isVital(column) ? Color.WHITE : ChartStyle.TEXT;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof VitalFewRenderer other && other.vital == vital && super.equals(obj);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + vital;
        }
    }
}
