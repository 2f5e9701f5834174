package org.spc4j.core.capability;

import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.control.SigmaMethod;

/**
 * The summary statistics a capability analysis needs, computed elsewhere: for example by a
 * distributed engine from mergeable accumulators ({@code Moments} of all values, the within
 * sigma from per-subgroup or moving-range accumulators, two counters). Given the numbers that
 * {@link CapabilityAnalysis#analyze(org.spc4j.core.control.Subgroups, SpecLimits)} computes from
 * the data itself, {@link CapabilityAnalysis#analyze(CapabilitySummary, SpecLimits)} gives the
 * identical result.
 *
 * @param n number of values N, at least 2
 * @param subgroups number of subgroups k (N for individual values), 1..N
 * @param mean mean of all values
 * @param standardDeviation sample standard deviation of all values (divisor N - 1)
 * @param withinMethod how {@code withinSigma} was estimated
 * @param withinSigma the within sigma, as {@link SigmaMethod#estimate} gives it
 * @param movingRangeSpan span w of the moving range behind {@code withinSigma} (2 unless a
 *        moving-range method with another span was used)
 * @param below number of values strictly below the LSL (0 without an LSL)
 * @param above number of values strictly above the USL (0 without a USL)
 */
public record CapabilitySummary(int n, int subgroups, double mean, double standardDeviation,
                                SigmaMethod withinMethod, double withinSigma, int movingRangeSpan, long below,
                                long above) {

    public CapabilitySummary {
        Objects.requireNonNull(withinMethod, "withinMethod must not be null");
        if (n < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "capability needs at least 2 values, got %d: no spread can be estimated", n));
        }
        if (subgroups < 1 || subgroups > n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "subgroups must be in 1..%d (the number of values), was %d", n, subgroups));
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite, was " + mean);
        }
        if (!(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException("standard deviation must be finite and >= 0, was " + standardDeviation);
        }
        if (movingRangeSpan < 2) {
            throw new IllegalArgumentException("movingRangeSpan must be >= 2, was " + movingRangeSpan);
        }
        if (below < 0 || above < 0 || below + above > n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "counts outside the limits must be >= 0 and at most N = %d together, were below %d, above %d",
                    n, below, above));
        }
    }
}
