package org.spc4j.core.control;

import java.util.List;
import java.util.Objects;

/**
 * A g or t chart computed against fixed limits. A t chart is plotted on the transformed scale
 * (where its zones are symmetric); {@link #lclTime}, {@link #uclTime} give its limits in time units.
 *
 * @param limits the limits the points were judged against
 * @param chart the plotted chart
 */
public record RareEventResult(RareEventLimits limits, ControlChart chart) {
    public RareEventResult {
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

    /** Lower control limit at point i in the units of the data (time units on a t chart). */
    public double lclTime(int i) {
        return limits.toTime(chart.lcl(i));
    }

    /** Upper control limit at point i in the units of the data (time units on a t chart). */
    public double uclTime(int i) {
        return limits.toTime(chart.ucl(i));
    }

    @Override
    public String toString() {
        return limits + "\n" + chart;
    }
}
