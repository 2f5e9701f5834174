package org.spc4j.core.capability;

import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.internal.IndividualsPass;
import org.spc4j.core.internal.Layout;
import org.spc4j.core.internal.Pass;
import org.spc4j.core.internal.SubgroupsAccess;
import org.spc4j.core.internal.SubgroupsPass;

/**
 * Normal-theory process capability analysis: how the within and overall sigmas are estimated
 * and which conventions the indices and intervals follow. Immutable and thread-safe: every
 * {@code with*} call returns a new analysis.
 *
 * <pre>{@code
 * Capability c = CapabilityAnalysis.withDefaults().analyze(subgroups, SpecLimits.twoSided(73.95, 74.05));
 * System.out.println(c);                                   // table of indices and ppm
 * System.out.println(c.intervals(0.95, Bounds.TWO_SIDED)); // confidence intervals
 * }</pre>
 *
 * <p>Defaults (as Minitab): within sigma by the pooled standard deviation
 * ({@link SigmaMethod#POOLED}, \(s_p/c_4(d+1)\)) when subgroups have more than one value, by the
 * average moving range of span 2 ({@link SigmaMethod#AVERAGE_MOVING_RANGE}, \(\overline{MR}/d_2\))
 * for individual values; overall sigma the sample standard deviation ({@link OverallSigma#SAMPLE});
 * Cpm with the overall sigma ({@link CpmSigma#OVERALL}); exact constants;
 * {@link Convention#MINITAB}. Stages of the data are ignored: all values form one process.
 *
 * <p>Degrees of freedom \(\nu\) of the within sigma, used by the Cp, CPL, CPU and Cpk intervals
 * ({@link Convention#MINITAB}; Minitab, Methods and formulas for Normal Capability Analysis),
 * with \(k\) subgroups (or individual values), \(\bar n = N/k\) and moving-range span \(w\):
 * pooled \(\sum(n_i - 1)\); R-bar and MVLUE-R \(0.9\,k(\bar n - 1)\); S-bar and MVLUE-S
 * \(f_{\bar n}\,k(\bar n - 1)\) with \(f_n\) = 0.88, 0.92, 0.94, 0.95 for n = 2..5, 0.96 for 6-7,
 * 0.97 for 8-9, 0.98 for 10-17, 0.99 for 18-64 and 1 from 65 (\(\bar n\) rounded); average or median
 * moving range \(k - w + 1\); MSSD \(k - 1\); overall \(N - 1\). The overall sigma has
 * \(N - 1\). Under {@link Convention#QCC} both are \(N - 1\).
 *
 * <p>Bad input: fewer than 2 values, data without spread (the within or the overall sigma is
 * 0, for example all values equal), subgroups of size 1 mixed with larger ones under a subgroup
 * sigma method: {@link IllegalArgumentException} with the reason; capability indices are never
 * returned as infinite or 0 for degenerate data.
 *
 * <p>References: Montgomery, <i>Introduction to Statistical Quality Control</i>, 8th ed. (2019),
 * ch. 8; Bissell (1990), "How reliable is your capability index?", Applied Statistics 39(3),
 * doi:10.2307/2347392; Boyles (1991), "The Taguchi capability index", J. Quality Technology 23(1),
 * doi:10.1080/00224065.1991.11979279; Chan, Cheng and Spiring (1988), "A new measure of process
 * capability: Cpm", J. Quality Technology 20(3), doi:10.1080/00224065.1988.11979102.
 */
public final class CapabilityAnalysis {

    private static final CapabilityAnalysis DEFAULTS = new CapabilityAnalysis(null, 2, ControlConstants.Table.EXACT,
            OverallSigma.SAMPLE, CpmSigma.OVERALL, Convention.MINITAB);

    /** The within sigma method; null means the default for the data (pooled or average MR). */
    private final SigmaMethod withinMethod;
    private final int movingRangeSpan;
    private final ControlConstants.Table table;
    private final OverallSigma overallSigma;
    private final CpmSigma cpmSigma;
    private final Convention convention;

    private CapabilityAnalysis(SigmaMethod withinMethod, int movingRangeSpan, ControlConstants.Table table,
                               OverallSigma overallSigma, CpmSigma cpmSigma, Convention convention) {
        this.withinMethod = withinMethod;
        this.movingRangeSpan = movingRangeSpan;
        this.table = table;
        this.overallSigma = overallSigma;
        this.cpmSigma = cpmSigma;
        this.convention = convention;
    }

    /** The Minitab defaults described above. */
    public static CapabilityAnalysis withDefaults() {
        return DEFAULTS;
    }

    /** The within-subgroup sigma method (default: pooled for subgroups, average MR for individuals). */
    public CapabilityAnalysis withWithinSigma(SigmaMethod method) {
        Objects.requireNonNull(method, "method must not be null");
        return new CapabilityAnalysis(method, movingRangeSpan, table, overallSigma, cpmSigma, convention);
    }

    /** Span w of the moving range for the moving-range sigma methods (default 2). */
    public CapabilityAnalysis withMovingRangeSpan(int span) {
        if (span < 2 || span > ControlConstants.MAX_N) {
            throw new IllegalArgumentException("moving range span must be in 2..1000, was " + span);
        }
        return new CapabilityAnalysis(withinMethod, span, table, overallSigma, cpmSigma, convention);
    }

    /** The constants table (exact by default; printed to reproduce qcc or a hand calculation). */
    public CapabilityAnalysis withConstants(ControlConstants.Table constants) {
        Objects.requireNonNull(constants, "constants must not be null");
        return new CapabilityAnalysis(withinMethod, movingRangeSpan, constants, overallSigma, cpmSigma, convention);
    }

    /** How the overall sigma is computed (default {@link OverallSigma#SAMPLE}). */
    public CapabilityAnalysis withOverallSigma(OverallSigma overall) {
        Objects.requireNonNull(overall, "overall must not be null");
        return new CapabilityAnalysis(withinMethod, movingRangeSpan, table, overall, cpmSigma, convention);
    }

    /** Which sigma Cpm uses (default {@link CpmSigma#OVERALL}). */
    public CapabilityAnalysis withCpmSigma(CpmSigma sigma) {
        Objects.requireNonNull(sigma, "sigma must not be null");
        return new CapabilityAnalysis(withinMethod, movingRangeSpan, table, overallSigma, sigma, convention);
    }

    /** Minitab or qcc formulas where they differ (default {@link Convention#MINITAB}). */
    public CapabilityAnalysis withConvention(Convention c) {
        Objects.requireNonNull(c, "convention must not be null");
        return new CapabilityAnalysis(withinMethod, movingRangeSpan, table, overallSigma, cpmSigma, c);
    }

    /** Capability of individual values (within sigma by default from the average moving range). */
    public Capability analyze(double[] individuals, SpecLimits specs) {
        Objects.requireNonNull(individuals, "individuals must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        if (individuals.length >= 2 && withinFromMovingRanges(true)) {
            // One pass over the caller's array, without the validating copy of Subgroups.individuals:
            // finite sums mean finite values; otherwise the copy below reports the bad value.
            Pass pass = IndividualsPass.of(individuals, 0, individuals.length, specs.lsl(), specs.usl());
            if (pass.isFinite()) {
                return analyze(pass, individuals.length, SigmaMethod.AVERAGE_MOVING_RANGE,
                        pass.movingRangeSigma(ControlConstants.of(table)), specs);
            }
        }
        return analyze(Subgroups.individuals(individuals), specs);
    }

    /**
     * Capability of subgroups in time order.
     *
     * <p>The mean and the overall standard deviation (as {@link org.spc4j.core.stats.Moments#of}
     * computes them), the counts outside the limits and the default within sigma (pooled, or the
     * average moving range of span 2 of individuals) come from one pass over the values; another
     * within sigma method adds its own estimate.
     *
     * @throws IllegalArgumentException for fewer than 2 values or data without spread
     */
    public Capability analyze(Subgroups data, SpecLimits specs) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        int n = data.valueCount();
        if (n < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "capability needs at least 2 values, got %d: no spread can be estimated", n));
        }
        ControlConstants constants = ControlConstants.of(table);
        boolean individuals = n == data.count();
        SigmaMethod method = withinMethod(individuals);
        Layout layout = SubgroupsAccess.layout(data);
        Pass pass;
        double within;
        if (method == SigmaMethod.POOLED && !individuals && layout.minSize() >= 2) {
            pass = SubgroupsPass.pooled(layout, specs.lsl(), specs.usl());
            within = pass.pooledSigma(constants);
        } else {
            pass = IndividualsPass.of(layout.values(), 0, n, specs.lsl(), specs.usl());
            within = withinFromMovingRanges(individuals) ? pass.movingRangeSigma(constants)
                    : method.estimate(data, movingRangeSpan, constants);
        }
        return analyze(pass, data.count(), method, within, specs);
    }

    /** The default within sigma method for the data, or the chosen one. */
    private SigmaMethod withinMethod(boolean individuals) {
        if (withinMethod != null) {
            return withinMethod;
        }
        return individuals ? SigmaMethod.AVERAGE_MOVING_RANGE : SigmaMethod.POOLED;
    }

    /** True when the within sigma is the average moving range of span 2 of individual values. */
    private boolean withinFromMovingRanges(boolean individuals) {
        return individuals && withinMethod(true) == SigmaMethod.AVERAGE_MOVING_RANGE && movingRangeSpan == 2;
    }

    /** The indices from one pass over all values (moments and counts) and the within sigma. */
    private Capability analyze(Pass pass, int subgroups, SigmaMethod method, double within, SpecLimits specs) {
        int n = pass.count();
        if (pass.allEqual()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the data have no spread: all %d values equal %s, so capability indices would be infinite",
                    n, Fmt.num(pass.first())));
        }
        if (!(within > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the within-subgroup sigma estimated by %s is %s: the data have no spread within "
                            + "subgroups (or between consecutive points), so Cp and Cpk would be infinite; "
                            + "choose another sigma method or check the data", method, within));
        }
        double overall = Math.sqrt(pass.sumOfSquaredDeviations() / (n - 1));
        if (overallSigma == OverallSigma.UNBIASED) {
            overall /= ControlConstants.exact().c4(n);
        }
        double withinDf = convention == Convention.QCC ? n - 1 : withinDf(subgroups, n, method, movingRangeSpan);
        double overallDf = n - 1;
        return Capability.compute(this, specs, n, pass.below(), pass.above(), subgroups, pass.mean(), method, within,
                withinDf, overall, overallDf);
    }

    CpmSigma cpmSigma() {
        return cpmSigma;
    }

    Convention convention() {
        return convention;
    }

    /**
     * Capability from summary statistics computed elsewhere, for example by a distributed engine
     * from mergeable accumulators: the same formulas as {@link #analyze(Subgroups, SpecLimits)},
     * which gives the identical result when the summary holds the numbers it computes from the data
     * (the overall standard deviation, the within sigma of the summary's method and span, the
     * counts outside the limits). This analysis's conventions (overall sigma, Cpm sigma, Minitab or
     * qcc) apply; its constants table is the one the within sigma must have been estimated with.
     *
     * @throws IllegalArgumentException when this analysis fixes a within sigma method other than
     *     the summary's, or for data without spread (a standard deviation or within sigma of 0)
     */
    public Capability analyze(CapabilitySummary summary, SpecLimits specs) {
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        SigmaMethod method = summary.withinMethod();
        if (withinMethod != null && withinMethod != method) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "this analysis estimates the within sigma by %s, the summary's is by %s", withinMethod, method));
        }
        int n = summary.n();
        if (!(summary.standardDeviation() > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the data have no spread: the standard deviation of all %d values is 0, so capability indices "
                            + "would be infinite", n));
        }
        double within = summary.withinSigma();
        if (!(within > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the within-subgroup sigma estimated by %s is %s: the data have no spread within "
                            + "subgroups (or between consecutive points), so Cp and Cpk would be infinite; "
                            + "choose another sigma method or check the data", method, within));
        }
        double overall = summary.standardDeviation();
        if (overallSigma == OverallSigma.UNBIASED) {
            overall /= ControlConstants.exact().c4(n);
        }
        double withinDf = convention == Convention.QCC ? n - 1
                : withinDf(summary.subgroups(), n, method, summary.movingRangeSpan());
        return Capability.compute(this, specs, n, summary.below(), summary.above(), summary.subgroups(),
                summary.mean(), method, within, withinDf, overall, n - 1);
    }

    private static double withinDf(int k, int n, SigmaMethod method, int movingRangeSpan) {
        double nbar = (double) n / k;
        switch (method) {
            case POOLED:
                return n - k;
            case R_BAR:
            case MVLUE_R:
                return 0.9 * k * (nbar - 1);
            case S_BAR:
            case MVLUE_S:
                return sbarFactor((int) Math.round(nbar)) * k * (nbar - 1);
            case AVERAGE_MOVING_RANGE:
            case MEDIAN_MOVING_RANGE:
                return k - movingRangeSpan + 1;
            case MSSD:
                return k - 1;
            case OVERALL:
                return n - 1;
            default:
                throw new IllegalStateException("unhandled sigma method " + method);
        }
    }

    /** Minitab's adjustment f_n of the S-bar degrees of freedom. */
    static double sbarFactor(int n) {
        if (n <= 2) {
            return 0.88;
        } else if (n == 3) {
            return 0.92;
        } else if (n == 4) {
            return 0.94;
        } else if (n == 5) {
            return 0.95;
        } else if (n <= 7) {
            return 0.96;
        } else if (n <= 9) {
            return 0.97;
        } else if (n <= 17) {
            return 0.98;
        } else if (n <= 64) {
            return 0.99;
        }
        return 1.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "CapabilityAnalysis[within %s, span %d, %s constants, overall %s, Cpm sigma %s, convention %s]",
                withinMethod == null ? "default (POOLED / AVERAGE_MOVING_RANGE)" : withinMethod, movingRangeSpan,
                table, overallSigma, cpmSigma, convention);
    }
}
