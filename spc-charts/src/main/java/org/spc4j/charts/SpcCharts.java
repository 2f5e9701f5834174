package org.spc4j.charts;

import java.util.Map;
import java.util.Objects;

import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ControlChart;

/**
 * Entry points for the three chart kinds. Each returns a builder with print-friendly defaults;
 * its terminal methods write PNG or SVG, or {@code build()} returns an {@link SpcChart}.
 *
 * <pre>{@code
 * SpcCharts.controlChart(result).violations(violations).writePng(Path.of("chart.png"));
 * SpcCharts.capabilityHistogram(values).specLimits(73.95, 74.05).target(74.0).writeSvg(Path.of("cap.svg"));
 * SpcCharts.pareto(Map.of("scratch", 12, "dent", 30)).writePng(Path.of("pareto.png"));
 * }</pre>
 */
public final class SpcCharts {

    private SpcCharts() {
    }

    /** A two-part control chart: the location chart above its dispersion chart, sharing the horizontal axis. */
    public static ControlChartBuilder controlChart(ChartResult result) {
        Objects.requireNonNull(result, "result must not be null");
        return new ControlChartBuilder(result.location(), result.dispersion());
    }

    /** Two charts stacked on a shared horizontal axis, for example the upper and lower CUSUM. */
    public static ControlChartBuilder controlChart(ControlChart upper, ControlChart lower) {
        Objects.requireNonNull(upper, "upper must not be null");
        Objects.requireNonNull(lower, "lower must not be null");
        return new ControlChartBuilder(upper, lower);
    }

    /** A control chart of one part (for example only the X-bar chart). */
    public static ControlChartBuilder controlChart(ControlChart chart) {
        Objects.requireNonNull(chart, "chart must not be null");
        return new ControlChartBuilder(chart, null);
    }

    /** A capability histogram of the measurements (all finite; the array is copied). */
    public static CapabilityHistogramBuilder capabilityHistogram(double... values) {
        return new CapabilityHistogramBuilder(values);
    }

    /**
     * A Pareto chart of counts per category, given in any order (iteration order breaks ties,
     * so pass a {@link java.util.LinkedHashMap} to keep first-seen order).
     */
    public static ParetoChartBuilder pareto(Map<String, ? extends Number> counts) {
        return new ParetoChartBuilder(counts);
    }
}
