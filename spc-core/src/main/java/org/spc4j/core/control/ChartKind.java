package org.spc4j.core.control;

/** The variables control charts: a location chart paired with a dispersion chart. */
public enum ChartKind {
    /** X-bar chart of subgroup means with an R chart of subgroup ranges. */
    XBAR_R("xbar", "r", SigmaMethod.R_BAR),
    /** X-bar chart of subgroup means with an S chart of subgroup standard deviations. */
    XBAR_S("xbar", "s", SigmaMethod.S_BAR),
    /** Individuals chart with a moving-range chart. */
    INDIVIDUALS_MR("i", "mr", SigmaMethod.AVERAGE_MOVING_RANGE);

    private final String locationName;
    private final String dispersionName;
    private final SigmaMethod defaultSigmaMethod;

    ChartKind(String locationName, String dispersionName, SigmaMethod defaultSigmaMethod) {
        this.locationName = locationName;
        this.dispersionName = dispersionName;
        this.defaultSigmaMethod = defaultSigmaMethod;
    }

    /** Name of the location chart: {@code xbar} or {@code i}. */
    public String locationName() {
        return locationName;
    }

    /** Name of the dispersion chart: {@code r}, {@code s} or {@code mr}. */
    public String dispersionName() {
        return dispersionName;
    }

    /** The sigma method used when none is chosen. */
    public SigmaMethod defaultSigmaMethod() {
        return defaultSigmaMethod;
    }
}
