package org.spc4j.core.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.stats.Moments;

/**
 * How to fit a variables control chart: X-bar/R, X-bar/S or individuals/moving range, with the
 * sigma method, the limit width, the constants table, known standards and the moving-range span.
 * Immutable: every {@code with*} call returns a new specification.
 *
 * <pre>{@code
 * ControlLimits limits = ChartSpec.xbarR().fit(phase1);       // Phase I: estimate once
 * ChartResult phase2 = limits.apply(newSubgroups);            // Phase II: apply unchanged
 * ChartResult all = ChartSpec.individuals().chart(data);      // fit and plot the same data
 * }</pre>
 *
 * <p>Fitting: per stage (each stage its own limits), the centre is the grand mean of all Phase I
 * values (for unequal subgroup sizes, the size-weighted mean of the subgroup means), computed as
 * {@link Moments#of} does, sigma comes from the chosen {@link SigmaMethod}; known standards
 * replace either estimate. For the default sigma methods one pass over the values gives both.
 *
 * <p>Bad input: an empty Phase I set, a subgroup of size 1 where a range or standard deviation
 * is needed, non-positive or non-finite nsigmas or sigma, a non-finite known mean, a moving-range
 * span outside 2..1000: {@link IllegalArgumentException} naming the value and, for data, the
 * subgroup. Non-finite measurements are already refused by {@link Subgroups}.
 *
 * <p>References: Montgomery, <i>Introduction to Statistical Quality Control</i>, 8th ed. (2019),
 * ch. 6; NIST/SEMATECH e-Handbook of Statistical Methods, section 6.3.2,
 * https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc32.htm.
 */
public final class ChartSpec {

    private final ChartKind kind;
    private final SigmaMethod sigmaMethod;
    private final double nsigmas;
    private final ControlConstants.Table table;
    private final int movingRangeSpan;
    private final double knownMean;
    private final double knownSigma;

    private ChartSpec(ChartKind kind, SigmaMethod sigmaMethod, double nsigmas, ControlConstants.Table table,
                      int movingRangeSpan, double knownMean, double knownSigma) {
        this.kind = kind;
        this.sigmaMethod = sigmaMethod;
        this.nsigmas = nsigmas;
        this.table = table;
        this.movingRangeSpan = movingRangeSpan;
        this.knownMean = knownMean;
        this.knownSigma = knownSigma;
    }

    /** X-bar and R charts; sigma from the average range by default. */
    public static ChartSpec xbarR() {
        return of(ChartKind.XBAR_R);
    }

    /** X-bar and S charts; sigma from the average standard deviation by default. */
    public static ChartSpec xbarS() {
        return of(ChartKind.XBAR_S);
    }

    /** Individuals and moving-range charts; sigma from the average moving range of span 2 by default. */
    public static ChartSpec individuals() {
        return of(ChartKind.INDIVIDUALS_MR);
    }

    /** The default specification of a chart kind: 3-sigma limits, exact constants. */
    public static ChartSpec of(ChartKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return new ChartSpec(kind, kind.defaultSigmaMethod(), 3.0, ControlConstants.Table.EXACT, 2, Double.NaN,
                Double.NaN);
    }

    /** The chosen sigma estimator. */
    public ChartSpec withSigmaMethod(SigmaMethod method) {
        Objects.requireNonNull(method, "method must not be null");
        if (kind == ChartKind.INDIVIDUALS_MR && method.needsSubgroups()) {
            throw new IllegalArgumentException("sigma method " + method
                    + " needs subgroups of at least 2 values; an individuals chart has subgroups of size 1");
        }
        return new ChartSpec(kind, method, nsigmas, table, movingRangeSpan, knownMean, knownSigma);
    }

    /** Limits at k sigmas of the plotted statistic (default 3). */
    public ChartSpec withNsigmas(double k) {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + k);
        }
        return new ChartSpec(kind, sigmaMethod, k, table, movingRangeSpan, knownMean, knownSigma);
    }

    /** Which constants table (exact by default; printed to reproduce a hand calculation). */
    public ChartSpec withConstants(ControlConstants.Table constants) {
        Objects.requireNonNull(constants, "constants must not be null");
        return new ChartSpec(kind, sigmaMethod, nsigmas, constants, movingRangeSpan, knownMean, knownSigma);
    }

    /** Span w of the moving range (default 2). */
    public ChartSpec withMovingRangeSpan(int span) {
        if (span < 2 || span > ControlConstants.MAX_N) {
            throw new IllegalArgumentException("moving range span must be in 2..1000, was " + span);
        }
        return new ChartSpec(kind, sigmaMethod, nsigmas, table, span, knownMean, knownSigma);
    }

    /** A known process mean (standard given) instead of the Phase I grand mean. */
    public ChartSpec withKnownMean(double mean) {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("known mean must be finite, was " + mean);
        }
        return new ChartSpec(kind, sigmaMethod, nsigmas, table, movingRangeSpan, mean, knownSigma);
    }

    /** A known process sigma (standard given) instead of the estimate. */
    public ChartSpec withKnownSigma(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("known sigma must be finite and > 0, was " + sigma);
        }
        return new ChartSpec(kind, sigmaMethod, nsigmas, table, movingRangeSpan, knownMean, sigma);
    }

    /** The chart kind. */
    public ChartKind kind() {
        return kind;
    }

    /** Phase I: estimates the limits of each stage from {@code phase1}. */
    public ControlLimits fit(Subgroups phase1) {
        Objects.requireNonNull(phase1, "phase1 must not be null");
        if (phase1.count() == 0) {
            throw new IllegalArgumentException("Phase I data are empty: there is nothing to fit limits on");
        }
        ControlConstants constants = ControlConstants.of(table);
        List<StageLimits> stages = new ArrayList<>();
        // Without stages the one stage is all of the data: no grouping, no copy.
        Map<String, List<Integer>> byStage = phase1.hasStages() ? ControlLimits.byStage(phase1)
                : Map.of("", List.of());
        for (Map.Entry<String, List<Integer>> e : byStage.entrySet()) {
            Subgroups stage = phase1.hasStages() ? phase1.select(e.getValue()) : phase1;
            checkSizes(stage);
            double center = knownMean;
            double sigma = knownSigma;
            if (Double.isNaN(sigma)) {
                // Centre and sigma from one pass over the values where the method allows (issue 9).
                SigmaEstimation.Fit fit = SigmaEstimation.fit(stage, sigmaMethod, movingRangeSpan, constants);
                sigma = fit.sigma();
                if (Double.isNaN(center)) {
                    center = fit.center();
                }
            } else if (Double.isNaN(center)) {
                center = Moments.of(stage.rawValues()).mean();
            }
            if (!(sigma > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "estimated sigma is %s (stage '%s', method %s): the Phase I data have no spread; "
                                + "give a known sigma or check the data", sigma, e.getKey(), sigmaMethod));
            }
            stages.add(new StageLimits(e.getKey(), center, sigma, stage.count()));
        }
        return new ControlLimits(kind, sigmaMethod, nsigmas, table, movingRangeSpan, phase1.count(),
                !Double.isNaN(knownMean), !Double.isNaN(knownSigma), stages);
    }

    /** Fits on all of {@code data} and charts the same data (points numbered from 1). */
    public ChartResult chart(Subgroups data) {
        return fit(data).apply(data, 1);
    }

    /**
     * Fits on the Phase I subgroups {@code [phase1From, phase1To)} (0-based) and charts all of
     * {@code data} against those limits (points numbered from 1).
     */
    public ChartResult chart(Subgroups data, int phase1From, int phase1To) {
        Objects.requireNonNull(data, "data must not be null");
        if (phase1From < 0 || phase1To > data.count() || phase1From >= phase1To) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Phase I range [%d, %d) must be a non-empty range of the %d subgroups: "
                            + "fit limits on Phase I data before checking Phase II", phase1From, phase1To, data.count()));
        }
        return fit(data.slice(phase1From, phase1To)).apply(data, 1);
    }

    private void checkSizes(Subgroups data) {
        // Equal sizes (constant time for individuals and ofSize): the first subgroup speaks for all.
        int last = data.count() > 0 && data.hasEqualSizes() ? 1 : data.count();
        for (int i = 0; i < last; i++) {
            int n = data.size(i);
            if (kind == ChartKind.INDIVIDUALS_MR && n != 1) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "subgroup %d (label %s) has size %d: an individuals chart needs one value per subgroup",
                        i + 1, data.label(i), n));
            }
            if (kind != ChartKind.INDIVIDUALS_MR && n < 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "subgroup %d (label %s) has size 1: an %s chart needs subgroups of at least 2 values",
                        i + 1, data.label(i), kind == ChartKind.XBAR_R ? "R" : "S"));
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ChartSpec[%s, sigma %s, %s-sigma, %s constants%s%s]", kind, sigmaMethod,
                ControlChart.fmt(nsigmas), table,
                Double.isNaN(knownMean) ? "" : ", known mean " + knownMean,
                Double.isNaN(knownSigma) ? "" : ", known sigma " + knownSigma);
    }
}
