package org.spc4j.core.control;

import java.util.List;
import java.util.Objects;

/**
 * An attribute chart (p, np, c, u, p' or u') computed against fixed limits.
 *
 * @param limits the limits the points were judged against
 * @param chart the plotted chart, with per-point (stepped) limits when sample sizes vary
 */
public record AttributeResult(AttributeLimits limits, ControlChart chart) {
    public AttributeResult {
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(chart, "chart must not be null");
    }

    /** The one chart, as a list (the same shape as every other result). */
    public List<ControlChart> charts() {
        return List.of(chart);
    }

    /** True when no point lies beyond its control limits. */
    public boolean inControl() {
        return chart.pointsBeyondLimits().isEmpty();
    }

    @Override
    public String toString() {
        return limits + "\n" + chart;
    }
}
