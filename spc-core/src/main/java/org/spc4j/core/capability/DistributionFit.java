package org.spc4j.core.capability;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.special.Gamma;
import org.spc4j.core.stats.Moments;

/**
 * A distribution fitted to data by maximum likelihood, with its log-likelihood and the
 * Anderson-Darling statistic of the fit. Immutable.
 *
 * <p>Estimators (n values \(x_i\)):
 * <ul>
 *   <li>Normal: \(\hat\mu = \bar x\), \(\hat\sigma^2 = \tfrac1n\sum(x_i-\bar x)^2\).</li>
 *   <li>Lognormal: the same on \(\ln x_i\).</li>
 *   <li>Exponential: \(\hat\theta = \bar x\).</li>
 *   <li>Weibull: \(\hat k\) solves \(\sum x_i^k\ln x_i / \sum x_i^k - 1/k - \overline{\ln x} = 0\)
 *       (Brent's method, data scaled by their maximum), \(\hat\lambda = (\tfrac1n\sum x_i^k)^{1/k}\).</li>
 *   <li>Gamma: \(\hat k\) solves \(\ln k - \psi(k) = \ln\bar x - \overline{\ln x}\) (Brent's method),
 *       \(\hat\theta = \bar x/\hat k\).</li>
 * </ul>
 * The Anderson-Darling statistic \(A^2\) is computed against the fitted distribution as if it
 * were fully specified; its p-value depends on the family and on the estimated parameters and is
 * not given (compare fits by \(A^2\) or log-likelihood). Probabilities below 1e-300 are clamped
 * there, so an extreme outlier gives a large finite \(A^2\).
 *
 * <p>Failures are explicit: non-finite data, non-positive data for a positive family (value and
 * index named), fewer than 2 values or no spread: {@link IllegalArgumentException}; a likelihood
 * equation that does not converge: {@link IllegalStateException} saying which fit failed and why.
 * No numbers are returned from a failed fit.
 *
 * <p>References: Johnson, Kotz and Balakrishnan, <i>Continuous Univariate Distributions</i>,
 * vol. 1, 2nd ed. (1994), ch. 14, 17, 19, 21; Choi and Wette (1969), "Maximum likelihood estimation
 * of the parameters of the gamma distribution and their bias", Technometrics 11(4),
 * doi:10.1080/00401706.1969.10490731.
 *
 * @param family the distribution family
 * @param param1 first parameter (see {@link Family})
 * @param param2 second parameter (NaN for one-parameter families)
 * @param n number of values fitted
 * @param logLikelihood maximised log-likelihood
 * @param andersonDarling \(A^2\) of the data against the fitted distribution
 */
public record DistributionFit(Family family, double param1, double param2, int n, double logLikelihood,
                              double andersonDarling) {

    public DistributionFit {
        Objects.requireNonNull(family, "family must not be null");
        if (!Double.isFinite(param1) || (family != Family.EXPONENTIAL && !Double.isFinite(param2))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s parameters must be finite, were %s and %s", family, param1, param2));
        }
    }

    /**
     * Fits {@code family} to {@code values} by maximum likelihood.
     *
     * @throws IllegalArgumentException for data the family cannot describe (named value and index)
     * @throws IllegalStateException when the likelihood equation does not converge
     */
    public static DistributionFit fit(Family family, double... values) {
        Objects.requireNonNull(family, "family must not be null");
        Objects.requireNonNull(values, "values must not be null");
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %s fit needs at least 2 values, got %d", family, n));
        }
        AndersonDarling.checkFinite(values);
        if (family.needsPositiveData()) {
            for (int i = 0; i < n; i++) {
                if (!(values[i] > 0)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "value %s at index %d is not positive: a %s fit needs positive data", values[i], i,
                            family));
                }
            }
        }
        Moments m = Moments.of(values);
        if (m.range() == 0 && family != Family.EXPONENTIAL) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the data have no spread: all %d values equal %s, so a %s cannot be fitted", n, values[0], family));
        }
        double p1;
        double p2;
        switch (family) {
            case NORMAL:
                p1 = m.mean();
                p2 = Math.sqrt(m.sumOfSquaredDeviations() / n);
                break;
            case LOGNORMAL: {
                double[] logs = new double[n];
                for (int i = 0; i < n; i++) {
                    logs[i] = Math.log(values[i]);
                }
                Moments lm = Moments.of(logs);
                p1 = lm.mean();
                p2 = Math.sqrt(lm.sumOfSquaredDeviations() / n);
                if (!(p2 > 0)) {
                    throw new IllegalArgumentException("the logarithms of the data have no spread: a LOGNORMAL cannot be fitted");
                }
                break;
            }
            case EXPONENTIAL:
                p1 = m.mean();
                p2 = Double.NaN;
                break;
            case WEIBULL: {
                double[] w = weibull(values, m.max());
                p1 = w[0];
                p2 = w[1];
                break;
            }
            default: {
                double[] g = gamma(values, m.mean());
                p1 = g[0];
                p2 = g[1];
                break;
            }
        }
        RealDistribution d = distribution(family, p1, p2);
        double ll = 0;
        for (double x : values) {
            ll += logDensity(d, family, p1, p2, x);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] lc = new double[n];
        double[] ls = new double[n];
        for (int i = 0; i < n; i++) {
            double c = d.cumulativeProbability(sorted[i]);
            lc[i] = Math.log(Math.max(c, 1e-300));
            ls[i] = Math.log(Math.max(survival(d, family, p1, p2, sorted[i]), 1e-300));
        }
        return new DistributionFit(family, p1, p2, n, ll, AndersonDarling.statistic(lc, ls));
    }

    private static double[] weibull(double[] x, double max) {
        int n = x.length;
        double[] lu = new double[n];
        double meanLog = 0;
        for (int i = 0; i < n; i++) {
            lu[i] = Math.log(x[i] / max); // <= 0
            meanLog += lu[i] / n;
        }
        final double ml = meanLog;
        DoubleUnaryOperator g = k -> {
            double s0 = 0;
            double s1 = 0;
            for (double l : lu) {
                double e = Math.exp(k * l);
                s0 += e;
                s1 += e * l;
            }
            return s1 / s0 - 1 / k - ml;
        };
        double lo = 1e-3;
        double hi = 1e2;
        while (g.applyAsDouble(hi) < 0 && hi < 1e7) {
            hi *= 10;
        }
        double k = solve("WEIBULL", g, lo, hi);
        double s0 = 0;
        for (double l : lu) {
            s0 += Math.exp(k * l);
        }
        double scale = max * Math.exp(Math.log(s0 / n) / k);
        return new double[] {k, scale};
    }

    private static double[] gamma(double[] x, double mean) {
        double meanLog = 0;
        for (double v : x) {
            meanLog += Math.log(v) / x.length;
        }
        double s = Math.log(mean) - meanLog;
        if (!(s > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "ln(mean) - mean(ln x) = %s is not positive: the data are too close to constant for a GAMMA fit", s));
        }
        double k = solve("GAMMA", kk -> logMinusDigamma(kk) - s, 1e-10, 1 / s + 10);
        return new double[] {k, mean / k};
    }

    /**
     * \(\ln k - \psi(k)\), the left side of the gamma likelihood equation, to near double precision.
     * Computed from the asymptotic series \(\ln m - \psi(m) = \tfrac{1}{2m} + \sum_j B_{2j}/(2j\,m^{2j})\)
     * (terms to \(m^{-12}\), next below 1e-15 relative) at \(m = k + r \ge 10\) and the recurrence
     * \(\psi(k) = \psi(k + r) - \sum_{i<r} 1/(k+i)\). This avoids both the cancellation of
     * \(\ln k - \psi(k)\) for large k and Commons Math 3.6.1's {@code Gamma.digamma}, whose
     * asymptotic branch (x &gt;= 49) has the sign of its \(x^{-4}\) term reversed (an absolute error
     * of \(1/(60x^4)\), 1.7e-10 at x = 100).
     */
    static double logMinusDigamma(double k) {
        double m = k;
        double shift = 0;
        while (m < 10) {
            shift += 1 / m;
            m += 1;
        }
        double r = 1 / m;
        double r2 = r * r;
        double series = r / 2 + r2 * (1.0 / 12 + r2 * (-1.0 / 120 + r2 * (1.0 / 252 + r2 * (-1.0 / 240
                + r2 * (1.0 / 132 + r2 * (-691.0 / 32760))))));
        return Math.log(k / m) + series + shift;
    }

    private static double solve(String what, DoubleUnaryOperator f, double lo, double hi) {
        try {
            double r = new BrentSolver(1e-14, 1e-12).solve(10_000, f::applyAsDouble, lo, hi);
            if (!(r > 0) || Double.isInfinite(r)) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "%s maximum-likelihood fit failed: the shape equation gave %s", what, r));
            }
            return r;
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s maximum-likelihood fit failed: the shape equation has no root in [%s, %s] (%s)", what, lo,
                    hi, e.getMessage()), e);
        }
    }

    static RealDistribution distribution(Family family, double p1, double p2) {
        switch (family) {
            case NORMAL:
                return new NormalDistribution(null, p1, p2);
            case LOGNORMAL:
                return new LogNormalDistribution(null, p1, p2);
            case WEIBULL:
                return new WeibullDistribution(null, p1, p2);
            case GAMMA:
                return new GammaDistribution(null, p1, p2);
            default:
                return new ExponentialDistribution(null, p1);
        }
    }

    private static double logDensity(RealDistribution d, Family f, double p1, double p2, double x) {
        switch (f) {
            case NORMAL:
                return ((NormalDistribution) d).logDensity(x);
            case LOGNORMAL:
                return ((LogNormalDistribution) d).logDensity(x);
            case GAMMA:
                return ((GammaDistribution) d).logDensity(x);
            case EXPONENTIAL:
                return -Math.log(p1) - x / p1;
            default: {
                double z = x / p2;
                return Math.log(p1 / p2) + (p1 - 1) * Math.log(z) - Math.pow(z, p1);
            }
        }
    }

    /** 1 - F(x), accurate in the upper tail where the family allows it. */
    private static double survival(RealDistribution d, Family f, double p1, double p2, double x) {
        switch (f) {
            case NORMAL:
                return NormalTail.upper((x - p1) / p2);
            case LOGNORMAL:
                return NormalTail.upper((Math.log(x) - p1) / p2);
            case WEIBULL:
                return Math.exp(-Math.pow(x / p2, p1));
            case EXPONENTIAL:
                return Math.exp(-x / p1);
            default:
                return Gamma.regularizedGammaQ(p1, x / p2);
        }
    }

    /** The fitted cumulative distribution function F(x). */
    public double cdf(double x) {
        if (family.needsPositiveData() && x <= 0) {
            return 0;
        }
        return distribution(family, param1, param2).cumulativeProbability(x);
    }

    /** The fitted survival function 1 - F(x), without cancellation in the upper tail. */
    public double survival(double x) {
        if (family.needsPositiveData() && x <= 0) {
            return 1;
        }
        return survival(distribution(family, param1, param2), family, param1, param2, x);
    }

    /** The fitted quantile function, for 0 &lt; p &lt; 1. */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1), was " + p);
        }
        if (family == Family.NORMAL) {
            return param1 - param2 * NormalTail.upperQuantile(p);
        }
        if (family == Family.LOGNORMAL) {
            return Math.exp(param1 - param2 * NormalTail.upperQuantile(p));
        }
        return distribution(family, param1, param2).inverseCumulativeProbability(p);
    }

    @Override
    public String toString() {
        String params = family == Family.EXPONENTIAL
                ? String.format(Locale.ROOT, "%s %s", family.firstParameter(), Fmt.num(param1))
                : String.format(Locale.ROOT, "%s %s, %s %s", family.firstParameter(), Fmt.num(param1),
                        family.secondParameter(), Fmt.num(param2));
        return String.format(Locale.ROOT, "%s fit (ML, n %d): %s; log-likelihood %s, AD %s", family, n, params,
                Fmt.num(logLikelihood), Fmt.num(andersonDarling));
    }
}
