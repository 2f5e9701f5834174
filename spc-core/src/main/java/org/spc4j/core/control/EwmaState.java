package org.spc4j.core.control;

import java.io.Serializable;
import java.util.Locale;

/**
 * The state of an EWMA after some points: everything needed to continue the statistic and its
 * exact limits exactly where it stopped.
 *
 * @param steps number of points processed so far
 * @param value the EWMA statistic \(z\) after them (\(\mu_0\) before the first point)
 * @param varianceFactor \(\operatorname{Var}(z)/\sigma^2\), 0 before the first point
 */
public record EwmaState(long steps, double value, double varianceFactor) implements Serializable {
    public EwmaState {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, was " + steps);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        if (!(varianceFactor >= 0) || Double.isInfinite(varianceFactor)) {
            throw new IllegalArgumentException("varianceFactor must be finite and >= 0, was " + varianceFactor);
        }
    }

    /** The state before the first point: the EWMA starts at the target. */
    public static EwmaState start(double target) {
        return new EwmaState(0, target, 0.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EwmaState[steps %d, value %s, variance factor %s]", steps,
                ControlChart.fmt(value), ControlChart.fmt(varianceFactor));
    }
}
