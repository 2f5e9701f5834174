package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

/**
 * Fitted limits of a rare-event chart (g or t): the immutable artifact applied unchanged to new
 * events.
 *
 * <ul>
 *   <li>g: statistic \(g_i\), centre \(\bar g\), sigma \(\sqrt{\bar g(\bar g + 1)}\), limits
 *       \(\bar g \pm k\sqrt{\bar g(\bar g+1)}\), LCL at least 0 (Kaminsky et al. 1992; Benneyan 2001).
 *       With a known event probability p: centre \((1-p)/p\), sigma \(\sqrt{1-p}/p\).</li>
 *   <li>t: statistic \(y_i = t_i^{\,e}\) with \(e = \beta/3.6\) (\(\beta = 1\): exponential), an
 *       individuals chart of the \(y_i\): centre \(\bar y\), sigma \(\overline{MR}/d_2(2)\), LCL at
 *       least 0 (Nelson 1994). The limits in time units are \(\text{limit}^{1/e}\)
 *       ({@link #toTime}).</li>
 * </ul>
 *
 * @param kind g or t
 * @param nsigmas k, the width of the limits in sigmas of the plotted statistic
 * @param exponent e of the t transform (NaN for a g chart)
 * @param center centre line of the plotted statistic
 * @param sigma sigma of the plotted statistic (0 when every Phase I count is 0 on a g chart)
 * @param phase1Count number of Phase I events (Phase II numbering continues after them)
 * @param knownStandard true when the centre and sigma come from a known standard
 */
public record RareEventLimits(RareEventKind kind, double nsigmas, double exponent, double center, double sigma,
                              int phase1Count, boolean knownStandard) {

    public RareEventLimits {
        Objects.requireNonNull(kind, "kind must not be null");
        if (!(nsigmas > 0) || Double.isInfinite(nsigmas)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + nsigmas);
        }
        if (kind == RareEventKind.T && !(exponent > 0 && Double.isFinite(exponent))) {
            throw new IllegalArgumentException("exponent of the t transform must be finite and > 0, was " + exponent);
        }
        if (!(center >= 0) || Double.isInfinite(center)) {
            throw new IllegalArgumentException("center must be finite and >= 0, was " + center);
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and >= 0, was " + sigma);
        }
        if (phase1Count < 0) {
            throw new IllegalArgumentException("phase1Count must be >= 0, was " + phase1Count);
        }
        if (phase1Count == 0 && !knownStandard) {
            throw new IllegalArgumentException("no Phase I events: fit limits on Phase I data before Phase II");
        }
    }

    /** A value of the plotted (transformed) statistic in time units; the identity on a g chart. */
    public double toTime(double y) {
        return kind == RareEventKind.T ? Math.pow(y, 1.0 / exponent) : y;
    }

    /** Applies these limits to Phase II events; numbering continues after the Phase I events. */
    public RareEventResult apply(Subgroups events) {
        return apply(events, phase1Count + 1);
    }

    /** Applies these limits to events (one value per subgroup), numbering from {@code firstIndex}. */
    public RareEventResult apply(Subgroups events, int firstIndex) {
        Objects.requireNonNull(events, "events must not be null");
        if (events.count() == 0) {
            throw new IllegalArgumentException("no events to chart");
        }
        double[] stat = RareEventSpec.plotted(kind, exponent, events);
        int m = stat.length;
        int[] index = new int[m];
        double[] cl = new double[m];
        double[] sd = new double[m];
        for (int i = 0; i < m; i++) {
            index[i] = firstIndex + i;
            cl[i] = center;
            sd[i] = sigma;
        }
        ControlChart chart = new ControlChart(kind.chartName(), nsigmas, 0.0, index,
                ProcessSpec.labels(events, firstIndex), ProcessSpec.stages(events), stat, cl, sd);
        return new RareEventResult(this, chart);
    }

    @Override
    public String toString() {
        String scale = kind == RareEventKind.T
                ? String.format(Locale.ROOT, ", transform y = t^%s", ControlChart.fmt(exponent)) : "";
        return String.format(Locale.ROOT, "%s chart limits, %s-sigma%s, centre %s, sigma %s, %s%n", kind.chartName(),
                ControlChart.fmt(nsigmas), scale, ControlChart.fmt(center), ControlChart.fmt(sigma),
                knownStandard ? "known standard" : "fitted on " + phase1Count + " events");
    }
}
