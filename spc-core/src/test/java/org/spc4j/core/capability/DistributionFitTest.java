package org.spc4j.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.junit.jupiter.api.Test;

class DistributionFitTest {

    /** A "perfect" sample: the quantiles of d at (i - 0.5) / n. */
    static double[] quantileSample(RealDistribution d, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = d.inverseCumulativeProbability((i + 0.5) / n);
        }
        return x;
    }

    private static double logLik(RealDistribution d, double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.log(d.density(v));
        }
        return s;
    }

    /** The fitted parameters maximise the likelihood: moving either by 0.1 % lowers it. */
    private static void assertMaximum(DistributionFit f, double[] x) {
        double best = logLik(DistributionFit.distribution(f.family(), f.param1(), f.param2()), x);
        assertThat(f.logLikelihood()).isCloseTo(best, within(1e-8 * Math.abs(best)));
        for (double e : new double[] {0.999, 1.001}) {
            assertThat(logLik(DistributionFit.distribution(f.family(), f.param1() * e, f.param2()), x))
                    .isLessThan(best);
            if (f.family() != Family.EXPONENTIAL) {
                assertThat(logLik(DistributionFit.distribution(f.family(), f.param1(), f.param2() * e), x))
                        .isLessThan(best);
            }
        }
    }

    @Test
    void weibull_recoversParametersAndMaximisesLikelihood() {
        double[] x = quantileSample(new WeibullDistribution(null, 2.0, 10.0), 2000);
        DistributionFit f = DistributionFit.fit(Family.WEIBULL, x);
        assertThat(f.param1()).isCloseTo(2.0, within(0.01));
        assertThat(f.param2()).isCloseTo(10.0, within(0.02));
        assertMaximum(f, x);
        assertThat(f.quantile(0.00135)).isCloseTo(f.param2() * Math.pow(-Math.log1p(-0.00135), 1 / f.param1()),
                within(1e-9));
        assertThat(f.survival(30)).isCloseTo(Math.exp(-Math.pow(30 / f.param2(), f.param1())), within(1e-18));
    }

    @Test
    void weibull_veryTightData_stillConverges() {
        double[] x = quantileSample(new WeibullDistribution(null, 500.0, 100.0), 200);
        DistributionFit f = DistributionFit.fit(Family.WEIBULL, x);
        assertThat(f.param1()).isCloseTo(500, within(10.0));
        assertMaximum(f, x);
    }

    @Test
    void gamma_recoversParametersAndMaximisesLikelihood() {
        double[] x = quantileSample(new GammaDistribution(null, 3.0, 2.0), 2000);
        DistributionFit f = DistributionFit.fit(Family.GAMMA, x);
        assertThat(f.param1()).isCloseTo(3.0, within(0.03));
        assertThat(f.param1() * f.param2()).isCloseTo(6.0, within(1e-3)); // ML: k theta = mean
        assertMaximum(f, x);
    }

    @Test
    void lognormal_isMeanAndMlSdOfLogs() {
        double[] x = {1.2, 3.4, 2.2, 5.9, 0.8, 2.7, 1.9, 4.4};
        DistributionFit f = DistributionFit.fit(Family.LOGNORMAL, x);
        double m = 0;
        for (double v : x) {
            m += Math.log(v) / 8;
        }
        double ss = 0;
        for (double v : x) {
            ss += (Math.log(v) - m) * (Math.log(v) - m);
        }
        assertThat(f.param1()).isCloseTo(m, within(1e-14));
        assertThat(f.param2()).isCloseTo(Math.sqrt(ss / 8), within(1e-14));
        assertMaximum(f, x);
        assertThat(f.quantile(0.5)).isCloseTo(Math.exp(m), within(1e-12));
        LogNormalDistribution ref = new LogNormalDistribution(null, f.param1(), f.param2());
        assertThat(f.cdf(2.0)).isCloseTo(ref.cumulativeProbability(2.0), within(1e-14));
    }

    @Test
    void exponential_isTheMean() {
        double[] x = {0.5, 1.5, 2.5, 3.5};
        DistributionFit f = DistributionFit.fit(Family.EXPONENTIAL, x);
        assertThat(f.param1()).isEqualTo(2.0);
        assertThat(f.param2()).isNaN();
        assertMaximum(f, x);
        assertThat(f.toString()).contains("EXPONENTIAL fit").contains("mean 2");
    }

    @Test
    void weibull_shapeBeyondSearchRange_failsClearly() {
        // a coefficient of variation of about 1e-11 needs a shape near 1e11: no root below 1e7
        double[] x = {1e6, 1e6 + 1e-5, 1e6 + 2e-5, 1e6 + 3e-5};
        assertThatThrownBy(() -> DistributionFit.fit(Family.WEIBULL, x))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WEIBULL maximum-likelihood fit failed");
    }

    @Test
    void gamma_nearlyConstantData_largeShapeWithoutCancellation() {
        double[] x = {1000.0, 1000.001, 1000.002, 1000.003};
        DistributionFit f = DistributionFit.fit(Family.GAMMA, x);
        // shape ~ mean^2 / variance for large shape: 1000.0015^2 / (1.25e-6) ~ 8e11
        assertThat(f.param1()).isCloseTo(1000.0015 * 1000.0015 / 1.25e-6, within(1e-3 * 8e11));
        assertThat(f.param1() * f.param2()).isCloseTo(1000.0015, within(1e-9));
    }

    @Test
    void logMinusDigamma_knownValues() {
        // psi(1) = -Euler gamma; psi(1/2) = -Euler gamma - 2 ln 2 (Abramowitz and Stegun 6.3.2, 6.3.3)
        double euler = 0.5772156649015329;
        assertThat(DistributionFit.logMinusDigamma(1)).isCloseTo(euler, within(1e-15));
        assertThat(DistributionFit.logMinusDigamma(0.5)).isCloseTo(euler + Math.log(2), within(1e-15));
        // psi(n) = H(n-1) - Euler gamma for integers: ln 100 - psi(100) = ln 100 - H_99 + gamma
        double h = 0;
        for (int i = 1; i <= 99; i++) {
            h += 1.0 / i;
        }
        assertThat(DistributionFit.logMinusDigamma(100)).isCloseTo(Math.log(100) - h + euler, within(1e-14));
        // psi(k) = -1/k - gamma + O(k) near 0
        assertThat(DistributionFit.logMinusDigamma(1e-10)).isCloseTo(1e10 + Math.log(1e-10) + euler, within(1e-5));
    }

    @Test
    void fit_nonPositiveValue_namesValueAndIndex() {
        assertThatThrownBy(() -> DistributionFit.fit(Family.WEIBULL, 1, 2, -3, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value -3.0 at index 2 is not positive: a WEIBULL fit needs positive data");
        assertThatThrownBy(() -> DistributionFit.fit(Family.GAMMA, 1, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 0.0 at index 1");
    }

    @Test
    void fit_noSpreadOrTooFew_throws() {
        assertThatThrownBy(() -> DistributionFit.fit(Family.LOGNORMAL, 2, 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spread");
        assertThatThrownBy(() -> DistributionFit.fit(Family.NORMAL, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 values, got 1");
    }

    @Test
    void andersonDarling_goodFitSmallerThanBadFit() {
        double[] x = quantileSample(new WeibullDistribution(null, 1.5, 3.0), 300);
        assertThat(DistributionFit.fit(Family.WEIBULL, x).andersonDarling())
                .isLessThan(DistributionFit.fit(Family.NORMAL, x).andersonDarling());
    }
}
