package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;

/**
 * The in-control process a time-weighted chart (EWMA, CUSUM, moving average) watches: target
 * mean \(\mu_0\) and standard deviation \(\sigma\) of one measurement, estimated in Phase I or
 * given as known standards. A subgroup mean of \(n\) values then has sigma \(\sigma/\sqrt n\).
 *
 * @param center target \(\mu_0\): the grand mean of the Phase I values, or the known mean
 * @param sigma process sigma: the estimate, or the known sigma
 * @param sigmaMethod how sigma was estimated (recorded even when sigma was known)
 * @param table the constants table used by the estimate
 * @param phase1Count number of Phase I subgroups (0 when both parameters are known standards)
 * @param knownCenter true when the centre was given, not estimated
 * @param knownSigma true when sigma was given, not estimated
 */
public record ProcessParameters(double center, double sigma, SigmaMethod sigmaMethod, ControlConstants.Table table,
                                int phase1Count, boolean knownCenter, boolean knownSigma) {

    public ProcessParameters {
        Objects.requireNonNull(sigmaMethod, "sigmaMethod must not be null");
        Objects.requireNonNull(table, "table must not be null");
        if (!Double.isFinite(center)) {
            throw new IllegalArgumentException("center must be finite, was " + center);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sigma must be finite and > 0, was %s: the Phase I data have no spread", sigma));
        }
        if (phase1Count < 0) {
            throw new IllegalArgumentException("phase1Count must be >= 0, was " + phase1Count);
        }
        if (phase1Count == 0 && !(knownCenter && knownSigma)) {
            throw new IllegalArgumentException(
                    "no Phase I subgroups: fit on Phase I data (or give both mean and sigma) before Phase II");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "center %s%s, sigma %s (%s), %s", ControlChart.fmt(center),
                knownCenter ? " (known)" : "", ControlChart.fmt(sigma), knownSigma ? "known" : sigmaMethod + ", "
                        + table + " constants",
                phase1Count == 0 ? "no Phase I data" : "fitted on " + phase1Count + " subgroups");
    }
}
