package org.spc4j.core.control;

import java.util.Arrays;
import java.util.Locale;

import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.internal.IndividualsPass;
import org.spc4j.core.internal.Pass;
import org.spc4j.core.internal.SubgroupsPass;
import org.spc4j.core.stats.Moments;

/**
 * The estimators of {@link SigmaMethod}; package-private.
 *
 * <p>The subgroup methods and the average moving range of span 2 of individuals read the values
 * once ({@link org.spc4j.core.internal}): that pass also gives the centre of a chart fit, the
 * mean of all values, bit for bit as {@link Moments#of} computes it. The other methods work on
 * a series (the values, or the subgroup means) with one pass each.
 */
final class SigmaEstimation {

    private SigmaEstimation() {
    }

    /** The centre (mean of all values) and sigma of one stage. */
    record Fit(double center, double sigma) {
    }

    /**
     * Estimates sigma from Phase I data.
     *
     * @param data Phase I subgroups of one stage, in time order
     * @param method the estimator
     * @param span moving-range span w (moving-range methods only)
     * @param constants the constants table
     */
    static double estimate(Subgroups data, SigmaMethod method, int span, ControlConstants constants) {
        Pass pass = pass(data, method, span, constants);
        return pass != null ? sigma(pass, method, constants) : fromSeries(data, method, span, constants);
    }

    /** The centre and sigma of one stage, from one pass over the values when the method has one. */
    static Fit fit(Subgroups data, SigmaMethod method, int span, ControlConstants constants) {
        Pass pass = pass(data, method, span, constants);
        if (pass != null) {
            return new Fit(pass.mean(), sigma(pass, method, constants));
        }
        return new Fit(Moments.of(data.rawValues()).mean(), fromSeries(data, method, span, constants));
    }

    /** The one pass that gives sigma by this method, or null when the method works on a series. */
    private static Pass pass(Subgroups data, SigmaMethod method, int span, ControlConstants constants) {
        if (method.needsSubgroups()) {
            checkSizes(data, method);
            switch (method) {
                case R_BAR:
                    return SubgroupsPass.ranges(data.layout(), n -> 1.0 / constants.d2(n), n -> 1.0);
                case MVLUE_R:
                    // weights f = d2^2 / d3^2 of R / d2
                    return SubgroupsPass.ranges(data.layout(), n -> constants.d2(n) / square(constants.d3(n)),
                            n -> square(constants.d2(n) / constants.d3(n)));
                case S_BAR:
                    return SubgroupsPass.deviations(data.layout(), true, n -> 1.0 / constants.c4(n), n -> 1.0);
                case MVLUE_S:
                    // weights h = c4^2 / (1 - c4^2) of S / c4
                    return SubgroupsPass.deviations(data.layout(), true, n -> mvlueS(constants.c4(n)) / constants.c4(n),
                            n -> mvlueS(constants.c4(n)));
                case POOLED:
                    return SubgroupsPass.pooled(data.layout(), Double.NaN, Double.NaN);
                default:
                    throw new IllegalStateException("unhandled sigma method " + method);
            }
        }
        if (method == SigmaMethod.AVERAGE_MOVING_RANGE && span == 2 && data.valueCount() == data.count()) {
            checkSpan(data.count(), 2);
            return IndividualsPass.of(data.rawValues(), 0, data.valueCount());
        }
        return null;
    }

    private static double sigma(Pass pass, SigmaMethod method, ControlConstants constants) {
        switch (method) {
            case POOLED:
                return pass.pooledSigma(constants);
            case AVERAGE_MOVING_RANGE:
                return pass.movingRangeSigma(constants);
            default:
                return pass.within() / pass.weights();
        }
    }

    private static double square(double x) {
        return x * x;
    }

    private static double mvlueS(double c4) {
        return c4 * c4 / ((1.0 - c4) * (1.0 + c4));
    }

    private static void checkSizes(Subgroups data, SigmaMethod method) {
        // Equal sizes (constant time for individuals and ofSize): the first subgroup speaks for all.
        int last = data.hasEqualSizes() ? Math.min(1, data.count()) : data.count();
        for (int i = 0; i < last; i++) {
            if (data.size(i) < 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "subgroup %d (label %s) has size 1: sigma method %s needs subgroups of at least 2 values",
                        i + 1, data.label(i), method));
            }
        }
    }

    /** Sigma by a method on the series of values (individuals) or subgroup means, in time order. */
    private static double fromSeries(Subgroups data, SigmaMethod method, int span, ControlConstants constants) {
        double[] series = data.valueCount() == data.count() ? data.rawValues() : subgroupMeans(data);
        switch (method) {
            case AVERAGE_MOVING_RANGE:
                return (span == 2 ? meanMovingRange2(series) : mean(movingRanges(series, span))) / constants.d2(span);
            case MEDIAN_MOVING_RANGE:
                return median(movingRanges(series, span)) / constants.d4(span);
            case MSSD:
                return sqrtHalfMssd(series);
            case OVERALL:
                return overall(data, constants);
            default:
                throw new IllegalStateException("unhandled sigma method " + method);
        }
    }

    /** The subgroup means, in order (only read). */
    private static double[] subgroupMeans(Subgroups data) {
        double[] means = new double[data.count()];
        SubgroupsPass.statistics(data.layout(), means, null, true);
        return means;
    }

    private static void checkSpan(int count, int span) {
        if (count < span) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d values are too few for a moving range of span %d", count, span));
        }
    }

    /** Moving ranges of span w: MR_i = max - min of series[i-w+1..i], for i = w-1..N-1. */
    static double[] movingRanges(double[] series, int span) {
        checkSpan(series.length, span);
        double[] mr = new double[series.length - span + 1];
        if (span == 2) {
            // max - min of two values is exactly |a - b| (IEEE subtraction is sign-symmetric).
            for (int i = 1; i < series.length; i++) {
                mr[i - 1] = Math.abs(series[i] - series[i - 1]);
            }
            return mr;
        }
        for (int i = span - 1; i < series.length; i++) {
            double lo = series[i];
            double hi = series[i];
            for (int j = i - span + 1; j < i; j++) {
                lo = Math.min(lo, series[j]);
                hi = Math.max(hi, series[j]);
            }
            mr[i - span + 1] = hi - lo;
        }
        return mr;
    }

    /**
     * The mean of {@code movingRanges(series, 2)} without the array of moving ranges: the sum of
     * |x[i] - x[i-1]| in the block order of {@link Pass}, over N - 1.
     */
    static double meanMovingRange2(double[] series) {
        checkSpan(series.length, 2);
        return IndividualsPass.of(series, 0, series.length).movingRangeSum() / (series.length - 1);
    }

    private static double mean(double[] values) {
        return Moments.of(values).mean();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    private static double sqrtHalfMssd(double[] series) {
        if (series.length < 2) {
            throw new IllegalArgumentException("MSSD needs at least 2 values, was " + series.length);
        }
        Moments squares = Moments.create();
        for (int i = 1; i < series.length; i++) {
            double d = series[i] - series[i - 1];
            squares.accept(d * d);
        }
        return Math.sqrt(squares.mean() / 2.0);
    }

    private static double overall(Subgroups data, ControlConstants constants) {
        int n = data.valueCount();
        if (n < 2) {
            throw new IllegalArgumentException("the overall standard deviation needs at least 2 values, was " + n);
        }
        return Moments.of(data.rawValues()).standardDeviation() / constants.c4(n);
    }
}
