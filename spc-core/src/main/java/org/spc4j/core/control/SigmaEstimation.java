package org.spc4j.core.control;

import java.util.Arrays;
import java.util.Locale;

import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.stats.Moments;

/** The estimators of {@link SigmaMethod}; package-private. */
final class SigmaEstimation {

    private SigmaEstimation() {
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
        int m = data.count();
        if (method.needsSubgroups()) {
            return fromSubgroups(data, method, constants);
        }
        double[] series;
        if (data.valueCount() == m) {
            series = data.rawValues(); // only read below
        } else {
            series = new double[m];
            for (int i = 0; i < m; i++) {
                series[i] = Moments.ofRange(data.rawValues(), data.start(i), data.start(i) + data.size(i)).mean();
            }
        }
        switch (method) {
            case AVERAGE_MOVING_RANGE:
                return mean(movingRanges(series, span)) / constants.d2(span);
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

    private static double fromSubgroups(Subgroups data, SigmaMethod method, ControlConstants constants) {
        double weighted = 0.0;
        double weights = 0.0;
        double pooledSs = 0.0;
        long pooledDf = 0;
        for (int i = 0; i < data.count(); i++) {
            int n = data.size(i);
            if (n < 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "subgroup %d (label %s) has size 1: sigma method %s needs subgroups of at least 2 values",
                        i + 1, data.label(i), method));
            }
            int from = data.start(i);
            // The range methods need only the subgroup's min and max, not its moments.
            Moments g = method == SigmaMethod.R_BAR || method == SigmaMethod.MVLUE_R ? null
                    : Moments.ofRange(data.rawValues(), from, from + n);
            switch (method) {
                case R_BAR:
                    weighted += range(data.rawValues(), from, from + n) / constants.d2(n);
                    weights += 1.0;
                    break;
                case S_BAR:
                    weighted += g.standardDeviation() / constants.c4(n);
                    weights += 1.0;
                    break;
                case MVLUE_R: {
                    double d2 = constants.d2(n);
                    double d3 = constants.d3(n);
                    double f = d2 * d2 / (d3 * d3);
                    weighted += f * range(data.rawValues(), from, from + n) / d2;
                    weights += f;
                    break;
                }
                case MVLUE_S: {
                    double c4 = constants.c4(n);
                    double h = c4 * c4 / ((1.0 - c4) * (1.0 + c4));
                    weighted += h * g.standardDeviation() / c4;
                    weights += h;
                    break;
                }
                case POOLED:
                    pooledSs += g.sumOfSquaredDeviations();
                    pooledDf += n - 1;
                    break;
                default:
                    throw new IllegalStateException("unhandled sigma method " + method);
            }
        }
        if (method == SigmaMethod.POOLED) {
            return Math.sqrt(pooledSs / pooledDf) / constants.c4(Math.toIntExact(pooledDf + 1));
        }
        return weighted / weights;
    }

    /** Moving ranges of span w: MR_i = max - min of series[i-w+1..i], for i = w-1..N-1. */
    static double[] movingRanges(double[] series, int span) {
        if (series.length < span) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d values are too few for a moving range of span %d", series.length, span));
        }
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

    /** max - min of {@code values[from, to)}, as {@link Moments#range()} computes it. */
    static double range(double[] values, int from, int to) {
        double lo = values[from];
        double hi = values[from];
        for (int i = from + 1; i < to; i++) {
            lo = Math.min(lo, values[i]);
            hi = Math.max(hi, values[i]);
        }
        return hi - lo;
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
