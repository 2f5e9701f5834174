package org.spc4j.core.control;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fitted parameters of a two-sided tabular CUSUM: the immutable artifact applied unchanged to
 * new data.
 *
 * <p>In sigma units of the monitored statistic, with \( y_i = (\bar x_i - \mu_0)/(\sigma/\sqrt{n_i}) \):
 * \[ C^+_i = \max(0,\ C^+_{i-1} + y_i - k), \qquad C^-_i = \max(0,\ C^-_{i-1} - y_i - k), \qquad
 *    C^\pm_0 = H, \]
 * and point i signals on a side when its sum exceeds h (strictly). H is the fast-initial-response
 * head start (Lucas and Crosier 1982), 0 without one. The sums are not reset after a signal.
 * With \(\sigma = 1\) and individuals the sums are in data units.
 *
 * @param k reference value in sigma units (half the shift to detect)
 * @param h decision interval in sigma units
 * @param headStart head start H in sigma units, \(0 \le H \lt h\)
 * @param process target and sigma of the process
 * @see CusumSpec
 */
public record CusumLimits(double k, double h, double headStart, ProcessParameters process) {

    public CusumLimits {
        CusumSpec.checkK(k);
        CusumSpec.checkH(h);
        CusumSpec.checkHeadStart(headStart, h);
        Objects.requireNonNull(process, "process must not be null");
    }

    /** The state before the first point: both sums at the head start. */
    public CusumState initialState() {
        return CusumState.start(headStart);
    }

    /** An empty segment of this chart's CUSUM, for computing it on ordered segments. */
    public CusumSegment segment() {
        return CusumSegment.create(process.center(), process.sigma(), k);
    }

    /** Applies these limits to Phase II data from the head start; numbering continues after Phase I. */
    public CusumResult apply(Subgroups data) {
        return apply(data, process.phase1Count() + 1, initialState());
    }

    /** Applies these limits to data from the head start, numbering the points from {@code firstIndex}. */
    public CusumResult apply(Subgroups data, int firstIndex) {
        return apply(data, firstIndex, initialState());
    }

    /**
     * Continues the sums from {@code start} (for example the end state of an earlier result, or a
     * state composed from {@link CusumSegment}s) over {@code data}, numbering from {@code firstIndex}.
     */
    public CusumResult apply(Subgroups data, int firstIndex, CusumState start) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(start, "start must not be null");
        if (data.count() == 0) {
            throw new IllegalArgumentException("no subgroups to chart");
        }
        ProcessSpec.requireSingleStage(data, "CUSUM");
        int m = data.count();
        double target = process.center();
        double sigma = process.sigma();
        double[] up = new double[m];
        double[] lo = new double[m];
        List<Double> standardized;
        if (data.valueCount() == m) {
            // Individuals: the kernel standardises the data's own values; the list recomputes them.
            double[] x = data.rawValues();
            TimeWeightedKernels.cusum(x, target, sigma, k, start.upper(), start.lower(), up, lo);
            standardized = PointLists.computed(m, i -> TimeWeightedKernels.standardize(x[i], target, sigma));
        } else {
            double[] means = ProcessSpec.means(data);
            double[] y = new double[m];
            for (int i = 0; i < m; i++) {
                y[i] = standardize(means[i], target, sigma, data.size(i));
            }
            TimeWeightedKernels.cusum(y, 0.0, 1.0, k, start.upper(), start.lower(), up, lo);
            standardized = PointLists.ofDoubles(y);
        }
        if (!Double.isFinite(up[m - 1]) || !Double.isFinite(lo[m - 1])) {
            throw overflow(data, firstIndex, up, lo, standardized);
        }
        List<String> labels = ProcessSpec.labels(data, firstIndex);
        List<String> stages = ProcessSpec.stages(data);
        // Centre 0 and sigma 1 at every point: no per-point arrays for them.
        ControlChart upper = ControlChart.constantLimits("cusum+", h, 0.0, firstIndex, labels, stages, up, 0.0, 1.0);
        ControlChart lower = ControlChart.constantLimits("cusum-", h, 0.0, firstIndex, labels, stages, lo, 0.0, 1.0);
        CusumState end = new CusumState(start.steps() + m, up[m - 1], lo[m - 1]);
        return new CusumResult(this, upper, lower, standardized, end);
    }

    /**
     * An infinite standardised point (a mean farther from the target, in sigmas, than the largest
     * double) or sums that overflow leave a sum infinite at the end: names the first point where one is.
     */
    private static IllegalArgumentException overflow(Subgroups data, int firstIndex, double[] up, double[] lo,
                                                     List<Double> standardized) {
        int i = 0;
        while (Double.isFinite(up[i]) && Double.isFinite(lo[i])) {
            i++;
        }
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "CUSUM sums overflow at point %d (label %s, standardised value %s): the data are too far from the "
                        + "target for this sigma", firstIndex + i, data.label(i), standardized.get(i)));
    }

    /** (mean - target) / (sigma / sqrt(n)). */
    static double standardize(double mean, double target, double sigma, int n) {
        return n == 1 ? TimeWeightedKernels.standardize(mean, target, sigma) : (mean - target) * Math.sqrt(n) / sigma;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CUSUM limits, k %s, h %s%s; %s", ControlChart.fmt(k), ControlChart.fmt(h),
                headStart > 0 ? ", head start " + ControlChart.fmt(headStart) : "", process);
    }
}
