package org.spc4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class CapabilityHistogramBuilderTest {

    private static final double[] PHASE1 = Arrays.copyOf(TestData.pistonRings(), 125);

    /* --------------- bins --------------- */

    @Test
    void binsFor_automatic_roundWidthAtLeastSturgesBins_everyValueCountedOnce() {
        CapabilityHistogramBuilder.Bins b = CapabilityHistogramBuilder.binsFor(PHASE1, 0);

        assertThat(b.width()).isCloseTo(0.005, within(1e-15)); // range 0.069 / 8 Sturges bins = 0.0086 -> 0.005
        assertThat(b.origin()).isCloseTo(73.965, within(1e-9)); // min 73.967 rounded down to a multiple of 0.005
        assertThat(Arrays.stream(b.counts()).sum()).isEqualTo(125);
        assertThat(b.counts().length).isGreaterThanOrEqualTo(8);
        for (int k = 0; k < b.counts().length; k++) { // brute force: lower edge inclusive, upper exclusive
            double lo = b.origin() + k * b.width();
            double hi = lo + b.width();
            long expected = Arrays.stream(PHASE1).filter(v -> v >= lo - 1e-9 && v < hi - 1e-9).count();
            assertThat(b.counts()[k]).as("bin %d [%s, %s)", k, lo, hi).isEqualTo((int) expected);
        }
    }

    @Test
    void binsFor_valuesOnAnEdge_goToTheUpperBin() {
        CapabilityHistogramBuilder.Bins b = CapabilityHistogramBuilder.binsFor(new double[] {0.1, 0.2, 0.3, 0.3}, 2);
        assertThat(b.origin()).isEqualTo(0.1);
        assertThat(b.counts()).containsExactly(1, 3); // 0.2 opens the second bin, the maximum closes it
    }

    @Test
    void binsFor_constantValues_oneBinAroundTheValue() {
        CapabilityHistogramBuilder.Bins b = CapabilityHistogramBuilder.binsFor(new double[] {5, 5, 5}, 0);
        assertThat(b.counts()).containsExactly(3);
        assertThat(b.origin()).isLessThan(5).isGreaterThan(5 - b.width());
    }

    @Test
    void niceWidth_roundsDownToOneTwoOrFive() {
        assertThat(CapabilityHistogramBuilder.niceWidth(0.0086)).isCloseTo(0.005, within(1e-15));
        assertThat(CapabilityHistogramBuilder.niceWidth(3.9)).isEqualTo(2.0);
        assertThat(CapabilityHistogramBuilder.niceWidth(10)).isEqualTo(10.0);
        assertThat(CapabilityHistogramBuilder.niceWidth(0.19)).isCloseTo(0.1, within(1e-15));
    }

    /* --------------- what is drawn --------------- */

    @Test
    void datasets_holdCountsAndCurvesScaledToCounts() {
        double within = 0.009785; // R-bar/d2 of samples 1-25
        SpcChart chart = builder().sigmaWithin(within).build();
        XYPlot plot = (XYPlot) chart.jfreeChart().getPlot();
        XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) plot.getDataset(CapabilityHistogramBuilder.HISTOGRAM);
        CapabilityHistogramBuilder.Bins b = CapabilityHistogramBuilder.binsFor(PHASE1, 0);

        assertThat(bars.getItemCount(0)).isEqualTo(b.counts().length);
        double total = 0;
        for (int k = 0; k < bars.getItemCount(0); k++) {
            assertThat(bars.getStartXValue(0, k)).isCloseTo(b.origin() + k * b.width(), within(1e-12));
            assertThat(bars.getYValue(0, k)).isEqualTo(b.counts()[k]);
            total += bars.getYValue(0, k);
        }
        assertThat(total).isEqualTo(125);

        XYSeriesCollection curves = (XYSeriesCollection) plot.getDataset(CapabilityHistogramBuilder.CURVES);
        assertThat(curves.getSeriesCount()).isEqualTo(2);
        assertThat(curves.getSeriesKey(0)).isEqualTo("Within");
        assertThat(curves.getSeriesKey(1)).isEqualTo("Overall");
        double peak = 125 * b.width() / (within * Math.sqrt(2 * Math.PI));
        assertThat(curves.getSeries(0).getMaxY()).isCloseTo(peak, within(peak * 1e-3));
        // the curve's area (trapezoids) is the number of values times the bin width, in count units
        var s = curves.getSeries(0);
        double area = 0;
        for (int i = 1; i < s.getItemCount(); i++) {
            area += (s.getX(i).doubleValue() - s.getX(i - 1).doubleValue())
                    * (s.getY(i).doubleValue() + s.getY(i - 1).doubleValue()) / 2;
        }
        assertThat(area / b.width()).isCloseTo(125, within(0.5));
    }

    @Test
    void withoutWithinSigma_onlyTheOverallCurveIsDrawn() {
        SpcChart chart = SpcCharts.capabilityHistogram(PHASE1).build();
        XYSeriesCollection curves = (XYSeriesCollection) ((XYPlot) chart.jfreeChart().getPlot())
                .getDataset(CapabilityHistogramBuilder.CURVES);
        assertThat(curves.getSeriesCount()).isEqualTo(1);
        assertThat(curves.getSeriesKey(0)).isEqualTo("Overall");
    }

    @Test
    void specLimitsAndTarget_areLabelledVerticalLines() {
        XYPlot plot = (XYPlot) builder().build().jfreeChart().getPlot();

        var markers = plot.getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers).extracting(m -> ((Marker) m).getLabel()).containsExactly("LSL", "USL", "Target");
        assertThat(markers).extracting(m -> ((ValueMarker) m).getValue()).containsExactly(73.95, 74.05, 74.0);
        assertThat(markers).extracting(m -> ((Marker) m).getPaint())
                .containsExactly(ChartStyle.SPEC, ChartStyle.SPEC, ChartStyle.TARGET);
        assertThat(plot.getDomainAxis().getRange().contains(73.95)).isTrue();
        assertThat(plot.getDomainAxis().getRange().contains(74.05)).isTrue();
    }

    @Test
    void svg_showsTitleIndicesAndProcessData() {
        Map<String, Double> indices = new LinkedHashMap<>();
        indices.put("Cp", 1.703);
        indices.put("Cpk", 1.663);
        indices.put("Cpm", Double.NaN);
        String svg = builder().sigmaWithin(0.009785).indices(indices).title("Rings").build().toSvg();

        assertThat(svg).contains(">Rings</text>").contains(">LSL</text>").contains(">USL</text>")
                .contains(">Target</text>");
        assertThat(svg).contains(">Cp            1.70<").contains(">Cpk           1.66<")
                .contains(">Cpm           -<");
        assertThat(svg).contains(">N             125<").contains(">StDev within  0.00979<");
        assertThat(svg.indexOf(">Cp ")).isLessThan(svg.indexOf(">Cpk "));
    }

    @Test
    void bars_areDrawnInTheBarColour() {
        SpcChart chart = builder().build();
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.toImage(info);
        XYPlot plot = (XYPlot) chart.jfreeChart().getPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) plot.getDataset(CapabilityHistogramBuilder.HISTOGRAM);
        int tallest = 0;
        for (int k = 1; k < bars.getItemCount(0); k++) {
            tallest = bars.getYValue(0, k) > bars.getYValue(0, tallest) ? k : tallest;
        }
        // a quarter of the way into the bar, a tenth of its height: away from outlines and curves
        double x = bars.getStartXValue(0, tallest) + 0.25 * (bars.getEndXValue(0, tallest) - bars.getStartXValue(0, tallest));
        double px = plot.getDomainAxis().valueToJava2D(x, area, RectangleEdge.BOTTOM);
        double py = plot.getRangeAxis().valueToJava2D(bars.getYValue(0, tallest) * 0.1, area, RectangleEdge.LEFT);
        assertThat(TestData.colourAt(image, px, py, 1)).isEqualTo(ChartStyle.BAR_LIGHT);
    }

    /* --------------- bad input --------------- */

    @Test
    void badInput_throwsNamingTheValue() {
        assertThatThrownBy(() -> SpcCharts.capabilityHistogram()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no values to draw a histogram of");
        assertThatThrownBy(() -> SpcCharts.capabilityHistogram(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value NaN at index 1 is not a finite number");
        CapabilityHistogramBuilder b = SpcCharts.capabilityHistogram(PHASE1);
        assertThatThrownBy(() -> b.sigmaWithin(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sigmaWithin must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> b.specLimits(Double.NaN, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.specLimits(2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LSL must be below USL, were LSL 2.0, USL 1.0");
        assertThatThrownBy(() -> b.bins(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bins must be in 1..10000, was 0");
        assertThatThrownBy(() -> b.target(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be finite, was Infinity");
    }

    @Test
    void values_areCopied() {
        double[] values = {1, 2, 3, 4};
        CapabilityHistogramBuilder b = SpcCharts.capabilityHistogram(values).bins(2);
        values[0] = 100;
        XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) ((XYPlot) b.build().jfreeChart().getPlot())
                .getDataset(CapabilityHistogramBuilder.HISTOGRAM);
        assertThat(bars.getStartXValue(0, 0)).isEqualTo(1.0);
    }

    private static CapabilityHistogramBuilder builder() {
        return SpcCharts.capabilityHistogram(PHASE1).specLimits(73.95, 74.05).target(74.0);
    }
}
