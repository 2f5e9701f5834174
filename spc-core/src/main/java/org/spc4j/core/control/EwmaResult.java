package org.spc4j.core.control;

import java.util.List;
import java.util.Objects;

/**
 * An EWMA chart computed against fixed limits.
 *
 * @param limits the limits the points were judged against
 * @param chart the plotted EWMA statistic with its (exact or asymptotic) limits
 * @param end the state after the last point, to continue the EWMA on further data
 */
public record EwmaResult(EwmaLimits limits, ControlChart chart, EwmaState end) {
    public EwmaResult {
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(chart, "chart must not be null");
        Objects.requireNonNull(end, "end must not be null");
    }

    /** The one chart, as a list (the same shape as every other result). */
    public List<ControlChart> charts() {
        return List.of(chart);
    }

    /** True when no EWMA value lies beyond its control limits. */
    public boolean inControl() {
        return chart.pointsBeyondLimits().isEmpty();
    }

    @Override
    public String toString() {
        return limits + "\n" + chart;
    }
}
