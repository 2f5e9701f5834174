package org.spc4j.core.capability;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;

/**
 * The result of a normal-theory capability analysis ({@link CapabilityAnalysis}): within
 * indices Cp, CPL, CPU, Cpk, overall indices Pp, PPL, PPU, Ppk, Cpm, Z.bench, expected and
 * observed parts per million. Immutable; {@link #toString()} prints a table.
 *
 * <p>Definitions, with \(\bar x\) the mean of all N values, \(\sigma_w\) the within and
 * \(\sigma_o\) the overall sigma: the indices of {@link CapabilityIndices} with \(\sigma_w\)
 * (within) and \(\sigma_o\) (overall);
 * \[ C_{pm} = \frac{\min(T - LSL,\ USL - T)}{3\tau},\quad \tau = \sqrt{\sigma^2 + (\bar x - T)^2} \]
 * with \(\sigma\) chosen by {@link CpmSigma} and the target T given, or the midpoint of two-sided
 * limits when none is given (as qcc; {@link #targetGiven()} tells which); NaN for one-sided limits
 * without a target. Under {@link Convention#QCC} the numerator is \((USL - LSL)/6\).
 * Expected ppm \(10^6\,\Phi((LSL - \bar x)/\sigma)\) below and \(10^6\,(1 - \Phi((USL - \bar x)/\sigma))\)
 * above, computed through erfc so that far tails keep their precision; observed ppm counts values
 * strictly below the LSL or strictly above the USL. \(Z_{bench} = \Phi^{-1}(1 - P)\), \(P\) the total
 * expected fraction outside the limits (Minitab); for one-sided limits it is the one-sided z. When
 * \(P\) (or, for a mean outside the limits, \(1 - P\)) underflows (below about 1e-308) it is
 * approximated by the nearer one-sided z, which is then within \(\ln 2 / |z| < 0.02\) of the exact value.
 *
 * <p>Minitab's overall Cpm uses \(\tau^2 = \sum(x_i - T)^2/(N-1) = s^2 + \tfrac{N}{N-1}(\bar x - T)^2\);
 * this class uses \(s^2 + (\bar x - T)^2\) (Boyles 1991, and qcc with its sigma), which differs by
 * \((\bar x - T)^2/(N-1)\).
 *
 * <p>Confidence intervals ({@link #intervals}, {@link #interval}), with \(\nu\) the degrees of
 * freedom of the sigma used (see {@link CapabilityAnalysis}) and \(z\) the normal quantile at
 * \(1-\alpha/2\) (two-sided) or \(1-\alpha\) (one-sided):
 * <ul>
 *   <li>Cp, Pp: \( \hat C_p \sqrt{\chi^2_{\alpha/2,\nu}/\nu} \), \( \hat C_p \sqrt{\chi^2_{1-\alpha/2,\nu}/\nu} \).</li>
 *   <li>CPL, CPU, Cpk, PPL, PPU, Ppk (Bissell 1990): \( \hat C \pm z\sqrt{1/(9N) + \hat C^2/(2\nu)} \).</li>
 *   <li>Cpm (Boyles 1991): \( \hat C_{pm}\sqrt{\chi^2_{\alpha/2,\nu}/\nu} \) ... with
 *       \(\nu = N(1+a^2)^2/(1+2a^2)\), \(a = (\bar x - T)/\sigma\) ({@link Convention#QCC}:
 *       \(N(1+a^2)/(1+2a^2)\)).</li>
 * </ul>
 *
 * <p>References: see {@link CapabilityAnalysis}; Minitab, "Methods and formulas for Normal
 * Capability Analysis" (Minitab 21 Help).
 *
 * @param specs the specification limits
 * @param target the target used by Cpm (given, or the midpoint of two-sided limits; NaN if none)
 * @param targetGiven true when the target was given, false when it is the midpoint (or absent)
 * @param n number of values N
 * @param subgroups number of subgroups
 * @param mean mean of all values
 * @param withinMethod how the within sigma was estimated
 * @param withinSigma the within-subgroup sigma
 * @param withinDf degrees of freedom of the within sigma (for intervals)
 * @param overallSigma the overall sigma
 * @param overallDf degrees of freedom of the overall sigma, N - 1
 * @param within Cp, CPL, CPU, Cpk
 * @param overall Pp, PPL, PPU, Ppk
 * @param cpm Cpm (NaN when there is no target)
 * @param cpmSigma which sigma Cpm uses
 * @param convention Minitab or qcc formulas where they differ
 * @param zBenchWithin Z.bench from the within sigma
 * @param zBenchOverall Z.bench from the overall sigma
 * @param expectedWithin expected ppm from the normal distribution with the within sigma
 * @param expectedOverall expected ppm from the normal distribution with the overall sigma
 * @param observed observed ppm
 */
public record Capability(SpecLimits specs, double target, boolean targetGiven, int n, int subgroups, double mean,
                         SigmaMethod withinMethod, double withinSigma, double withinDf, double overallSigma,
                         double overallDf, CapabilityIndices within, CapabilityIndices overall, double cpm,
                         CpmSigma cpmSigma, Convention convention, double zBenchWithin, double zBenchOverall,
                         Ppm expectedWithin, Ppm expectedOverall, Ppm observed) {

    /** The indices that have confidence intervals. */
    public enum Index { CP, CPL, CPU, CPK, PP, PPL, PPU, PPK, CPM }

    public Capability {
        Objects.requireNonNull(specs, "specs must not be null");
        Objects.requireNonNull(withinMethod, "withinMethod must not be null");
        Objects.requireNonNull(within, "within must not be null");
        Objects.requireNonNull(overall, "overall must not be null");
        Objects.requireNonNull(cpmSigma, "cpmSigma must not be null");
        Objects.requireNonNull(convention, "convention must not be null");
        Objects.requireNonNull(expectedWithin, "expectedWithin must not be null");
        Objects.requireNonNull(expectedOverall, "expectedOverall must not be null");
        Objects.requireNonNull(observed, "observed must not be null");
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, was " + n);
        }
        if (!(withinSigma > 0) || !(overallSigma > 0) || Double.isInfinite(withinSigma)
                || Double.isInfinite(overallSigma)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sigmas must be finite and > 0, were within %s, overall %s", withinSigma, overallSigma));
        }
        if (!(withinDf > 0) || !(overallDf > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "degrees of freedom must be > 0, were within %s, overall %s", withinDf, overallDf));
        }
    }

    /** Capability of subgroups with the default analysis ({@link CapabilityAnalysis#withDefaults()}). */
    public static Capability of(Subgroups data, SpecLimits specs) {
        return CapabilityAnalysis.withDefaults().analyze(data, specs);
    }

    /** Capability of individual values with the default analysis. */
    public static Capability of(double[] individuals, SpecLimits specs) {
        return CapabilityAnalysis.withDefaults().analyze(individuals, specs);
    }

    /** The indices from summary statistics: N values, of which {@code below} lie below the LSL and {@code above} above the USL. */
    static Capability compute(CapabilityAnalysis a, SpecLimits specs, int n, long below, long above, int subgroups,
                              double mean, SigmaMethod method, double within, double withinDf, double overall,
                              double overallDf) {
        CapabilityIndices w = CapabilityIndices.of(specs, mean, within);
        CapabilityIndices o = CapabilityIndices.of(specs, mean, overall);
        boolean targetGiven = specs.hasTarget();
        double target = targetGiven ? specs.target() : specs.midpoint();
        double cpm = Double.NaN;
        if (!Double.isNaN(target)) {
            double sigma = a.cpmSigma() == CpmSigma.OVERALL ? overall : within;
            double dev = mean - target;
            double tau = Math.sqrt(sigma * sigma + dev * dev);
            if (a.convention() == Convention.QCC) {
                cpm = specs.isTwoSided() ? (specs.usl() - specs.lsl()) / (6 * tau) : Double.NaN;
            } else {
                double half = Math.min(specs.hasLower() ? target - specs.lsl() : Double.POSITIVE_INFINITY,
                        specs.hasUpper() ? specs.usl() - target : Double.POSITIVE_INFINITY);
                cpm = half / (3 * tau);
            }
        }
        Ppm obs = new Ppm(specs.hasLower() ? 1e6 * below / n : Double.NaN,
                specs.hasUpper() ? 1e6 * above / n : Double.NaN);
        double[] zw = new double[1];
        double[] zo = new double[1];
        Ppm ew = expected(specs, mean, within, zw);
        Ppm eo = expected(specs, mean, overall, zo);
        return new Capability(specs, target, targetGiven, n, subgroups, mean, method, within, withinDf, overall,
                overallDf, w, o, cpm, a.cpmSigma(), a.convention(), zw[0], zo[0], ew, eo, obs);
    }

    /** Expected ppm for N(mean, sigma); writes Z.bench into zBench[0]. */
    private static Ppm expected(SpecLimits specs, double mean, double sigma, double[] zBench) {
        double zl = specs.hasLower() ? (specs.lsl() - mean) / sigma : Double.NaN;
        double zu = specs.hasUpper() ? (specs.usl() - mean) / sigma : Double.NaN;
        double pl = specs.hasLower() ? NormalTail.cdf(zl) : Double.NaN;
        double pu = specs.hasUpper() ? NormalTail.upper(zu) : Double.NaN;
        zBench[0] = zBench(specs, zl, zu, pl, pu);
        return new Ppm(1e6 * pl, 1e6 * pu);
    }

    /**
     * Z.bench = Phi^-1(1 - P). One-sided: the one-sided z itself. Two-sided: from P when P &lt; 1/2,
     * otherwise from the probability inside the limits computed from the tails on the mean's side
     * (no cancellation); when a probability underflows, the nearer one-sided z.
     */
    private static double zBench(SpecLimits specs, double zl, double zu, double pl, double pu) {
        if (!specs.hasUpper()) {
            return -zl;
        }
        if (!specs.hasLower()) {
            return zu;
        }
        double p = pl + pu;
        if (p < 0.5) {
            return p > 0 ? NormalTail.upperQuantile(p) : Math.min(-zl, zu);
        }
        double inside = zl >= 0 ? NormalTail.upper(zl) - pu
                : zu <= 0 ? NormalTail.cdf(zu) - pl : 1 - p;
        if (inside > 0) {
            return -NormalTail.upperQuantile(inside);
        }
        return zl >= 0 ? -zl : zu;
    }

    /** Cp (NaN for one-sided limits). */
    public double cp() {
        return within.p();
    }

    /** CPL (NaN without an LSL). */
    public double cpl() {
        return within.pl();
    }

    /** CPU (NaN without a USL). */
    public double cpu() {
        return within.pu();
    }

    /** Cpk. */
    public double cpk() {
        return within.pk();
    }

    /** Pp (NaN for one-sided limits). */
    public double pp() {
        return overall.p();
    }

    /** PPL (NaN without an LSL). */
    public double ppl() {
        return overall.pl();
    }

    /** PPU (NaN without a USL). */
    public double ppu() {
        return overall.pu();
    }

    /** Ppk. */
    public double ppk() {
        return overall.pk();
    }

    /** The point estimate of an index; NaN when it is not defined for these limits. */
    public double value(Index index) {
        Objects.requireNonNull(index, "index must not be null");
        switch (index) {
            case CP: return cp();
            case CPL: return cpl();
            case CPU: return cpu();
            case CPK: return cpk();
            case PP: return pp();
            case PPL: return ppl();
            case PPU: return ppu();
            case PPK: return ppk();
            default: return cpm;
        }
    }

    /**
     * The confidence interval or one-sided bound of one index.
     *
     * @param level confidence level in (0, 1), e.g. 0.95
     * @param bounds two-sided, lower or upper
     * @throws IllegalArgumentException for a level outside (0, 1)
     * @throws IllegalStateException when the index is not defined for these limits (Cp of
     *     one-sided limits, CPL without an LSL, Cpm without a target)
     */
    public Interval interval(Index index, double level, Bounds bounds) {
        Objects.requireNonNull(bounds, "bounds must not be null");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
        double est = value(index);
        if (Double.isNaN(est)) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s is not defined for %s, so it has no interval", index, specs));
        }
        double alpha = 1 - level;
        double qLo = bounds == Bounds.TWO_SIDED ? alpha / 2 : alpha;
        double qHi = bounds == Bounds.TWO_SIDED ? 1 - alpha / 2 : 1 - alpha;
        double z = NormalTail.upperQuantile(1 - qHi);
        double lo;
        double hi;
        switch (index) {
            case CP:
            case PP: {
                double df = index == Index.CP ? withinDf : overallDf;
                ChiSquaredDistribution chi = new ChiSquaredDistribution(null, df);
                lo = est * Math.sqrt(chi.inverseCumulativeProbability(qLo) / df);
                hi = est * Math.sqrt(chi.inverseCumulativeProbability(qHi) / df);
                break;
            }
            case CPM: {
                double sigma = cpmSigma == CpmSigma.OVERALL ? overallSigma : withinSigma;
                double a = (mean - target) / sigma;
                double a2 = a * a;
                double df = convention == Convention.QCC ? n * (1 + a2) / (1 + 2 * a2)
                        : n * (1 + a2) * (1 + a2) / (1 + 2 * a2);
                ChiSquaredDistribution chi = new ChiSquaredDistribution(null, df);
                lo = est * Math.sqrt(chi.inverseCumulativeProbability(qLo) / df);
                hi = est * Math.sqrt(chi.inverseCumulativeProbability(qHi) / df);
                break;
            }
            default: {
                boolean isWithin = index == Index.CPL || index == Index.CPU || index == Index.CPK;
                double df = isWithin ? withinDf : overallDf;
                double se = Math.sqrt(1.0 / (9.0 * n) + est * est / (2.0 * df));
                lo = est - z * se;
                hi = est + z * se;
                break;
            }
        }
        if (bounds == Bounds.LOWER) {
            hi = Double.POSITIVE_INFINITY;
        } else if (bounds == Bounds.UPPER) {
            lo = Double.NEGATIVE_INFINITY;
        }
        return new Interval(lo, hi, level, bounds);
    }

    /** Intervals of every index defined for these limits. */
    public CapabilityIntervals intervals(double level, Bounds bounds) {
        Map<Index, Interval> map = new EnumMap<>(Index.class);
        for (Index i : Index.values()) {
            if (!Double.isNaN(value(i))) {
                map.put(i, interval(i, level, bounds));
            }
        }
        return new CapabilityIntervals(this, level, bounds, map);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Capability (N = %d in %d subgroups, normal distribution, %s convention)%n",
                n, subgroups, convention));
        sb.append(String.format(Locale.ROOT, "  LSL %s   USL %s   target %s%s%n", Fmt.num(specs.lsl()),
                Fmt.num(specs.usl()), Fmt.num(target),
                targetGiven || Double.isNaN(target) ? "" : " (midpoint)"));
        sb.append(String.format(Locale.ROOT, "  mean %s   within sigma %s (%s, df %s)   overall sigma %s (df %s)%n",
                Fmt.num(mean), Fmt.num(withinSigma), withinMethod, Fmt.num(withinDf), Fmt.num(overallSigma),
                Fmt.num(overallDf)));
        sb.append(String.format(Locale.ROOT, "  %-10s %10s %10s%n", "index", "within", "overall"));
        row(sb, "Cp / Pp", within.p(), overall.p());
        row(sb, "CPL / PPL", within.pl(), overall.pl());
        row(sb, "CPU / PPU", within.pu(), overall.pu());
        row(sb, "Cpk / Ppk", within.pk(), overall.pk());
        row(sb, "Z.bench", zBenchWithin, zBenchOverall);
        sb.append(String.format(Locale.ROOT, "  %-10s %10s   (sigma %s)%n", "Cpm", Fmt.fixed(cpm, 4), cpmSigma));
        sb.append(String.format(Locale.ROOT, "  %-10s %12s %12s %12s%n", "ppm", "exp. within", "exp. overall",
                "observed"));
        ppmRow(sb, "< LSL", expectedWithin.below(), expectedOverall.below(), observed.below());
        ppmRow(sb, "> USL", expectedWithin.above(), expectedOverall.above(), observed.above());
        ppmRow(sb, "total", expectedWithin.total(), expectedOverall.total(), observed.total());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, double a, double b) {
        sb.append(String.format(Locale.ROOT, "  %-10s %10s %10s%n", name, Fmt.fixed(a, 4), Fmt.fixed(b, 4)));
    }

    private static void ppmRow(StringBuilder sb, String name, double a, double b, double c) {
        sb.append(String.format(Locale.ROOT, "  %-10s %12s %12s %12s%n", name, Fmt.fixed(a, 2), Fmt.fixed(b, 2),
                Fmt.fixed(c, 2)));
    }
}
