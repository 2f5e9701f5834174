/**
 * Chart rendering for spc4j: control charts ({@link org.spc4j.charts.ControlChartBuilder}),
 * capability histograms ({@link org.spc4j.charts.CapabilityHistogramBuilder}) and Pareto charts
 * ({@link org.spc4j.charts.ParetoChartBuilder}), each started from {@link org.spc4j.charts.SpcCharts}
 * and written as PNG or SVG through {@link org.spc4j.charts.SpcChart}.
 *
 * <pre>{@code
 * ChartResult result = ChartSpec.xbarR().fit(phase1).apply(phase2);
 * SpcCharts.controlChart(result)
 *         .violations(Map.of(37, List.of("WE1")))
 *         .title("Piston rings")
 *         .writePng(Path.of("xbar-r.png"));
 * }</pre>
 *
 * <p>The renderers take plain values (violations as 1-based point index to rule ids, capability
 * indices as a name-to-value map), so they do not depend on how those were computed.
 */
package org.spc4j.charts;
