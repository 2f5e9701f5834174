package org.spc4j.core.capability;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Capability of non-normal data by the percentile method of ISO 22514-2 (also Clements 1989):
 * the normal \(\bar x \pm 3\sigma\) are replaced by the 0.135 %, 50 % and 99.865 % points
 * \(X_{0.135}\), \(X_{50}\), \(X_{99.865}\) of a fitted distribution ({@link #of}) or of the data
 * ({@link #empirical}):
 * \[ P_p = \frac{USL - LSL}{X_{99.865} - X_{0.135}},\quad
 *    P_{PL} = \frac{X_{50} - LSL}{X_{50} - X_{0.135}},\quad
 *    P_{PU} = \frac{USL - X_{50}}{X_{99.865} - X_{50}},\quad P_{pk} = \min(P_{PL}, P_{PU}). \]
 * These are overall (performance) indices: the data are treated as one sample. An index for an
 * absent limit is NaN; Pp is NaN for one-sided limits.
 *
 * <p>Expected ppm come from the fitted CDF; for {@link #empirical} they are the observed
 * fractions (there is no model to extrapolate from). Observed ppm count values strictly outside
 * the limits.
 *
 * <p>Empirical percentiles use the definition of Hyndman and Fan (1996) type 6 (as Minitab):
 * with sorted values \(x_{(1)} \le \dots \le x_{(n)}\), \(h = p(n+1)\), the percentile is
 * \(x_{(\lfloor h\rfloor)} + (h - \lfloor h\rfloor)(x_{(\lfloor h\rfloor+1)} - x_{(\lfloor h\rfloor)})\).
 * It is defined without extrapolation only when \(1 \le 0.00135(n+1)\), i.e. \(n \ge 740\);
 * smaller samples are refused with an {@link IllegalArgumentException} rather than clamped to the
 * minimum and maximum.
 *
 * <p>Degenerate data (equal percentiles) are refused with an {@link IllegalArgumentException}.
 *
 * <p>References: ISO 22514-2:2017, <i>Statistical methods in process management — Capability and
 * performance — Part 2</i>; Clements (1989), "Process capability calculations for non-normal
 * distributions", Quality Progress 22(9); Hyndman and Fan (1996), "Sample quantiles in statistical
 * packages", The American Statistician 50(4), doi:10.1080/00031305.1996.10473566.
 *
 * @param model what the percentiles come from (a fit, or "empirical (type 6)")
 * @param specs the specification limits
 * @param n number of values
 * @param p00135 the 0.135 % point
 * @param median the 50 % point
 * @param p99865 the 99.865 % point
 * @param pp Pp (NaN for one-sided limits)
 * @param ppl PPL (NaN without an LSL)
 * @param ppu PPU (NaN without a USL)
 * @param ppk Ppk
 * @param expected expected ppm (from the fit; observed for empirical)
 * @param observed observed ppm
 */
public record PercentileCapability(String model, SpecLimits specs, int n, double p00135, double median,
                                   double p99865, double pp, double ppl, double ppu, double ppk, Ppm expected,
                                   Ppm observed) {

    /** Lower percentile of the method, 0.135 %. */
    public static final double LOWER_P = 0.00135;
    /** Upper percentile of the method, 99.865 %. */
    public static final double UPPER_P = 0.99865;
    /** Smallest sample for empirical percentiles: 0.00135 (n + 1) must reach 1. */
    public static final int MIN_EMPIRICAL_N = 740;

    public PercentileCapability {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(observed, "observed must not be null");
        if (!(p00135 < median && median < p99865)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "percentiles must increase: 0.135%% %s, 50%% %s, 99.865%% %s; the data have no spread there",
                    p00135, median, p99865));
        }
    }

    /** Fits {@code family} by maximum likelihood and applies the percentile method. */
    public static PercentileCapability fit(Family family, double[] data, SpecLimits specs) {
        return of(DistributionFit.fit(family, data), data, specs);
    }

    /** The percentile method with the percentiles and expected ppm of {@code fit}. */
    public static PercentileCapability of(DistributionFit fit, double[] data, SpecLimits specs) {
        Objects.requireNonNull(fit, "fit must not be null");
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        AndersonDarling.checkFinite(data);
        double lo = fit.quantile(LOWER_P);
        double med = fit.quantile(0.5);
        double hi = fit.quantile(UPPER_P);
        Ppm exp = new Ppm(specs.hasLower() ? 1e6 * fit.cdf(specs.lsl()) : Double.NaN,
                specs.hasUpper() ? 1e6 * fit.survival(specs.usl()) : Double.NaN);
        return build(fit.toString(), specs, data.length, lo, med, hi, exp, observed(data, specs));
    }

    /**
     * The percentile method with empirical (type 6) percentiles.
     *
     * @throws IllegalArgumentException for fewer than 740 values or non-finite values
     */
    public static PercentileCapability empirical(double[] data, SpecLimits specs) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        int n = data.length;
        if (n < MIN_EMPIRICAL_N) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "nonparametric capability needs at least %d values so that the 0.135%% point lies within the "
                            + "data (type 6: 0.00135 (n + 1) >= 1); got %d", MIN_EMPIRICAL_N, n));
        }
        AndersonDarling.checkFinite(data);
        double[] s = data.clone();
        Arrays.sort(s);
        Ppm obs = observed(data, specs);
        return build("empirical percentiles (Hyndman-Fan type 6)", specs, n, type6(s, LOWER_P), type6(s, 0.5),
                type6(s, UPPER_P), obs, obs);
    }

    /** Hyndman-Fan type 6 percentile of sorted values; p (n + 1) must lie in [1, n]. */
    static double type6(double[] sorted, double p) {
        int n = sorted.length;
        double h = p * (n + 1);
        int j = (int) Math.floor(h);
        if (j < 1 || j > n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the %s quantile of %d values lies outside the data (p (n + 1) = %s)", p, n, h));
        }
        if (j == n) {
            return sorted[n - 1];
        }
        return sorted[j - 1] + (h - j) * (sorted[j] - sorted[j - 1]);
    }

    private static Ppm observed(double[] data, SpecLimits specs) {
        long below = 0;
        long above = 0;
        for (double v : data) {
            if (v < specs.lsl()) {
                below++;
            } else if (v > specs.usl()) {
                above++;
            }
        }
        return new Ppm(specs.hasLower() ? 1e6 * below / data.length : Double.NaN,
                specs.hasUpper() ? 1e6 * above / data.length : Double.NaN);
    }

    private static PercentileCapability build(String model, SpecLimits specs, int n, double lo, double med, double hi,
                                              Ppm expected, Ppm observed) {
        if (!(lo < med && med < hi)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "percentiles must increase: 0.135%% %s, 50%% %s, 99.865%% %s; the data have no spread there",
                    lo, med, hi));
        }
        double pp = specs.isTwoSided() ? (specs.usl() - specs.lsl()) / (hi - lo) : Double.NaN;
        double ppl = specs.hasLower() ? (med - specs.lsl()) / (med - lo) : Double.NaN;
        double ppu = specs.hasUpper() ? (specs.usl() - med) / (hi - med) : Double.NaN;
        double ppk = specs.isTwoSided() ? Math.min(ppl, ppu) : specs.hasLower() ? ppl : ppu;
        return new PercentileCapability(model, specs, n, lo, med, hi, pp, ppl, ppu, ppk, expected, observed);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Percentile capability (ISO 22514-2), N = %d%n", n));
        sb.append("  model      ").append(model).append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, "  LSL %s   USL %s%n", Fmt.num(specs.lsl()), Fmt.num(specs.usl())));
        sb.append(String.format(Locale.ROOT, "  X0.135 %s   X50 %s   X99.865 %s%n", Fmt.num(p00135), Fmt.num(median),
                Fmt.num(p99865)));
        sb.append(String.format(Locale.ROOT, "  Pp %s   PPL %s   PPU %s   Ppk %s%n", Fmt.fixed(pp, 4), Fmt.fixed(ppl, 4),
                Fmt.fixed(ppu, 4), Fmt.fixed(ppk, 4)));
        sb.append(String.format(Locale.ROOT, "  ppm expected: < LSL %s, > USL %s, total %s%n",
                Fmt.fixed(expected.below(), 2), Fmt.fixed(expected.above(), 2), Fmt.fixed(expected.total(), 2)));
        sb.append(String.format(Locale.ROOT, "  ppm observed: < LSL %s, > USL %s, total %s%n",
                Fmt.fixed(observed.below(), 2), Fmt.fixed(observed.above(), 2), Fmt.fixed(observed.total(), 2)));
        return sb.toString();
    }
}
