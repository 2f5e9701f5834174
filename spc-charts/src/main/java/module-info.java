/** spc4j charts: control, capability and Pareto charts as PNG and SVG (filled by the spc-charts issue). */
module org.spc4j.charts {
    requires transitive org.spc4j.core;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
}
