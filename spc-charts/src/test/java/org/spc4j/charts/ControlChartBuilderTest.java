package org.spc4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.core.rules.Violation;

class ControlChartBuilderTest {

    private static final Map<Integer, List<String>> WE1_37_39 =
            Map.of(37, List.of("WE1"), 38, List.of("WE1"), 39, List.of("WE1"));

    @TempDir
    Path dir;

    /* --------------- structure and datasets --------------- */

    @Test
    void build_chartResult_stacksTwoPartsOnOneDomainAxis() {
        SpcChart chart = SpcCharts.controlChart(TestData.pistonRingsXbarR()).build();

        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.jfreeChart().getPlot();
        assertThat(plot.getSubplots()).hasSize(2);
        assertThat(plot.getDomainAxis()).isInstanceOf(NumberAxis.class);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Sample");
        assertThat(plot.getDomainAxis().getRange().getLowerBound()).isEqualTo(0.5);
        assertThat(plot.getDomainAxis().getRange().getUpperBound()).isEqualTo(40.5);
        assertThat(plot.getSubplots().get(0).getRangeAxis().getLabel()).isEqualTo("Sample mean");
        assertThat(plot.getSubplots().get(1).getRangeAxis().getLabel()).isEqualTo("Sample range");
        assertThat(chart.jfreeChart().getTitle().getText()).isEqualTo("X-bar and R chart");
    }

    @Test
    void build_singleChart_hasOnePlotWithItsOwnDomainAxis() {
        SpcChart chart = SpcCharts.controlChart(TestData.pistonRingsXbarR().location()).build();

        XYPlot plot = (XYPlot) chart.jfreeChart().getPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(NumberAxis.class);
        assertThat(chart.jfreeChart().getTitle().getText()).isEqualTo("X-bar chart");
        assertThat(chart.height()).isEqualTo(420);
    }

    @Test
    void datasets_holdStatisticLimitsAndViolations() {
        ChartResult result = TestData.pistonRingsXbarR();
        SpcChart chart = SpcCharts.controlChart(result).violations(WE1_37_39).build();
        XYPlot xbar = subplot(chart, 0);
        ControlChart c = result.location();

        XYDataset stat = xbar.getDataset(ControlChartBuilder.STATISTIC);
        assertThat(stat.getItemCount(0)).isEqualTo(40);
        for (int i = 0; i < 40; i++) {
            assertThat(stat.getXValue(0, i)).isEqualTo(i + 1);
            assertThat(stat.getYValue(0, i)).isEqualTo(c.statistic(i));
        }
        XYSeriesCollection limits = (XYSeriesCollection) xbar.getDataset(ControlChartBuilder.LIMITS);
        assertThat(limits.getSeries("UCL").getItemCount()).isEqualTo(80); // both ends of every slot
        assertThat(limits.getSeries("UCL").getY(0).doubleValue()).isCloseTo(74.0143, within(1e-4)); // qcc 74.0143
        assertThat(limits.getSeries("CL").getY(79).doubleValue()).isCloseTo(74.00118, within(1e-5)); // qcc 74.00118
        assertThat(limits.getSeries("LCL").getY(40).doubleValue()).isCloseTo(73.98805, within(1e-5)); // qcc 73.98805
        XYDataset bad = xbar.getDataset(ControlChartBuilder.VIOLATIONS);
        assertThat(bad.getItemCount(0)).isEqualTo(3);
        assertThat(bad.getXValue(0, 0)).isEqualTo(37);
        assertThat(bad.getYValue(0, 2)).isEqualTo(c.statistic(38));
        assertThat(subplot(chart, 1).getDataset(ControlChartBuilder.VIOLATIONS).getItemCount(0)).isZero();
        assertThat(xbar.getAnnotations()).singleElement().isInstanceOfSatisfying(PointLabels.class,
                labels -> assertThat(labels.labels()).extracting(PointLabels.Label::text)
                        .containsExactly("WE1", "WE1", "WE1"));
    }

    @Test
    void rightAxis_labelsTheLimitValues() {
        SpcChart chart = SpcCharts.controlChart(TestData.pistonRingsXbarR()).build();

        ValueLabelAxis right = (ValueLabelAxis) subplot(chart, 0).getRangeAxis(1);
        assertThat(right.labels()).extracting(ValueLabelAxis.Label::text)
                .containsExactly("UCL 74.0143", "CL 74.0012", "LCL 73.9880");
        assertThat(right.getRange()).isEqualTo(subplot(chart, 0).getRangeAxis(0).getRange());
        ValueLabelAxis rightR = (ValueLabelAxis) subplot(chart, 1).getRangeAxis(1);
        assertThat(rightR.labels()).extracting(ValueLabelAxis.Label::text)
                .containsExactly("UCL 0.0481", "CL 0.0228", "LCL 0.0000"); // qcc: 0.04812533, 0.02276, 0
    }

    /* --------------- pixels --------------- */

    @Test
    void violatingPoint_isDrawnInViolationColour_otherPointsInStatisticColour() {
        ChartResult result = TestData.pistonRingsXbarR();
        SpcChart chart = SpcCharts.controlChart(result).violations(WE1_37_39)
                .dispersionViolations(Map.of(26, List.of("WE2"))).scale(2).build();
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.toImage(info);

        for (int index : new int[] {37, 38, 39}) {
            assertThat(colourAtPoint(chart, info, image, 0, index, result.location().statistic(index - 1)))
                    .as("X-bar point %d", index).isEqualTo(ChartStyle.VIOLATION);
        }
        for (int index : new int[] {5, 20, 36, 40}) {
            assertThat(colourAtPoint(chart, info, image, 0, index, result.location().statistic(index - 1)))
                    .as("X-bar point %d", index).isEqualTo(ChartStyle.STATISTIC);
        }
        assertThat(colourAtPoint(chart, info, image, 1, 26, result.dispersion().statistic(25)))
                .as("R point 26").isEqualTo(ChartStyle.VIOLATION);
        assertThat(colourAtPoint(chart, info, image, 1, 27, result.dispersion().statistic(26)))
                .as("R point 27").isEqualTo(ChartStyle.STATISTIC);
    }

    @Test
    void specLimits_areDrawnInSpecColour_onlyWhenGiven() {
        ChartResult result = TestData.pistonRingsXbarR();
        SpcChart plain = SpcCharts.controlChart(result).build();
        assertThat(subplot(plain, 0).getRangeMarkers(Layer.BACKGROUND)).isNull();
        assertThat(plain.toSvg()).doesNotContain("LSL").doesNotContain("USL");

        SpcChart chart = SpcCharts.controlChart(result).specLimits(73.99, 74.02).build();
        Collection<?> markers = subplot(chart, 0).getRangeMarkers(Layer.BACKGROUND);
        assertThat(markers).hasSize(2).allSatisfy(m -> {
            assertThat(((Marker) m).getPaint()).isEqualTo(ChartStyle.SPEC).isNotEqualTo(ChartStyle.LIMIT);
            assertThat(((Marker) m).getStroke()).isNotEqualTo(ChartStyle.LIMIT_STROKE);
        });
        assertThat(markers).extracting(m -> ((ValueMarker) m).getValue()).containsExactly(73.99, 74.02);
        assertThat(subplot(chart, 1).getRangeMarkers(Layer.BACKGROUND)).isNull(); // not on the R chart
        assertThat(chart.toSvg()).contains("LSL 73.9900").contains("USL 74.0200");

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.toImage(info);
        XYPlot xbar = subplot(chart, 0);
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        double y = xbar.getRangeAxis().valueToJava2D(74.02, area, RectangleEdge.LEFT);
        double x = area.getX() + 3; // the dash pattern starts with a 10-unit dash at the left edge
        assertThat(TestData.colourAt(image, x, y, 1)).isEqualTo(ChartStyle.SPEC);
    }

    /* --------------- SVG --------------- */

    @Test
    void svg_containsTitleLimitLinesAndRuleLabels() throws Exception {
        Path file = dir.resolve("xbar-r.svg");
        SpcCharts.controlChart(TestData.pistonRingsXbarR()).violations(WE1_37_39).title("Piston rings")
                .writeSvg(file);
        String svg = java.nio.file.Files.readString(file);

        assertThat(svg).startsWith("<?xml").contains("<svg").contains(">Piston rings</text>");
        assertThat(svg).contains(">UCL 74.0143<").contains(">CL 74.0012<").contains(">LCL 73.9880<");
        assertThat(svg).contains(">UCL 0.0481<");
        assertThat(TestData.count(svg, ">WE1</text>")).isEqualTo(3);
        // UCL and LCL of both parts are dashed paths; the violating points are filled red
        assertThat(TestData.count(svg, "stroke-dasharray:6.0,4.0")).isEqualTo(4);
        assertThat(TestData.count(svg, "fill: rgb(215,25,28)")).isGreaterThanOrEqualTo(3);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()); // well-formed
    }

    /* --------------- stepped limits, stages, zones --------------- */

    @Test
    void steppedLimits_unequalSubgroupSizes_areStairsThatMeetAtSlotEdges() {
        double[][] rows = {{10, 11, 12}, {10, 12, 11, 9, 10}, {11, 10}, {9, 10, 11, 12}, {10, 11, 10}};
        ChartResult result = ChartSpec.xbarS().chart(Subgroups.of(rows));
        SpcChart chart = SpcCharts.controlChart(result).build();

        XYSeriesCollection limits = (XYSeriesCollection) subplot(chart, 0).getDataset(ControlChartBuilder.LIMITS);
        var ucl = limits.getSeries("UCL");
        assertThat(ucl.getItemCount()).isEqualTo(10);
        for (int i = 0; i < 5; i++) {
            assertThat(ucl.getX(2 * i).doubleValue()).isEqualTo(i + 0.5);
            assertThat(ucl.getX(2 * i + 1).doubleValue()).isEqualTo(i + 1.5);
            assertThat(ucl.getY(2 * i).doubleValue()).isEqualTo(result.location().ucl(i));
            assertThat(ucl.getY(2 * i + 1).doubleValue()).isEqualTo(result.location().ucl(i));
        }
        assertThat(result.location().ucl(1)).isLessThan(result.location().ucl(2)); // n=5 narrower than n=2
        assertThat(result.location().hasConstantLimits()).isFalse();
    }

    @Test
    void stages_eachHaveTheirOwnLimits_linesBreakAndBoundaryIsLabelled() {
        double[] values = new double[60];
        for (int i = 0; i < 60; i++) {
            values[i] = (i < 30 ? 10 : 20) + ((i * 7) % 5) * (i < 30 ? 0.2 : 0.6);
        }
        List<String> stages = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            stages.add(g < 10 ? "before" : "after");
        }
        ChartResult result = ChartSpec.xbarR().chart(Subgroups.ofSize(3, values).withStages(stages));
        SpcChart chart = SpcCharts.controlChart(result).build();

        var ucl = ((XYSeriesCollection) subplot(chart, 0).getDataset(ControlChartBuilder.LIMITS)).getSeries("UCL");
        assertThat(ucl.getItemCount()).isEqualTo(41); // 2 per point + one break
        assertThat(ucl.getY(20)).isNull();
        assertThat(ucl.getX(20).doubleValue()).isEqualTo(10.5);
        assertThat(ucl.getY(19).doubleValue()).isEqualTo(result.location().ucl(9));
        assertThat(ucl.getY(21).doubleValue()).isEqualTo(result.location().ucl(10));
        assertThat(result.location().ucl(10)).isGreaterThan(result.location().ucl(9) + 5);
        Collection<?> markers = subplot(chart, 0).getDomainMarkers(Layer.BACKGROUND);
        assertThat(markers).extracting(m -> ((Marker) m).getLabel()).containsExactly("before", "after");
        assertThat(markers).extracting(m -> ((ValueMarker) m).getValue()).containsExactly(0.5, 10.5);
        assertThat(chart.toSvg()).contains(">before<").contains(">after<");
    }

    @Test
    void zones_whenOn_drawOneAndTwoSigmaLines() {
        ChartResult result = TestData.pistonRingsXbarR();
        assertThat(subplot(SpcCharts.controlChart(result).build(), 0).getDataset(ControlChartBuilder.ZONES)).isNull();

        SpcChart chart = SpcCharts.controlChart(result).zones(true).build();
        XYSeriesCollection zones = (XYSeriesCollection) subplot(chart, 0).getDataset(ControlChartBuilder.ZONES);
        assertThat(zones.getSeriesCount()).isEqualTo(4);
        assertThat(zones.getSeries("+1 sigma").getY(0).doubleValue()).isEqualTo(result.location().zone(0, 1));
        assertThat(zones.getSeries("-2 sigma").getY(0).doubleValue()).isEqualTo(result.location().zone(0, -2));
        assertThat(subplot(chart, 0).getRenderer(ControlChartBuilder.ZONES).getSeriesStroke(0))
                .isEqualTo(ChartStyle.ZONE_STROKE);
    }

    @Test
    void individuals_movingRangePointsShareTheIndividualsPositions() {
        double[] x = {5.1, 4.9, 5.3, 5.0, 5.2, 4.8, 5.1, 5.4, 4.7, 5.0};
        ChartResult result = ChartSpec.individuals().chart(Subgroups.individuals(x));
        SpcChart chart = SpcCharts.controlChart(result).dispersionViolations(Map.of(9, List.of("WE1"))).build();

        XYDataset mr = subplot(chart, 1).getDataset(ControlChartBuilder.STATISTIC);
        assertThat(mr.getItemCount(0)).isEqualTo(9);
        assertThat(mr.getXValue(0, 0)).isEqualTo(2);
        assertThat(mr.getYValue(0, 0)).isCloseTo(0.2, within(1e-12));
        assertThat(chart.jfreeChart().getTitle().getText()).isEqualTo("Individuals and moving range chart");
    }

    @Test
    void stages_onMovingRangeChart_boundaryAtTheStageStart_andNoLineAcrossTheMissingRange() {
        double[] x = {5.1, 4.9, 5.3, 5.0, 5.2, 7.8, 8.1, 8.4, 7.7, 8.0};
        List<String> stages = List.of("A", "A", "A", "A", "A", "B", "B", "B", "B", "B");
        ChartResult result = ChartSpec.individuals().chart(Subgroups.individuals(x).withStages(stages));
        SpcChart chart = SpcCharts.controlChart(result).build();

        XYPlot mr = subplot(chart, 1);
        assertThat(mr.getDomainMarkers(Layer.BACKGROUND)).extracting(m -> ((ValueMarker) m).getValue())
                .containsExactly(0.5, 5.5); // point 6 starts stage B although its moving range is missing
        XYDataset stat = mr.getDataset(ControlChartBuilder.STATISTIC);
        assertThat(stat.getItemCount(0)).isEqualTo(9); // 4 + 4 moving ranges and one break
        assertThat(stat.getYValue(0, 4)).isNaN();
        assertThat(stat.getXValue(0, 5)).isEqualTo(7);
    }

    @Test
    void phaseTwoStart_drawsALabelledBoundary() {
        SpcChart chart = SpcCharts.controlChart(TestData.pistonRingsXbarR()).phaseTwoStart(26).build();

        assertThat(subplot(chart, 0).getDomainMarkers(Layer.BACKGROUND))
                .extracting(m -> ((ValueMarker) m).getValue(), m -> ((Marker) m).getLabel())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.5, "Phase I"),
                        org.assertj.core.groups.Tuple.tuple(25.5, "Phase II"));
        assertThat(chart.toSvg()).contains(">Phase II<");
    }

    /* --------------- time axis --------------- */

    @Test
    void timestamps_giveADateAxisWithReadableNonOverlappingTicks() {
        ChartResult result = TestData.pistonRingsXbarR();
        Instant start = Instant.parse("2026-03-02T06:00:00Z");
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            times.add(start.plus(Duration.ofHours(8L * i)));
        }
        SpcChart chart = SpcCharts.controlChart(result.location()).timestamps(times).build();
        XYPlot plot = (XYPlot) chart.jfreeChart().getPlot();

        assertThat(plot.getDomainAxis()).isInstanceOf(DateAxis.class);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Time");
        assertThat(plot.getDataset(ControlChartBuilder.STATISTIC).getXValue(0, 1))
                .isEqualTo(start.plus(Duration.ofHours(8)).toEpochMilli());
        var ucl = ((XYSeriesCollection) plot.getDataset(ControlChartBuilder.LIMITS)).getSeries("UCL");
        assertThat(ucl.getX(1).doubleValue()).isEqualTo(start.plus(Duration.ofHours(4)).toEpochMilli());

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.toImage(info);
        Graphics2D g2 = image.createGraphics();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        ValueAxis axis = plot.getDomainAxis();
        List<ValueTick> ticks = axis.refreshTicks(g2, new AxisState(), area, RectangleEdge.BOTTOM);
        FontMetrics fm = g2.getFontMetrics(axis.getTickLabelFont());
        List<String> texts = new ArrayList<>();
        double previousRight = Double.NEGATIVE_INFINITY;
        for (ValueTick t : ticks) {
            if (t.getText() == null || t.getText().isEmpty()) {
                continue;
            }
            double mid = axis.valueToJava2D(t.getValue(), area, RectangleEdge.BOTTOM);
            double w = fm.stringWidth(t.getText());
            assertThat(mid - w / 2).as("tick '%s' overlaps its left neighbour", t.getText())
                    .isGreaterThan(previousRight + 4);
            previousRight = mid + w / 2;
            texts.add(t.getText());
        }
        g2.dispose();
        assertThat(texts).hasSizeBetween(3, 20).anySatisfy(s -> assertThat(s).contains("Mar"));
    }

    /* --------------- options and bad input --------------- */

    @Test
    void png_hasLayoutSizeTimesScale() throws Exception {
        Path file = dir.resolve("chart.png");
        SpcCharts.controlChart(TestData.pistonRingsXbarR()).size(640, 480).scale(1.5).writePng(file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(new Color(image.getRGB(2, 2))).isEqualTo(Color.WHITE);
    }

    @Test
    void violations_unknownPoint_throwsNamingTheIndexAndRange() {
        ControlChartBuilder builder = SpcCharts.controlChart(TestData.pistonRingsXbarR());
        assertThatThrownBy(() -> builder.violations(Map.of(41, List.of("WE1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("violation at point 41, but the xbar chart has points 1..40");
        assertThatThrownBy(() -> builder.violations(Map.of(3, List.of(" "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule id of the violation at point 3 must not be blank, was ' '");
    }

    @Test
    void violations_duplicateRuleIds_areJoinedOnce() {
        SpcChart chart = SpcCharts.controlChart(TestData.pistonRingsXbarR())
                .violations(Map.of(38, List.of("WE1", "WE2", "WE1"))).build();
        PointLabels labels = (PointLabels) subplot(chart, 0).getAnnotations().get(0);
        assertThat(labels.labels()).extracting(PointLabels.Label::text).containsExactly("WE1,WE2");
    }

    @Test
    void badOptions_throwNamingTheValue() {
        ChartResult result = TestData.pistonRingsXbarR();
        ControlChartBuilder builder = SpcCharts.controlChart(result);
        assertThatThrownBy(() -> builder.size(50, 400)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 50 x 400");
        assertThatThrownBy(() -> builder.scale(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> builder.specLimits(74.05, 73.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LSL must be below USL, were LSL 74.05, USL 73.95");
        assertThatThrownBy(() -> builder.timestamps(List.of(Instant.EPOCH))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timestamps has 1 entries for 40 points");
        List<Instant> repeated = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            repeated.add(Instant.EPOCH.plusSeconds(i == 7 ? 6 : i));
        }
        assertThatThrownBy(() -> builder.timestamps(repeated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timestamps must be strictly increasing: point 8");
        assertThatThrownBy(() -> builder.phaseTwoStart(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Phase II start must be a point after the first, in 2..40, was 1");
        assertThatThrownBy(() -> SpcCharts.controlChart(result.location()).dispersionViolations(Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    /* --------------- long series --------------- */

    /** 40 000 individuals, 0.99-quantile noise around 10 with a spike at point 20 001: dense at 900 pixels. */
    private static ChartResult longSeries(List<String> stages) {
        java.util.Random random = new java.util.Random(9);
        double[] x = new double[40_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + random.nextGaussian() + (i == 20_000 ? 9 : 0) + (stages != null && i >= 30_000 ? 3 : 0);
        }
        Subgroups data = Subgroups.individuals(x);
        return ChartSpec.individuals().chart(stages == null ? data : data.withStages(stages));
    }

    @Test
    void longSeries_linesKeepAFewVerticesPerPixelColumn_withTheSameExtremes() {
        ChartResult result = longSeries(null);
        SpcChart chart = SpcCharts.controlChart(result).build();
        XYSeriesCollection stat = (XYSeriesCollection) subplot(chart, 0).getDataset(ControlChartBuilder.STATISTIC);
        assertThat(stat.getSeries(0).getItemCount()).isLessThanOrEqualTo(4 * 900).isGreaterThan(900);
        ControlChart c = result.location();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.size(); i++) {
            min = Math.min(min, c.statistic(i));
            max = Math.max(max, c.statistic(i));
        }
        assertThat(stat.getSeries(0).getMinY()).isEqualTo(min);
        assertThat(stat.getSeries(0).getMaxY()).isEqualTo(max);
        assertThat(max).isEqualTo(c.statistic(20_000)); // the spike is drawn
        // constant limits: each a single step from the first slot to the last
        var ucl = ((XYSeriesCollection) subplot(chart, 0).getDataset(ControlChartBuilder.LIMITS)).getSeries("UCL");
        assertThat(ucl.getItemCount()).isEqualTo(2);
        assertThat(ucl.getX(0).doubleValue()).isEqualTo(0.5);
        assertThat(ucl.getX(1).doubleValue()).isEqualTo(40_000.5);
        assertThat(ucl.getY(1).doubleValue()).isEqualTo(c.ucl(0));
        // the value axis covers what a point-by-point chart would: same extremes, same padding
        double lo = Math.min(min, c.lcl(0));
        double hi = Math.max(max, c.ucl(0));
        assertThat(subplot(chart, 0).getRangeAxis().getRange().getLowerBound()).isEqualTo(lo - (hi - lo) * 0.07);
        // a wider picture has more columns; a short chart is drawn point by point as before
        SpcChart wide = SpcCharts.controlChart(result).size(2000, 650).scale(3).build();
        assertThat(((XYSeriesCollection) subplot(wide, 0).getDataset(ControlChartBuilder.STATISTIC)).getSeries(0)
                .getItemCount()).isGreaterThan(4 * 900).isLessThanOrEqualTo(4 * 6000);
    }

    @Test
    void longSeries_stages_breakTheLimitLinesAndTheMovingRanges() {
        List<String> stages = new ArrayList<>(java.util.Collections.nCopies(30_000, "A"));
        stages.addAll(java.util.Collections.nCopies(10_000, "B"));
        ChartResult result = longSeries(stages);
        SpcChart chart = SpcCharts.controlChart(result).build();
        var ucl = ((XYSeriesCollection) subplot(chart, 0).getDataset(ControlChartBuilder.LIMITS)).getSeries("UCL");
        assertThat(ucl.getItemCount()).isEqualTo(5); // a step per stage and the break between them
        assertThat(ucl.getY(2)).isNull();
        assertThat(ucl.getX(2).doubleValue()).isEqualTo(30_000.5);
        assertThat(ucl.getY(1).doubleValue()).isEqualTo(result.location().ucl(0));
        assertThat(ucl.getY(4).doubleValue()).isEqualTo(result.location().ucl(39_999));
        var mr = ((XYSeriesCollection) subplot(chart, 1).getDataset(ControlChartBuilder.STATISTIC)).getSeries(0);
        int gaps = 0;
        for (int k = 0; k < mr.getItemCount(); k++) {
            gaps += mr.getY(k) == null ? 1 : 0;
        }
        assertThat(gaps).isEqualTo(1); // no moving range across the stage start
    }

    @Test
    void longSeries_fewFlaggedPoints_areDrawnAndLabelledAsOnAnyChart() {
        ChartResult result = longSeries(null);
        RuleViolations v = new RuleViolations("i", List.of("NELSON1", "NELSON2"), List.of(
                new Violation("NELSON1", 20_001, 20_001), new Violation("NELSON2", 20_001, 19_993)));
        SpcChart chart = SpcCharts.controlChart(result).violations(v).build();
        XYDataset bad = subplot(chart, 0).getDataset(ControlChartBuilder.VIOLATIONS);
        assertThat(bad.getItemCount(0)).isEqualTo(1);
        assertThat(bad.getYValue(0, 0)).isEqualTo(result.location().statistic(20_000));
        assertThat(subplot(chart, 0).getAnnotations()).singleElement().isInstanceOfSatisfying(PointLabels.class,
                labels -> assertThat(labels.labels()).extracting(PointLabels.Label::text).containsExactly("NELSON1"));
    }

    @Test
    void longSeries_manyFlaggedPoints_everyOneDrawnInViolationColour() {
        ChartResult result = longSeries(null);
        ControlChart c = result.location();
        List<Violation> flagged = new ArrayList<>();
        for (int i = 0; i < c.size(); i += 37) {
            flagged.add(new Violation("NELSON5", c.index(i), c.index(i)));
        }
        flagged.add(new Violation("NELSON1", 20_001, 20_001));
        flagged.sort(java.util.Comparator.comparingInt(Violation::index));
        RuleViolations v = new RuleViolations("i", List.of("NELSON1", "NELSON5"), flagged);
        SpcChart chart = SpcCharts.controlChart(result).violations(v).scale(2).build();
        XYPlot top = subplot(chart, 0);
        assertThat(top.getDataset(ControlChartBuilder.VIOLATIONS).getItemCount(0)).isZero();
        assertThat(top.getAnnotations()).singleElement().isInstanceOfSatisfying(FlaggedPoints.class,
                points -> assertThat(points.size()).isEqualTo(flagged.size()));
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.toImage(info);
        for (Violation f : flagged) {
            if (f.index() < 100 || f.index() > 39_900) {
                continue; // within a pixel of the plot's outline, which is drawn over any point there
            }
            assertThat(colourAtPoint(chart, info, image, 0, f.index(), c.statistic(f.index() - 1)))
                    .as("flagged point %d", f.index()).isEqualTo(ChartStyle.VIOLATION);
        }
    }

    @Test
    void longSeries_oneNamedStage_isOneLabelledBoundaryAtTheStart_andNoBreak() {
        ChartResult result = longSeries(java.util.Collections.nCopies(40_000, "only"));
        SpcChart chart = SpcCharts.controlChart(result).build();
        Collection<?> markers = subplot(chart, 0).getDomainMarkers(Layer.BACKGROUND);
        assertThat(markers).extracting(m -> ((Marker) m).getLabel()).containsExactly("only");
        assertThat(markers).extracting(m -> ((ValueMarker) m).getValue()).containsExactly(0.5);
        assertThat(subplot(chart, 1).getDomainMarkers(Layer.BACKGROUND)).extracting(m -> ((Marker) m).getLabel())
                .containsOnlyNulls().hasSize(1);
        var ucl = ((XYSeriesCollection) subplot(chart, 0).getDataset(ControlChartBuilder.LIMITS)).getSeries("UCL");
        assertThat(ucl.getItemCount()).isEqualTo(2);
        assertThat(ControlChartBuilder.breaks(result.location())).isEmpty();
        assertThat(ControlChartBuilder.breaks(result.dispersion())).isEmpty();
    }

    @Test
    void longSeries_manyFlaggedPoints_areHeldAsTheIntervalsOfTheirValuesPerColumn() {
        List<String> stages = new ArrayList<>(java.util.Collections.nCopies(30_000, "A"));
        stages.addAll(java.util.Collections.nCopies(10_000, "B"));
        for (ChartResult result : List.of(longSeries(null), longSeries(stages))) {
            // every 7th point of each part, and the violations of the MR part out of order (as a caller may give them)
            List<Violation> location = new ArrayList<>();
            List<Violation> dispersion = new ArrayList<>();
            for (int i = 0; i < result.location().size(); i += 7) {
                location.add(new Violation("NELSON5", result.location().index(i), result.location().index(i)));
            }
            for (int i = result.dispersion().size() - 1; i >= 0; i -= 7) {
                dispersion.add(new Violation("NELSON1", result.dispersion().index(i), result.dispersion().index(i)));
            }
            SpcChart chart = SpcCharts.controlChart(result)
                    .violations(new RuleViolations("i", List.of("NELSON5"), location))
                    .dispersionViolations(new RuleViolations("mr", List.of("NELSON1"), dispersion))
                    .scale(2).build();
            for (int part = 0; part < 2; part++) {
                ControlChart c = result.charts().get(part);
                FlaggedPoints points = (FlaggedPoints) subplot(chart, part).getAnnotations().get(0);
                List<Violation> flagged = part == 0 ? location : dispersion;
                assertThat(points.size()).isEqualTo(flagged.size());
                // brute force: each point's value in the column of its x, sorted, cut where neighbours are
                // more than RUN_GAP pixels of the tallest plot (the picture's height) apart
                var range = subplot(chart, part).getRangeAxis().getRange();
                double gap = FlaggedPoints.RUN_GAP * range.getLength() / (chart.height() * chart.scale());
                Envelope.Columns columns = points.columns();
                List<List<Double>> values = new ArrayList<>();
                for (int k = 0; k < columns.count(); k++) {
                    values.add(new ArrayList<>());
                }
                for (Violation v : flagged) {
                    values.get(columns.of(v.index())).add(c.statistic(ControlChartBuilder.position(c, v.index())));
                }
                for (int k = 0; k < columns.count(); k++) {
                    double[] y = values.get(k).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    List<double[]> intervals = new ArrayList<>();
                    for (int j = 0; j < y.length; j++) {
                        if (j == 0 || y[j] - y[j - 1] > gap) {
                            intervals.add(new double[] {y[j], y[j]});
                        }
                        intervals.get(intervals.size() - 1)[1] = y[j];
                    }
                    assertThat(points.intervals(k)).as("part %d column %d", part, k)
                            .isDeepEqualTo(intervals.toArray(new double[0][]));
                }
            }
        }
    }

    @Test
    void violations_fromRuleViolations_labelTheLowestRule_andCheckTheIndex() {
        ChartResult result = TestData.pistonRingsXbarR();
        RuleViolations v = new RuleViolations("xbar", List.of("WE1", "WE2"), List.of(
                new Violation("WE1", 37, 37), new Violation("WE2", 37, 36), new Violation("WE2", 39, 38)));
        SpcChart chart = SpcCharts.controlChart(result).violations(v).build();
        PointLabels labels = (PointLabels) subplot(chart, 0).getAnnotations().get(0);
        assertThat(labels.labels()).extracting(PointLabels.Label::text).containsExactly("WE1", "WE2");
        assertThat(subplot(chart, 0).getDataset(ControlChartBuilder.VIOLATIONS).getXValue(0, 1)).isEqualTo(39);
        RuleViolations outside = new RuleViolations("r", List.of("WE1"), List.of(new Violation("WE1", 41, 41)));
        assertThatThrownBy(() -> SpcCharts.controlChart(result).dispersionViolations(outside))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("violation at point 41, but the r chart has points 1..40");
    }

    /* --------------- helpers --------------- */

    private static XYPlot subplot(SpcChart chart, int k) {
        return ((CombinedDomainXYPlot) chart.jfreeChart().getPlot()).getSubplots().get(k);
    }

    /** Colour of the pixel at point {@code index} (x = index) and value y of subplot k. */
    private static Color colourAtPoint(SpcChart chart, ChartRenderingInfo info, BufferedImage image, int k, int index,
                                       double y) {
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.jfreeChart().getPlot();
        PlotRenderingInfo sub = info.getPlotInfo().getSubplotInfo(k);
        Rectangle2D area = sub.getDataArea();
        double px = plot.getDomainAxis().valueToJava2D(index, area, RectangleEdge.BOTTOM);
        double py = plot.getSubplots().get(k).getRangeAxis().valueToJava2D(y, area, RectangleEdge.LEFT);
        return TestData.colourAt(image, px, py, chart.scale());
    }
}
