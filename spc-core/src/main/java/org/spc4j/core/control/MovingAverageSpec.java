package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;

/**
 * How to fit a moving-average chart of span w on individuals or subgroup means, with limit width
 * L (default 3) and how the process target and sigma are obtained. Immutable: every
 * {@code with*} call returns a new specification.
 *
 * <pre>{@code
 * MovingAverageResult r = MovingAverageSpec.ofSpan(5).chart(Subgroups.individuals(x));
 * }</pre>
 *
 * <p>Definition (details in {@link MovingAverageLimits}): \( M_i = (\bar x_i + \dots + \bar x_{i-w+1})/w \)
 * with limits \( \mu_0 \pm L\sigma/\sqrt{w\,n} \); the first w-1 points average fewer values and
 * have correspondingly wider limits. Fitting as for {@link EwmaSpec}. Stages are not supported.
 *
 * <p>Bad input: a span below 1, non-positive or non-finite L or sigma: {@link IllegalArgumentException}
 * naming the value.
 *
 * <p>Reference: Montgomery, <i>Introduction to Statistical Quality Control</i>, 8th ed. (2019),
 * section 9.3 (the moving average control chart).
 */
public final class MovingAverageSpec {

    private final int span;
    private final double nsigmas;
    private final ProcessSpec process;

    private MovingAverageSpec(int span, double nsigmas, ProcessSpec process) {
        this.span = span;
        this.nsigmas = nsigmas;
        this.process = process;
    }

    /** Span w >= 1 (1 gives a Shewhart chart of the means), 3-sigma limits. */
    public static MovingAverageSpec ofSpan(int span) {
        return new MovingAverageSpec(checkSpan(span), 3.0, ProcessSpec.DEFAULT);
    }

    /** Limit width L in sigmas of the moving average (default 3). */
    public MovingAverageSpec withNsigmas(double l) {
        if (!(l > 0) || Double.isInfinite(l)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + l);
        }
        return new MovingAverageSpec(span, l, process);
    }

    /** The sigma estimator for Phase I data. */
    public MovingAverageSpec withSigmaMethod(SigmaMethod method) {
        return new MovingAverageSpec(span, nsigmas, process.withSigmaMethod(method));
    }

    /** Which constants table the sigma estimate uses (exact by default). */
    public MovingAverageSpec withConstants(ControlConstants.Table constants) {
        return new MovingAverageSpec(span, nsigmas, process.withConstants(constants));
    }

    /** A known target mean instead of the Phase I grand mean. */
    public MovingAverageSpec withKnownMean(double mean) {
        return new MovingAverageSpec(span, nsigmas, process.withKnownMean(mean));
    }

    /** A known process sigma (of one value) instead of the estimate. */
    public MovingAverageSpec withKnownSigma(double sigma) {
        return new MovingAverageSpec(span, nsigmas, process.withKnownSigma(sigma));
    }

    /** Limits from a known mean and sigma alone, without Phase I data. */
    public MovingAverageLimits limits() {
        return new MovingAverageLimits(span, nsigmas, process.known());
    }

    /** Phase I: estimates target and sigma from {@code phase1}. */
    public MovingAverageLimits fit(Subgroups phase1) {
        return new MovingAverageLimits(span, nsigmas, process.fit(phase1, "moving-average"));
    }

    /** Fits on all of {@code data} and charts the same data (points numbered from 1). */
    public MovingAverageResult chart(Subgroups data) {
        return fit(data).apply(data, 1);
    }

    /** Fits on the Phase I subgroups {@code [phase1From, phase1To)} and charts all of {@code data}. */
    public MovingAverageResult chart(Subgroups data, int phase1From, int phase1To) {
        Objects.requireNonNull(data, "data must not be null");
        EwmaSpec.checkRange(data.count(), phase1From, phase1To);
        return fit(data.slice(phase1From, phase1To)).apply(data, 1);
    }

    static int checkSpan(int span) {
        if (span < 1) {
            throw new IllegalArgumentException("span must be >= 1, was " + span);
        }
        return span;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MovingAverageSpec[span %d, %s-sigma, %s]", span, ControlChart.fmt(nsigmas),
                process);
    }
}
