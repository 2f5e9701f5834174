package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.spc4j.core.constants.ControlConstants;

/**
 * Laney p' and u' charts and the overdispersion diagnostic, against a brute-force
 * re-implementation of the published formulas written differently (counts scale instead of
 * proportions): Laney (2002), Quality Engineering 14(4), 531-537, doi:10.1081/QEN-120001878, as
 * also documented in Minitab's "Methods and formulas for Laney P' Chart" (sigma_Z = MR-bar / 1.128,
 * limits p-bar +/- 3 sigma_Z sqrt(p-bar (1 - p-bar) / n_i), clamped to [0, 1]). No published
 * numeric example with data was available to this session.
 */
class LaneyChartTest {

    // overdispersed proportions with large, varying sizes (typical Laney use case)
    private static final int[] D = {250, 420, 240, 430, 350, 260, 470, 330, 255, 380, 445, 230};
    private static final int[] N = {3100, 3400, 2900, 3550, 3300, 3000, 3700, 3150, 3050, 3450, 3600, 2800};

    /** z-scores on the count scale: (D - n p) / sqrt(n p (1 - p)). */
    private static double[] zBinomial(int[] d, int[] n, double p) {
        double[] z = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            z[i] = (d[i] - n[i] * p) / Math.sqrt(n[i] * p * (1 - p));
        }
        return z;
    }

    private static double sigmaZ(double[] z, double d2) {
        double total = 0;
        for (int i = z.length - 1; i > 0; i--) {
            total += Math.abs(z[i - 1] - z[i]);
        }
        return total / (z.length - 1) / d2;
    }

    @Test
    void laneyP_matchesBruteForce_withPrintedAndExactD2() {
        long sumD = 0;
        long sumN = 0;
        for (int i = 0; i < D.length; i++) {
            sumD += D[i];
            sumN += N[i];
        }
        double p = (double) sumD / sumN;
        for (ControlConstants.Table table : ControlConstants.Table.values()) {
            double d2 = table == ControlConstants.Table.PRINTED ? 1.128 : 2 / Math.sqrt(Math.PI);
            double sz = sigmaZ(zBinomial(D, N, p), d2);
            AttributeResult r = AttributeSpec.laneyP().withConstants(table).chart(AttributeData.of(D, N));
            assertThat(r.limits().sigmaZ()).isCloseTo(sz, within(1e-13 * sz));
            ControlChart c = r.chart();
            assertThat(c.name()).isEqualTo("p'");
            for (int i = 0; i < D.length; i++) {
                double half = 3 * sz * Math.sqrt(p * (1 - p) / N[i]);
                assertThat(c.statistic(i)).isEqualTo((double) D[i] / N[i]);
                assertThat(c.center(i)).isCloseTo(p, within(1e-16));
                assertThat(c.ucl(i)).isCloseTo(Math.min(1, p + half), within(1e-14));
                assertThat(c.lcl(i)).isCloseTo(Math.max(0, p - half), within(1e-14));
            }
        }
    }

    @Test
    void laneyP_widensOverdispersedLimits_thatFlagMostPointsOnAPChart() {
        AttributeData data = AttributeData.of(D, N);
        AttributeResult p = AttributeSpec.p().chart(data);
        AttributeResult laney = AttributeSpec.laneyP().chart(data);
        assertThat(laney.limits().sigmaZ()).isGreaterThan(2);
        assertThat(p.chart().pointsBeyondLimits()).hasSizeGreaterThan(4);
        assertThat(laney.inControl()).isTrue();
        double ratio = (laney.chart().ucl(3) - laney.chart().center(3)) / (p.chart().ucl(3) - p.chart().center(3));
        assertThat(ratio).isCloseTo(laney.limits().sigmaZ(), within(1e-12));
        assertThat(laney.toString()).contains("p' chart limits, 3-sigma, fitted on 12 samples")
                .contains("sigmaZ " + ControlChart.fmt(laney.limits().sigmaZ()));
    }

    @Test
    void laneyU_matchesBruteForce() {
        int[] c = {45, 60, 38, 71, 52, 30, 66, 49};
        double[] n = {10, 12, 9.5, 12, 11, 8, 12.5, 10};
        double total = 0;
        double units = 0;
        for (int i = 0; i < c.length; i++) {
            total += c[i];
            units += n[i];
        }
        double u = total / units;
        double[] z = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            z[i] = (c[i] - n[i] * u) / Math.sqrt(n[i] * u);
        }
        double sz = sigmaZ(z, 2 / Math.sqrt(Math.PI));
        double[] counts = java.util.Arrays.stream(c).asDoubleStream().toArray();
        AttributeResult r = AttributeSpec.laneyU().chart(AttributeData.of(counts, n));
        assertThat(r.limits().sigmaZ()).isCloseTo(sz, within(1e-13 * sz));
        for (int i = 0; i < c.length; i++) {
            double half = 3 * sz * Math.sqrt(u / n[i]);
            assertThat(r.chart().ucl(i)).isCloseTo(u + half, within(1e-13));
            assertThat(r.chart().lcl(i)).isCloseTo(Math.max(0, u - half), within(1e-13));
        }
    }

    @Test
    void laneyP_phaseTwo_keepsPhaseOneSigmaZ() {
        AttributeLimits limits = AttributeSpec.laneyP().fit(AttributeData.of(D, N));
        AttributeResult r = limits.apply(AttributeData.of(new int[] {700}, new int[] {3000}));
        assertThat(r.chart().index(0)).isEqualTo(13);
        double half = 3 * limits.sigmaZ() * Math.sqrt(limits.center() * (1 - limits.center()) / 3000);
        assertThat(r.chart().ucl(0)).isCloseTo(limits.center() + half, within(1e-14));
        assertThat(r.inControl()).isFalse();
    }

    @Test
    void laney_degenerateData_throw() {
        assertThatThrownBy(() -> AttributeSpec.laneyP().fit(AttributeData.ofSize(100, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 Phase I samples");
        assertThatThrownBy(() -> AttributeSpec.laneyU().fit(AttributeData.ofSize(10, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the centre is 0.0 (stage ''): the model has no variation, so a u' chart has no sigma_Z");
        assertThatThrownBy(() -> AttributeSpec.laneyP().fit(AttributeData.ofSize(10, 3, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigma_Z is 0.0");
        assertThatThrownBy(() -> AttributeSpec.laneyP().withStandard(0.1).limits())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("estimates sigma_Z");
    }

    /* --- overdispersion diagnostic --- */

    @Test
    void overdispersion_proportions_matchesBruteForce() {
        long sumD = 0;
        long sumN = 0;
        for (int i = 0; i < D.length; i++) {
            sumD += D[i];
            sumN += N[i];
        }
        double p = (double) sumD / sumN;
        double chi = 0;
        for (double z : zBinomial(D, N, p)) {
            chi += z * z;
        }
        Overdispersion o = Overdispersion.ofProportions(AttributeData.of(D, N));
        assertThat(o.kind()).isEqualTo(AttributeKind.P);
        assertThat(o.degreesOfFreedom()).isEqualTo(11);
        assertThat(o.chiSquare()).isCloseTo(chi, within(1e-12 * chi));
        assertThat(o.ratio()).isCloseTo(chi / 11, within(1e-12 * chi));
        // upper tail of chi-square(11): Q(11/2, chi/2)
        assertThat(o.pValue()).isCloseTo(Gamma.regularizedGammaQ(5.5, chi / 2), within(1e-12));
        assertThat(o.ratio()).isGreaterThan(10);
        assertThat(o.pValue()).isLessThan(1e-15);
        assertThat(o.sigmaZ()).isCloseTo(sigmaZ(zBinomial(D, N, p), 2 / Math.sqrt(Math.PI)), within(1e-12));
        assertThat(o.toString()).startsWith("Overdispersion[binomial model, centre");
    }

    @Test
    void overdispersion_binomialLikeOrangeJuice_isNearOne() {
        List<String[]> rows = Reference.csv("montgomery-orangejuice2");
        AttributeData trial = AttributeData.of(Reference.column(rows, 1), Reference.column(rows, 2)).slice(0, 24);
        Overdispersion o = Overdispersion.ofProportions(trial);
        assertThat(o.center()).isEqualTo(133.0 / 1200); // qcc: 0.1108333
        assertThat(o.ratio()).isBetween(0.3, 1.5);
        assertThat(o.pValue()).isGreaterThan(0.05);
    }

    @Test
    void overdispersion_rates_andEqualData() {
        Overdispersion equal = Overdispersion.ofRates(AttributeData.ofSize(10, 20, 20, 20));
        assertThat(equal.chiSquare()).isZero();
        assertThat(equal.pValue()).isEqualTo(1.0);
        assertThat(equal.sigmaZ()).isZero();
        Overdispersion rates = Overdispersion.ofRates(AttributeData.of(new double[] {4, 16}, new double[] {2, 2}));
        // u-bar = 5; z = (2 - 5) / sqrt(5/2), (8 - 5) / sqrt(5/2); chi = 18 / 2.5
        assertThat(rates.chiSquare()).isCloseTo(7.2, within(1e-14));
        // one degree of freedom: P(chi2 > x) = erfc(sqrt(x / 2)) = 0.00729...
        assertThat(rates.pValue()).isCloseTo(Erf.erfc(Math.sqrt(3.6)), within(1e-14));
        assertThat(rates.ratio()).isCloseTo(7.2, within(1e-14));
        assertThatThrownBy(() -> Overdispersion.ofRates(AttributeData.ofSize(10, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pooled centre is 0");
        assertThatThrownBy(() -> Overdispersion.ofProportions(AttributeData.ofSize(10, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 samples");
    }
}
