package org.spc4j.core.capability;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.stats.Moments;

/**
 * The Anderson-Darling test of normality with mean and standard deviation estimated from the
 * data (case 3 of Stephens), as in Minitab and R {@code nortest::ad.test}.
 *
 * <p>Definition, with \(x_{(1)} \le \dots \le x_{(n)}\), \(z_i = (x_{(i)} - \bar x)/s\) (divisor
 * \(n-1\)) and \(\Phi\) the standard normal CDF:
 * \[ A^2 = -n - \frac1n \sum_{i=1}^n (2i-1)\left[\ln\Phi(z_i) + \ln(1 - \Phi(z_{n+1-i}))\right],
 *    \qquad A^{*2} = A^2\left(1 + \frac{0.75}{n} + \frac{2.25}{n^2}\right). \]
 * The p-value comes from the adjusted statistic by the approximation of D'Agostino and Stephens
 * (1986, table 4.9):
 * <ul>
 *   <li>\(A^{*2} < 0.2\): \(p = 1 - \exp(-13.436 + 101.14A^{*2} - 223.73A^{*4})\)</li>
 *   <li>\(0.2 \le A^{*2} < 0.34\): \(p = 1 - \exp(-8.318 + 42.796A^{*2} - 59.938A^{*4})\)</li>
 *   <li>\(0.34 \le A^{*2} < 0.6\): \(p = \exp(0.9177 - 4.279A^{*2} - 1.38A^{*4})\)</li>
 *   <li>\(0.6 \le A^{*2} < 10\): \(p = \exp(1.2937 - 5.709A^{*2} + 0.0186A^{*4})\)</li>
 *   <li>\(A^{*2} \ge 10\): beyond the range of the approximation; the p-value is reported as
 *       3.7e-24 (its value at 10), an upper bound, and {@link #pValueIsUpperBound()} is true.</li>
 * </ul>
 * The logarithms of \(\Phi\) are computed through erfc (and an asymptotic series below
 * \(z = -37\)), so outlying points give a large finite statistic, not infinity.
 *
 * <p>Special cases: fewer than 3 values, or values without spread, are refused with an
 * {@link IllegalArgumentException}; non-finite values are refused naming value and index. The
 * p-value approximation was derived for \(n \ge 8\) (nortest refuses smaller samples); for
 * \(3 \le n < 8\) it is still reported, as Minitab does, and is rougher.
 *
 * <p>References: Anderson and Darling (1952), Ann. Math. Statist. 23(2),
 * doi:10.1214/aoms/1177729437; Stephens (1974), "EDF statistics for goodness of fit and some
 * comparisons", JASA 69(347), doi:10.1080/01621459.1974.10480196; D'Agostino and Stephens (1986),
 * <i>Goodness-of-Fit Techniques</i>, Marcel Dekker, table 4.9; Thode (2002), <i>Testing for
 * Normality</i>, section 5.1.4.
 *
 * @param n number of values
 * @param mean sample mean
 * @param standardDeviation sample standard deviation (divisor n - 1)
 * @param statistic \(A^2\)
 * @param adjustedStatistic \(A^{*2}\), the small-sample adjusted statistic
 * @param pValue p-value of normality
 * @param pValueIsUpperBound true when \(A^{*2} \ge 10\) and the p-value is only an upper bound
 */
public record AndersonDarling(int n, double mean, double standardDeviation, double statistic,
                              double adjustedStatistic, double pValue, boolean pValueIsUpperBound) {

    /** The p-value reported beyond the range of the approximation (its value at A*2 = 10). */
    public static final double SMALLEST_P_VALUE = 3.7e-24;

    public AndersonDarling {
        if (n < 3) {
            throw new IllegalArgumentException("n must be >= 3, was " + n);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1], was " + pValue);
        }
    }

    /**
     * Tests {@code values} for normality.
     *
     * @throws IllegalArgumentException for fewer than 3 values, a non-finite value, or no spread
     */
    public static AndersonDarling normal(double... values) {
        Objects.requireNonNull(values, "values must not be null");
        int n = values.length;
        if (n < 3) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the Anderson-Darling test needs at least 3 values, got %d", n));
        }
        checkFinite(values);
        Moments m = Moments.of(values);
        double mean = m.mean();
        double sd = m.standardDeviation();
        if (!(sd > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the data have no spread: all %d values equal %s, so normality cannot be tested", n, values[0]));
        }
        double[] z = values.clone();
        Arrays.sort(z);
        for (int i = 0; i < n; i++) {
            z[i] = (z[i] - mean) / sd;
        }
        double a2 = statisticOfStandardized(z);
        double adj = a2 * (1 + 0.75 / n + 2.25 / ((double) n * n));
        return new AndersonDarling(n, mean, sd, a2, adj, pValue(adj), adj >= 10);
    }

    /** A^2 of sorted standardized values against the standard normal distribution. */
    private static double statisticOfStandardized(double[] sortedZ) {
        int n = sortedZ.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (2.0 * i + 1) * (logCdf(sortedZ[i]) + logCdf(-sortedZ[n - 1 - i]));
        }
        return -n - s / n;
    }

    /**
     * A^2 of sorted values against a fully specified CDF, given as the log CDF and log survival
     * function of each sorted value (for fitted distributions; no p-value).
     */
    static double statistic(double[] logCdfSorted, double[] logSurvivalSorted) {
        int n = logCdfSorted.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (2.0 * i + 1) * (logCdfSorted[i] + logSurvivalSorted[n - 1 - i]);
        }
        return -n - s / n;
    }

    /** ln Phi(z), accurate in the far lower tail. */
    static double logCdf(double z) {
        if (z > -37) {
            return Math.log(NormalTail.cdf(z));
        }
        // Mills ratio series: Phi(z) ~ phi(z)/|z| (1 - 1/z^2 + 3/z^4 - 15/z^6)
        double z2 = z * z;
        double series = 1 - 1 / z2 + 3 / (z2 * z2) - 15 / (z2 * z2 * z2);
        return -0.5 * z2 - Math.log(-z) - 0.5 * Math.log(2 * Math.PI) + Math.log(series);
    }

    /** The D'Agostino-Stephens p-value of the adjusted statistic. */
    static double pValue(double adj) {
        double a2 = adj * adj;
        if (adj < 0.2) {
            return 1 - Math.exp(-13.436 + 101.14 * adj - 223.73 * a2);
        } else if (adj < 0.34) {
            return 1 - Math.exp(-8.318 + 42.796 * adj - 59.938 * a2);
        } else if (adj < 0.6) {
            return Math.exp(0.9177 - 4.279 * adj - 1.38 * a2);
        } else if (adj < 10) {
            return Math.exp(1.2937 - 5.709 * adj + 0.0186 * a2);
        }
        return SMALLEST_P_VALUE;
    }

    static void checkFinite(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "value %s at index %d is not a finite number", values[i], i));
            }
        }
    }

    /** True when normality is rejected at significance level {@code alpha} (p-value below alpha). */
    public boolean rejectsNormality(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
        return pValue < alpha;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Anderson-Darling normality test: N %d, mean %s, StDev %s, A^2 %.5f, "
                        + "adjusted A*^2 %.5f, p-value %s%s", n, Fmt.num(mean), Fmt.num(standardDeviation), statistic,
                adjustedStatistic, pValueIsUpperBound ? "< " : "", pValue < 1e-4 ? String.format(Locale.ROOT, "%.3g",
                        pValue) : String.format(Locale.ROOT, "%.4f", pValue));
    }
}
