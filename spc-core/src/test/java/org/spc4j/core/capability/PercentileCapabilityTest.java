package org.spc4j.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.WeibullDistribution;
import org.junit.jupiter.api.Test;

class PercentileCapabilityTest {

    @Test
    void normalFit_equalsNormalIndicesWithMlSigma() {
        double[] x = {9.8, 10.1, 10.3, 9.9, 10.2, 10.0, 10.4, 9.7, 10.05, 9.95};
        SpecLimits s = SpecLimits.twoSided(9, 11.5);
        PercentileCapability p = PercentileCapability.fit(Family.NORMAL, x, s);
        DistributionFit f = DistributionFit.fit(Family.NORMAL, x);
        CapabilityIndices ref = CapabilityIndices.of(s, f.param1(), f.param2());
        // 99.865 % is the normal 3.00000 sigma point only to 5 digits: z = 2.999977
        double z = NormalTail.upperQuantile(0.00135);
        assertThat(p.pp()).isCloseTo(ref.p() * 3 / z, within(1e-12));
        assertThat(p.ppl()).isCloseTo(ref.pl() * 3 / z, within(1e-12));
        assertThat(p.ppu()).isCloseTo(ref.pu() * 3 / z, within(1e-12));
        assertThat(p.ppk()).isEqualTo(Math.min(p.ppl(), p.ppu()));
    }

    @Test
    void weibullFit_percentilesAndPpmFromClosedForm() {
        double[] x = DistributionFitTest.quantileSample(new WeibullDistribution(null, 1.8, 5.0), 500);
        SpecLimits s = SpecLimits.upperOnly(20);
        PercentileCapability p = PercentileCapability.fit(Family.WEIBULL, x, s);
        DistributionFit f = DistributionFit.fit(Family.WEIBULL, x);
        double k = f.param1();
        double lam = f.param2();
        double med = lam * Math.pow(Math.log(2), 1 / k);
        double hi = lam * Math.pow(-Math.log(0.00135), 1 / k);
        assertThat(p.median()).isCloseTo(med, within(1e-9));
        assertThat(p.p99865()).isCloseTo(hi, within(1e-8));
        assertThat(p.ppu()).isCloseTo((20 - med) / (hi - med), within(1e-9));
        assertThat(p.ppk()).isEqualTo(p.ppu());
        assertThat(p.pp()).isNaN();
        assertThat(p.expected().above()).isCloseTo(1e6 * Math.exp(-Math.pow(20 / lam, k)), within(1e-6));
        assertThat(p.expected().below()).isNaN();
        assertThat(p.toString()).contains("WEIBULL fit").contains("Ppk");
    }

    @Test
    void empirical_type6Percentiles() {
        int n = 1000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i * 7919) % n; // a permutation of 0..999
        }
        PercentileCapability p = PercentileCapability.empirical(x, SpecLimits.twoSided(-10, 1100));
        // type 6: h = p (n + 1); sorted values are 0..999, so x_(j) = j - 1
        assertThat(p.p00135()).isCloseTo(0.00135 * 1001 - 1, within(1e-12));
        assertThat(p.median()).isCloseTo(499.5, within(1e-12));
        assertThat(p.p99865()).isCloseTo(0.99865 * 1001 - 1, within(1e-9));
        assertThat(p.pp()).isCloseTo(1110 / (p.p99865() - p.p00135()), within(1e-12));
        assertThat(p.expected()).isEqualTo(p.observed());
        assertThat(p.observed().total()).isZero();
    }

    @Test
    void empirical_tooFewValues_throws() {
        assertThatThrownBy(() -> PercentileCapability.empirical(new double[739], SpecLimits.twoSided(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 740 values")
                .hasMessageContaining("got 739");
        assertThat(PercentileCapability.type6(new double[] {1, 2, 3}, 0.5)).isEqualTo(2.0);
    }

    @Test
    void empirical_noSpread_throws() {
        assertThatThrownBy(() -> PercentileCapability.empirical(new double[1000], SpecLimits.twoSided(-1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spread");
    }
}
