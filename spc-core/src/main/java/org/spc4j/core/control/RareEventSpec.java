package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;

/**
 * How to fit a rare-event chart: a g chart of the number of units between events, or a t chart
 * of the time between events. Immutable: every {@code with*} call returns a new specification.
 *
 * <pre>{@code
 * RareEventResult g = RareEventSpec.g().chart(Subgroups.individuals(35, 12, 80, 4, 51));
 * RareEventResult t = RareEventSpec.t().chart(Subgroups.individuals(286, 948, 536, 124, 816));
 * }</pre>
 *
 * <p>g chart (geometric model, number of units between events, Kaminsky et al. 1992, Benneyan
 * 2001): with \(\bar g\) the mean of the Phase I counts,
 * \[ CL = \bar g, \qquad \sigma = \sqrt{\bar g(\bar g + 1)}, \qquad
 *    LCL = \max(0, \bar g - k\sigma), \quad UCL = \bar g + k\sigma , \]
 * the method-of-moments fit \(\hat p = 1/(\bar g + 1)\) of a geometric distribution on
 * \(0, 1, 2, \dots\), whose variance is \((1-p)/p^2\). A known event probability p replaces the fit.
 *
 * <p>t chart (Nelson 1994; Montgomery section 7.3.5): times between events that are exponential
 * become nearly normal under \( y = t^{1/3.6} \); Weibull times with shape \(\beta\) under
 * \( y = t^{\beta/3.6} \) (as \(t^\beta\) is exponential). The \(y_i\) are charted as individuals:
 * \[ CL = \bar y, \qquad \sigma = \overline{MR}/d_2(2), \qquad \bar y \pm k\sigma , \]
 * with LCL at least 0; limits in time units are the back-transformed \(\text{limit}^{3.6/\beta}\).
 *
 * <p>Bad input: a negative, non-integer (g) or non-finite value, or subgroups of more than one
 * value: {@link IllegalArgumentException} naming the value and its index. Stages are not supported.
 *
 * <p>References: Kaminsky, F. C., Benneyan, J. C., Davis, R. D. and Burke, R. J. (1992),
 * "Statistical control charts based on a geometric distribution", J. Quality Technology 24(2),
 * 63-69; Benneyan, J. C. (2001), "Number-between g-type statistical control charts", Health Care
 * Management Science 4(4), 305-318; Nelson, L. S. (1994), "A control chart for parts-per-million
 * nonconforming items", J. Quality Technology 26(3), 239-240; Montgomery, <i>Introduction to
 * Statistical Quality Control</i>, 8th ed. (2019), section 7.3.5.
 */
public final class RareEventSpec {

    private final RareEventKind kind;
    private final double nsigmas;
    private final double exponent;
    private final double probability;
    private final ControlConstants.Table table;

    private RareEventSpec(RareEventKind kind, double nsigmas, double exponent, double probability,
                          ControlConstants.Table table) {
        this.kind = kind;
        this.nsigmas = nsigmas;
        this.exponent = exponent;
        this.probability = probability;
        this.table = table;
    }

    /** g chart of the number of units between events, 3-sigma limits. */
    public static RareEventSpec g() {
        return new RareEventSpec(RareEventKind.G, 3.0, Double.NaN, Double.NaN, ControlConstants.Table.EXACT);
    }

    /** t chart of exponential times between events: y = t^(1/3.6), 3-sigma limits. */
    public static RareEventSpec t() {
        return new RareEventSpec(RareEventKind.T, 3.0, 1.0 / 3.6, Double.NaN, ControlConstants.Table.EXACT);
    }

    /** t chart of Weibull times between events with the given shape: y = t^(shape/3.6). */
    public static RareEventSpec tWeibull(double shape) {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("Weibull shape must be finite and > 0, was " + shape);
        }
        return new RareEventSpec(RareEventKind.T, 3.0, shape / 3.6, Double.NaN, ControlConstants.Table.EXACT);
    }

    /** Limits at k sigmas of the plotted statistic (default 3). */
    public RareEventSpec withNsigmas(double k) {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + k);
        }
        return new RareEventSpec(kind, k, exponent, probability, table);
    }

    /** Which constants table gives d2(2) for the t chart (exact by default). */
    public RareEventSpec withConstants(ControlConstants.Table constants) {
        Objects.requireNonNull(constants, "constants must not be null");
        return new RareEventSpec(kind, nsigmas, exponent, probability, constants);
    }

    /** g chart only: a known probability p in (0, 1] of an event per unit instead of the Phase I fit. */
    public RareEventSpec withKnownProbability(double p) {
        if (kind != RareEventKind.G) {
            throw new IllegalStateException("a known event probability applies to g charts only");
        }
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("event probability must be in (0, 1], was " + p);
        }
        return new RareEventSpec(kind, nsigmas, exponent, p, table);
    }

    /** g chart with a known event probability: limits without Phase I data. */
    public RareEventLimits limits() {
        if (Double.isNaN(probability)) {
            throw new IllegalStateException("no known standard: call withKnownProbability(p) or fit Phase I data");
        }
        return standardLimits(0);
    }

    private RareEventLimits standardLimits(int phase1Count) {
        double p = probability;
        return new RareEventLimits(kind, nsigmas, exponent, (1 - p) / p, Math.sqrt(1 - p) / p, phase1Count, true);
    }

    /** Phase I: fits the limits on the events (one value per subgroup) of {@code phase1}. */
    public RareEventLimits fit(Subgroups phase1) {
        Objects.requireNonNull(phase1, "phase1 must not be null");
        if (phase1.count() == 0) {
            throw new IllegalArgumentException("Phase I data are empty: there is nothing to fit limits on");
        }
        double[] y = plotted(kind, exponent, phase1);
        if (kind == RareEventKind.G) {
            if (!Double.isNaN(probability)) {
                return standardLimits(phase1.count());
            }
            double gbar = Sums.of(y, 0, y.length) / y.length;
            return new RareEventLimits(kind, nsigmas, exponent, gbar, Math.sqrt(gbar * (gbar + 1)), y.length, false);
        }
        if (y.length < 2) {
            throw new IllegalArgumentException("a t chart needs at least 2 Phase I events for a moving range, got "
                    + y.length);
        }
        double sigma = AttributeSpec.averageMovingRange(y) / ControlConstants.of(table).d2(2);
        if (!(sigma > 0)) {
            throw new IllegalArgumentException(
                    "the transformed Phase I times have no spread (every moving range is 0): a t chart has no sigma");
        }
        return new RareEventLimits(kind, nsigmas, exponent, Sums.of(y, 0, y.length) / y.length, sigma, y.length,
                false);
    }

    /** Fits on all of {@code events} and charts the same events (points numbered from 1). */
    public RareEventResult chart(Subgroups events) {
        return fit(events).apply(events, 1);
    }

    /** The plotted statistic per event, after checking each value. */
    static double[] plotted(RareEventKind kind, double exponent, Subgroups events) {
        if (events.valueCount() != events.count()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %s chart needs one value per event (subgroups of size 1); got %s", kind.chartName(), events));
        }
        ProcessSpec.requireSingleStage(events, kind.chartName());
        double[] v = events.values();
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "value %s at index %d (label %s) is negative: a %s chart needs %s >= 0", v[i], i,
                        events.label(i), kind.chartName(), kind == RareEventKind.G ? "counts" : "times"));
            }
            if (kind == RareEventKind.G && v[i] != Math.rint(v[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "value %s at index %d (label %s) is not an integer: a g chart counts units between events",
                        v[i], i, events.label(i)));
            }
            if (kind == RareEventKind.T) {
                v[i] = Math.pow(v[i], exponent);
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RareEventSpec[%s, %s-sigma%s%s]", kind.chartName(), ControlChart.fmt(nsigmas),
                kind == RareEventKind.T ? ", y = t^" + ControlChart.fmt(exponent) : "",
                Double.isNaN(probability) ? "" : ", known p " + probability);
    }
}
