package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;

/**
 * How to fit an exponentially weighted moving average (EWMA) chart on individuals or subgroup
 * means: smoothing constant \(\lambda\) (default 0.2), limit width L (default 3), exact
 * time-varying or asymptotic limits (default exact), and how the process target and sigma are
 * obtained. Immutable: every {@code with*} call returns a new specification.
 *
 * <pre>{@code
 * EwmaLimits limits = EwmaSpec.withDefaults().withLambda(0.3).fit(phase1);
 * EwmaResult r = limits.apply(newData);       // EWMA restarts at the target; numbering continues
 * EwmaResult all = EwmaSpec.withDefaults().chart(data, 0, 20);   // fit on 1..20, chart all
 * }</pre>
 *
 * <p>Definition (the limits are in {@link EwmaLimits}):
 * \[ z_i = \lambda \bar x_i + (1-\lambda) z_{i-1}, \quad z_0 = \mu_0, \quad
 *    \mu_0 \pm L\sigma\sqrt{\tfrac{\lambda}{(2-\lambda)n}\left[1-(1-\lambda)^{2i}\right]} . \]
 * Fitting: \(\mu_0\) is the grand mean of the Phase I values; \(\sigma\) comes from the chosen
 * {@link SigmaMethod}, by default the average moving range over \(d_2(2)\) for individuals and
 * \(\bar R/d_2(n)\) for subgroups (as qcc); known standards replace either. Stages are not
 * supported (an EWMA runs over one stage): staged data are refused.
 *
 * <p>Bad input: lambda outside (0, 1], non-positive or non-finite L or sigma, non-finite known
 * mean: {@link IllegalArgumentException} naming the value.
 *
 * <p>References: Roberts, S. W. (1959), "Control chart tests based on geometric moving averages",
 * Technometrics 1(3), 239-250, doi:10.1080/00401706.1959.10489860; Montgomery, <i>Introduction to
 * Statistical Quality Control</i>, 8th ed. (2019), section 9.2; NIST/SEMATECH e-Handbook, section
 * 6.3.2.4.
 *
 * @see EwmaSegment
 */
public final class EwmaSpec {

    private final double lambda;
    private final double nsigmas;
    private final EwmaLimitsMode mode;
    private final ProcessSpec process;

    private EwmaSpec(double lambda, double nsigmas, EwmaLimitsMode mode, ProcessSpec process) {
        this.lambda = lambda;
        this.nsigmas = nsigmas;
        this.mode = mode;
        this.process = process;
    }

    /** Lambda 0.2, L 3, exact limits, sigma from MR-bar (individuals) or R-bar (subgroups). */
    public static EwmaSpec withDefaults() {
        return new EwmaSpec(0.2, 3.0, EwmaLimitsMode.EXACT, ProcessSpec.DEFAULT);
    }

    /** Smoothing constant lambda in (0, 1]; 1 gives a Shewhart chart of the means. */
    public EwmaSpec withLambda(double lambda) {
        return new EwmaSpec(checkLambda(lambda), nsigmas, mode, process);
    }

    /** Limit width L in sigmas of the EWMA (default 3). */
    public EwmaSpec withNsigmas(double l) {
        if (!(l > 0) || Double.isInfinite(l)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + l);
        }
        return new EwmaSpec(lambda, l, mode, process);
    }

    /** Exact time-varying limits (default) or asymptotic limits. */
    public EwmaSpec withLimits(EwmaLimitsMode limits) {
        return new EwmaSpec(lambda, nsigmas, Objects.requireNonNull(limits, "limits must not be null"), process);
    }

    /** The sigma estimator for Phase I data. */
    public EwmaSpec withSigmaMethod(SigmaMethod method) {
        return new EwmaSpec(lambda, nsigmas, mode, process.withSigmaMethod(method));
    }

    /** Which constants table the sigma estimate uses (exact by default). */
    public EwmaSpec withConstants(ControlConstants.Table constants) {
        return new EwmaSpec(lambda, nsigmas, mode, process.withConstants(constants));
    }

    /** A known target mean instead of the Phase I grand mean. */
    public EwmaSpec withKnownMean(double mean) {
        return new EwmaSpec(lambda, nsigmas, mode, process.withKnownMean(mean));
    }

    /** A known process sigma (of one value) instead of the estimate. */
    public EwmaSpec withKnownSigma(double sigma) {
        return new EwmaSpec(lambda, nsigmas, mode, process.withKnownSigma(sigma));
    }

    /** Limits from a known mean and sigma alone, without Phase I data. */
    public EwmaLimits limits() {
        return new EwmaLimits(lambda, nsigmas, mode, process.known());
    }

    /** Phase I: estimates target and sigma from {@code phase1}. */
    public EwmaLimits fit(Subgroups phase1) {
        return new EwmaLimits(lambda, nsigmas, mode, process.fit(phase1, "EWMA"));
    }

    /** Fits on all of {@code data} and charts the same data (points numbered from 1). */
    public EwmaResult chart(Subgroups data) {
        return fit(data).apply(data, 1);
    }

    /**
     * Fits on the Phase I subgroups {@code [phase1From, phase1To)} (0-based) and charts all of
     * {@code data} as one EWMA against those limits (points numbered from 1), as qcc does with
     * {@code newdata}.
     */
    public EwmaResult chart(Subgroups data, int phase1From, int phase1To) {
        Objects.requireNonNull(data, "data must not be null");
        checkRange(data.count(), phase1From, phase1To);
        return fit(data.slice(phase1From, phase1To)).apply(data, 1);
    }

    static void checkRange(int count, int from, int to) {
        if (from < 0 || to > count || from >= to) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Phase I range [%d, %d) must be a non-empty range of the %d subgroups", from, to, count));
        }
    }

    static double checkLambda(double lambda) {
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be in (0, 1], was " + lambda);
        }
        return lambda;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EwmaSpec[lambda %s, L %s, %s limits, %s]", ControlChart.fmt(lambda),
                ControlChart.fmt(nsigmas), mode.name().toLowerCase(Locale.ROOT), process);
    }
}
