package org.spc4j.core.control;

import java.util.List;
import java.util.Objects;

/**
 * A variables control chart pair (X-bar with R or S, individuals with moving range) computed
 * against fixed limits.
 *
 * @param limits the limits the points were judged against
 * @param location the X-bar or individuals chart
 * @param dispersion the R, S or moving-range chart
 */
public record ChartResult(ControlLimits limits, ControlChart location, ControlChart dispersion) {
    public ChartResult {
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(location, "location must not be null");
        Objects.requireNonNull(dispersion, "dispersion must not be null");
    }

    /** Both charts, location first. */
    public List<ControlChart> charts() {
        return List.of(location, dispersion);
    }

    /** Process sigma of the only (or first) stage. */
    public double sigma() {
        return limits.sigma();
    }

    /** True when no point of either chart lies beyond its control limits. */
    public boolean inControl() {
        return location.pointsBeyondLimits().isEmpty() && dispersion.pointsBeyondLimits().isEmpty();
    }

    @Override
    public String toString() {
        return limits + "\n" + location + "\n" + dispersion;
    }
}
