package org.spc4j.core.control;

import java.io.Serializable;
import java.util.Locale;

/**
 * The state of a two-sided tabular CUSUM after some points, in sigma units of the monitored
 * statistic: everything needed to continue the sums where they stopped.
 *
 * @param steps number of points processed so far
 * @param upper the upper sum \(C^+ \ge 0\)
 * @param lower the lower sum \(C^- \ge 0\)
 */
public record CusumState(long steps, double upper, double lower) implements Serializable {
    public CusumState {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, was " + steps);
        }
        if (!(upper >= 0) || Double.isInfinite(upper)) {
            throw new IllegalArgumentException("upper must be finite and >= 0, was " + upper);
        }
        if (!(lower >= 0) || Double.isInfinite(lower)) {
            throw new IllegalArgumentException("lower must be finite and >= 0, was " + lower);
        }
    }

    /** The state before the first point: both sums at the head start (0 without one). */
    public static CusumState start(double headStart) {
        return new CusumState(0, headStart, headStart);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CusumState[steps %d, upper %s, lower %s]", steps, ControlChart.fmt(upper),
                ControlChart.fmt(lower));
    }
}
