package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;

/**
 * How to fit a two-sided tabular CUSUM on individuals or subgroup means: reference value k and
 * decision interval h in sigma units of the monitored statistic (defaults 0.5 and 5), an optional
 * fast-initial-response head start, and how the process target and sigma are obtained. Immutable:
 * every {@code with*} call returns a new specification.
 *
 * <pre>{@code
 * CusumLimits limits = CusumSpec.withDefaults().fit(phase1);   // k 0.5, h 5
 * CusumResult r = limits.apply(newData);                       // sums from the head start
 * r.signals();                                                 // points with C+ or C- > h
 * CusumSpec.fastInitialResponse();                              // k 0.5, h 4, head start 2
 * }</pre>
 *
 * <p>Definition (details in {@link CusumLimits}), with \( y_i = (\bar x_i - \mu_0)/(\sigma/\sqrt{n_i}) \):
 * \[ C^+_i = \max(0, C^+_{i-1} + y_i - k), \quad C^-_i = \max(0, C^-_{i-1} - y_i - k), \quad
 *    C^\pm_0 = H, \quad \text{signal when } C^\pm_i > h . \]
 * Fitting: \(\mu_0\) is the grand mean of the Phase I values and \(\sigma\) comes from the chosen
 * {@link SigmaMethod} (default: average moving range for individuals, \(\bar R/d_2\) for
 * subgroups); known standards replace either. k = 0.5 with h = 4 or 5 gives good detection of a
 * one-sigma shift (Montgomery, section 9.1.3). Stages are not supported (staged data are refused).
 *
 * <p>Bad input: non-finite or negative k, non-positive or non-finite h, a head start outside
 * [0, h): {@link IllegalArgumentException} naming the value.
 *
 * <p>References: Page, E. S. (1954), "Continuous inspection schemes", Biometrika 41(1/2), 100-115,
 * doi:10.1093/biomet/41.1-2.100; Lucas, J. M. and Crosier, R. B. (1982), "Fast initial response for
 * CUSUM quality-control schemes: give your CUSUM a head start", Technometrics 24(3), 199-205;
 * Montgomery, <i>Introduction to Statistical Quality Control</i>,
 * 8th ed. (2019), section 9.1; NIST/SEMATECH e-Handbook, section 6.3.2.3.
 *
 * @see CusumSegment
 */
public final class CusumSpec {

    private final double k;
    private final double h;
    private final double headStart;
    private final ProcessSpec process;

    private CusumSpec(double k, double h, double headStart, ProcessSpec process) {
        this.k = k;
        this.h = h;
        this.headStart = headStart;
        this.process = process;
    }

    /** k 0.5, h 5, no head start; sigma from MR-bar (individuals) or R-bar (subgroups). */
    public static CusumSpec withDefaults() {
        return new CusumSpec(0.5, 5.0, 0.0, ProcessSpec.DEFAULT);
    }

    /** Fast initial response (Lucas and Crosier 1982): k 0.5, h 4 and a 50% head start H = 2. */
    public static CusumSpec fastInitialResponse() {
        return new CusumSpec(0.5, 4.0, 2.0, ProcessSpec.DEFAULT);
    }

    /** Reference value k >= 0 in sigma units. */
    public CusumSpec withK(double k) {
        return new CusumSpec(checkK(k), h, headStart, process);
    }

    /** Decision interval h > 0 in sigma units; must stay above the head start. */
    public CusumSpec withH(double h) {
        checkHeadStart(headStart, checkH(h));
        return new CusumSpec(k, h, headStart, process);
    }

    /** Head start H in sigma units, 0 {@literal <=} H {@literal <} h (h/2 is the usual choice; 0 switches it off). */
    public CusumSpec withHeadStart(double headStart) {
        return new CusumSpec(k, h, checkHeadStart(headStart, h), process);
    }

    /** The sigma estimator for Phase I data. */
    public CusumSpec withSigmaMethod(SigmaMethod method) {
        return new CusumSpec(k, h, headStart, process.withSigmaMethod(method));
    }

    /** Which constants table the sigma estimate uses (exact by default). */
    public CusumSpec withConstants(ControlConstants.Table constants) {
        return new CusumSpec(k, h, headStart, process.withConstants(constants));
    }

    /** A known target mean instead of the Phase I grand mean. */
    public CusumSpec withKnownMean(double mean) {
        return new CusumSpec(k, h, headStart, process.withKnownMean(mean));
    }

    /** A known process sigma (of one value) instead of the estimate. */
    public CusumSpec withKnownSigma(double sigma) {
        return new CusumSpec(k, h, headStart, process.withKnownSigma(sigma));
    }

    /** Parameters from a known mean and sigma alone, without Phase I data. */
    public CusumLimits limits() {
        return new CusumLimits(k, h, headStart, process.known());
    }

    /** Phase I: estimates target and sigma from {@code phase1}. */
    public CusumLimits fit(Subgroups phase1) {
        return new CusumLimits(k, h, headStart, process.fit(phase1, "CUSUM"));
    }

    /** Fits on all of {@code data} and charts the same data (points numbered from 1). */
    public CusumResult chart(Subgroups data) {
        return fit(data).apply(data, 1);
    }

    /** Fits on the Phase I subgroups {@code [phase1From, phase1To)} and charts all of {@code data}. */
    public CusumResult chart(Subgroups data, int phase1From, int phase1To) {
        Objects.requireNonNull(data, "data must not be null");
        EwmaSpec.checkRange(data.count(), phase1From, phase1To);
        return fit(data.slice(phase1From, phase1To)).apply(data, 1);
    }

    static double checkK(double k) {
        if (!(k >= 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("k must be finite and >= 0, was " + k);
        }
        return k;
    }

    static double checkH(double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be finite and > 0, was " + h);
        }
        return h;
    }

    static double checkHeadStart(double headStart, double h) {
        if (!(headStart >= 0 && headStart < h)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "head start must be in [0, h) = [0, %s), was %s", h, headStart));
        }
        return headStart;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CusumSpec[k %s, h %s, head start %s, %s]", ControlChart.fmt(k),
                ControlChart.fmt(h), ControlChart.fmt(headStart), process);
    }
}
