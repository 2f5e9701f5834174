package org.spc4j.core.control;

import java.util.List;
import java.util.Objects;

/**
 * A moving-average chart computed against fixed limits.
 *
 * @param limits the limits the points were judged against
 * @param chart the plotted moving averages with their limits (wider for the first w-1 points)
 */
public record MovingAverageResult(MovingAverageLimits limits, ControlChart chart) {
    public MovingAverageResult {
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(chart, "chart must not be null");
    }

    /** The one chart, as a list (the same shape as every other result). */
    public List<ControlChart> charts() {
        return List.of(chart);
    }

    /** True when no moving average lies beyond its control limits. */
    public boolean inControl() {
        return chart.pointsBeyondLimits().isEmpty();
    }

    @Override
    public String toString() {
        return limits + "\n" + chart;
    }
}
