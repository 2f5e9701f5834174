/**
 * spc4j charts: control charts, capability histograms and Pareto charts as PNG and SVG, drawn
 * with JFreeChart (automatic module {@code org.jfree.jfreechart}) and JFreeSVG (explicit module
 * {@code org.jfree.svg}). Works headless.
 */
@SuppressWarnings("requires-transitive-automatic")
module org.spc4j.charts {
    requires transitive org.spc4j.core;
    requires transitive java.desktop;
    // JFreeChart types appear in the API (SpcChart.jfreeChart()) for callers who want to adjust a chart.
    requires transitive org.jfree.jfreechart;
    requires org.jfree.svg;

    exports org.spc4j.charts;
}
