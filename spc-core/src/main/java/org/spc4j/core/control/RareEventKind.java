package org.spc4j.core.control;

/** The rare-event charts: what is recorded between consecutive events. */
public enum RareEventKind {
    /** g chart: the number of units (cases, opportunities) between events; geometric model. */
    G("g"),
    /** t chart: the time between events, transformed to near normality; exponential or Weibull model. */
    T("t");

    private final String chartName;

    RareEventKind(String chartName) {
        this.chartName = chartName;
    }

    /** Name of the plotted chart: {@code g} or {@code t}. */
    public String chartName() {
        return chartName;
    }
}
