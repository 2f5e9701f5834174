package org.spc4j.core.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Fitted limits of an EWMA chart: the immutable artifact applied unchanged to new data.
 *
 * <p>With target \(\mu_0\), process sigma \(\sigma\), subgroup means \(\bar x_i\) of \(n_i\) values:
 * \[ z_0 = \mu_0, \qquad z_i = \lambda \bar x_i + (1-\lambda) z_{i-1}, \qquad
 *    \text{limits}_i = \mu_0 \pm L\,\sigma_{z_i}, \]
 * \(\sigma_{z_i}\) exact or asymptotic ({@link EwmaLimitsMode}). The exact variance is computed by
 * the recursion \( v_i = (1-\lambda)^2 v_{i-1} + \lambda^2/n_i \), \(\sigma_{z_i} = \sigma\sqrt{v_i}\),
 * which also covers varying subgroup sizes.
 *
 * @param lambda smoothing constant in (0, 1]
 * @param nsigmas L, the width of the limits in sigmas of the EWMA
 * @param mode exact (time-varying) or asymptotic limits
 * @param process target and sigma of the process
 * @see EwmaSpec
 */
public record EwmaLimits(double lambda, double nsigmas, EwmaLimitsMode mode, ProcessParameters process) {

    public EwmaLimits {
        EwmaSpec.checkLambda(lambda);
        if (!(nsigmas > 0) || Double.isInfinite(nsigmas)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + nsigmas);
        }
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(process, "process must not be null");
    }

    /** The state before the first point: z = target. */
    public EwmaState initialState() {
        return EwmaState.start(process.center());
    }

    /** An empty segment of this chart's EWMA, for computing it on ordered segments. */
    public EwmaSegment segment() {
        return EwmaSegment.create(lambda);
    }

    /** Applies these limits to Phase II data, starting at the target; numbering continues after Phase I. */
    public EwmaResult apply(Subgroups data) {
        return apply(data, process.phase1Count() + 1, initialState());
    }

    /** Applies these limits to data starting at the target, numbering the points from {@code firstIndex}. */
    public EwmaResult apply(Subgroups data, int firstIndex) {
        return apply(data, firstIndex, initialState());
    }

    /**
     * Continues an EWMA from {@code start} (for example the end state of an earlier result, or a
     * state composed from {@link EwmaSegment}s) over {@code data}, numbering the points from
     * {@code firstIndex}.
     */
    public EwmaResult apply(Subgroups data, int firstIndex, EwmaState start) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(start, "start must not be null");
        if (data.count() == 0) {
            throw new IllegalArgumentException("no subgroups to chart");
        }
        ProcessSpec.requireSingleStage(data, "EWMA");
        int m = data.count();
        double[] x = ProcessSpec.means(data);
        double[] stat = new double[m];
        TimeWeightedKernels.ewma(x, lambda, start.value(), stat);
        double[] v = varianceFactors(data, start.varianceFactor());
        boolean exact = mode == EwmaLimitsMode.EXACT;
        double[] sd = new double[exact ? v.length : data.hasEqualSizes() ? 1 : m];
        double asymptotic = lambda / (2.0 - lambda);
        for (int i = 0; i < sd.length; i++) {
            sd[i] = process.sigma() * Math.sqrt(exact ? v[i] : asymptotic / data.size(i));
        }
        double[] center = new double[sd.length];
        Arrays.fill(center, process.center());
        ControlChart chart = ControlChart.numberedFrom("ewma", nsigmas, Double.NEGATIVE_INFINITY, firstIndex,
                ProcessSpec.labels(data, firstIndex), ProcessSpec.stages(data), stat, center, sd);
        return new EwmaResult(this, chart, new EwmaState(start.steps() + m, stat[m - 1], v[v.length - 1]));
    }

    /**
     * The variance factors \(v_1, \ldots, v_m\) after each point, from \(v_0\), in the form
     * {@link ControlChart} keeps limits in: with equal subgroup sizes the array ends at the first
     * \(v_L\) that the recursion maps to itself, which then holds for every later point; with
     * unequal sizes it has one entry per point. The recursion with a fixed n is a monotone map of
     * v, so its iterates move one way and, there being finitely many doubles, reach such a fixed
     * point: from v = 0 after 82 points for lambda 0.2, 333 for 0.05 and 15 208 for 0.001, about
     * where \(1-(1-\lambda)^{2i}\) rounds to 1. An exact EWMA chart of millions of points thus
     * holds its limits in a few hundred entries (for lambda of 0.05 or more), not one per point.
     */
    private double[] varianceFactors(Subgroups data, double v0) {
        int m = data.count();
        double qq = (1.0 - lambda) * (1.0 - lambda);
        boolean equal = data.hasEqualSizes();
        int length = m;
        if (equal) {
            double gain = TimeWeightedKernels.gain(lambda, data.size(0));
            length = 1;
            for (double v = TimeWeightedKernels.varianceStep(v0, qq, gain); length < m; length++) {
                double next = TimeWeightedKernels.varianceStep(v, qq, gain);
                if (next == v) {
                    break;
                }
                v = next;
            }
        }
        double[] factors = new double[length];
        double v = v0;
        for (int i = 0; i < length; i++) {
            int n = data.size(equal ? 0 : i);
            v = TimeWeightedKernels.varianceStep(v, qq, TimeWeightedKernels.gain(lambda, n));
            factors[i] = v;
        }
        return factors;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EWMA limits, lambda %s, L %s, %s limits; %s", ControlChart.fmt(lambda),
                ControlChart.fmt(nsigmas), mode.name().toLowerCase(Locale.ROOT), process);
    }
}
