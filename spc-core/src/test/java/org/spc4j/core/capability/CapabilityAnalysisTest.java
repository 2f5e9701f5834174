package org.spc4j.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.spc4j.core.capability.Capability.Index;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;

class CapabilityAnalysisTest {

    private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

    /* --- defaults (Minitab) --- */

    @Test
    void analyze_subgroups_defaultsToPooledWithSumOfDegreesOfFreedom() {
        Subgroups data = ReferenceData.pistonRingsPhase1();
        Capability c = Capability.of(data, SpecLimits.twoSided(73.95, 74.05));
        // reference model: s_p = sqrt(sum (n_i - 1) s_i^2 / sum (n_i - 1)), sigma = s_p / c4(d + 1)
        double ss = 0;
        for (int i = 0; i < data.count(); i++) {
            double m = 0;
            for (int j = 0; j < 5; j++) {
                m += data.value(i, j) / 5;
            }
            for (int j = 0; j < 5; j++) {
                ss += (data.value(i, j) - m) * (data.value(i, j) - m);
            }
        }
        double sp = Math.sqrt(ss / 100);
        assertThat(c.withinMethod()).isEqualTo(SigmaMethod.POOLED);
        assertThat(c.withinDf()).isEqualTo(100);
        assertThat(c.overallDf()).isEqualTo(124);
        assertThat(c.withinSigma()).isCloseTo(sp / ControlConstants.exact().c4(101), within(1e-15));
        assertThat(c.cpmSigma()).isEqualTo(CpmSigma.OVERALL);
    }

    @Test
    void analyze_individuals_defaultsToAverageMovingRange() {
        double[] x = {10.0, 12.0, 11.0, 14.0, 13.0, 12.5, 11.5};
        Capability c = Capability.of(x, SpecLimits.twoSided(5, 20));
        double mrbar = (2 + 1 + 3 + 1 + 0.5 + 1) / 6.0;
        assertThat(c.withinMethod()).isEqualTo(SigmaMethod.AVERAGE_MOVING_RANGE);
        assertThat(c.withinSigma()).isCloseTo(mrbar / ControlConstants.exact().d2(2), within(1e-14));
        assertThat(c.withinDf()).isEqualTo(6); // k - w + 1 = 7 - 2 + 1
    }

    @Test
    void withinDf_followsMinitabTable() {
        Subgroups data = ReferenceData.pistonRingsPhase1(); // k = 25 subgroups of 5
        SpecLimits s = SpecLimits.twoSided(73.95, 74.05);
        CapabilityAnalysis a = CapabilityAnalysis.withDefaults();
        assertThat(a.withWithinSigma(SigmaMethod.R_BAR).analyze(data, s).withinDf()).isCloseTo(90.0, within(1e-12));
        assertThat(a.withWithinSigma(SigmaMethod.S_BAR).analyze(data, s).withinDf()).isCloseTo(95.0, within(1e-12));
        assertThat(a.withWithinSigma(SigmaMethod.AVERAGE_MOVING_RANGE).analyze(data, s).withinDf()).isEqualTo(24);
        assertThat(a.withWithinSigma(SigmaMethod.MSSD).analyze(data, s).withinDf()).isEqualTo(24);
        assertThat(a.withWithinSigma(SigmaMethod.OVERALL).analyze(data, s).withinDf()).isEqualTo(124);
        assertThat(CapabilityAnalysis.sbarFactor(2)).isEqualTo(0.88);
        assertThat(CapabilityAnalysis.sbarFactor(7)).isEqualTo(0.96);
        assertThat(CapabilityAnalysis.sbarFactor(64)).isEqualTo(0.99);
        assertThat(CapabilityAnalysis.sbarFactor(65)).isEqualTo(1.0);
    }

    @Test
    void overallSigma_unbiasedDividesByC4() {
        double[] x = {1, 2, 4, 3, 5, 2};
        SpecLimits s = SpecLimits.twoSided(-5, 10);
        Capability plain = Capability.of(x, s);
        Capability unbiased = CapabilityAnalysis.withDefaults().withOverallSigma(OverallSigma.UNBIASED).analyze(x, s);
        assertThat(unbiased.overallSigma()).isCloseTo(plain.overallSigma() / ControlConstants.exact().c4(6),
                within(1e-15));
        assertThat(plain.overallSigma()).isCloseTo(Math.sqrt(65.0 / 6 / 5), within(1e-15)); // SS = 59 - 17^2/6;
    }

    /* --- Cpm --- */

    @Test
    void cpm_minitabDefinition_usesNearerSpecAndOverallSigma() {
        double[] x = {9.8, 10.1, 10.3, 9.9, 10.2, 10.0, 10.4, 9.7};
        SpecLimits s = SpecLimits.twoSided(9.0, 11.0).withTarget(10.5);
        Capability c = Capability.of(x, s);
        double tau = Math.sqrt(c.overallSigma() * c.overallSigma() + (c.mean() - 10.5) * (c.mean() - 10.5));
        assertThat(c.cpm()).isCloseTo(0.5 / (3 * tau), within(1e-14));
        Capability q = CapabilityAnalysis.withDefaults().withConvention(Convention.QCC).analyze(x, s);
        assertThat(q.cpm()).isCloseTo(2.0 / (6 * tau), within(1e-14));
    }

    @Test
    void cpm_interval_boylesDegreesOfFreedom() {
        double[] x = {9.8, 10.1, 10.3, 9.9, 10.2, 10.0, 10.4, 9.7};
        Capability c = Capability.of(x, SpecLimits.twoSided(9.0, 11.0).withTarget(10.2));
        double a = (c.mean() - 10.2) / c.overallSigma();
        double df = 8 * (1 + a * a) * (1 + a * a) / (1 + 2 * a * a);
        ChiSquaredDistribution chi = new ChiSquaredDistribution(null, df);
        Interval i = c.interval(Index.CPM, 0.90, Bounds.TWO_SIDED);
        assertThat(i.lower()).isCloseTo(c.cpm() * Math.sqrt(chi.inverseCumulativeProbability(0.05) / df),
                within(1e-12));
        assertThat(i.upper()).isCloseTo(c.cpm() * Math.sqrt(chi.inverseCumulativeProbability(0.95) / df),
                within(1e-12));
    }

    @Test
    void cpm_oneSidedWithoutTarget_isNaNAndHasNoInterval() {
        Capability c = Capability.of(new double[] {1, 2, 3, 2.5, 1.5}, SpecLimits.upperOnly(10));
        assertThat(c.cpm()).isNaN();
        assertThat(c.intervals(0.95, Bounds.TWO_SIDED).byIndex()).doesNotContainKey(Index.CPM);
        assertThatThrownBy(() -> c.interval(Index.CPM, 0.95, Bounds.TWO_SIDED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CPM is not defined");
    }

    /* --- one-sided limits --- */

    @Test
    void upperOnly_cpkIsCpu_cpIsNaN() {
        double[] x = {1, 2, 3, 2.5, 1.5, 2.2};
        Capability c = Capability.of(x, SpecLimits.upperOnly(6));
        assertThat(c.cp()).isNaN();
        assertThat(c.cpl()).isNaN();
        assertThat(c.cpk()).isEqualTo(c.cpu());
        assertThat(c.ppk()).isEqualTo(c.ppu());
        assertThat(c.expectedWithin().below()).isNaN();
        assertThat(c.expectedWithin().total()).isEqualTo(c.expectedWithin().above());
        assertThat(c.observed().above()).isZero();
        assertThatThrownBy(() -> c.interval(Index.CP, 0.95, Bounds.TWO_SIDED))
                .isInstanceOf(IllegalStateException.class);
        // Z.bench of one side is the one-sided z
        assertThat(c.zBenchWithin()).isCloseTo((6 - c.mean()) / c.withinSigma(), within(1e-9));
    }

    @Test
    void lowerOnly_withTarget_cpmUsesDistanceToLsl() {
        double[] x = {5.1, 5.3, 4.9, 5.2, 5.0, 5.4};
        Capability c = Capability.of(x, SpecLimits.lowerOnly(4.0).withTarget(5.0));
        double tau = Math.hypot(c.overallSigma(), c.mean() - 5.0);
        assertThat(c.cpm()).isCloseTo(1.0 / (3 * tau), within(1e-14));
        assertThat(c.cpk()).isEqualTo(c.cpl());
    }

    /* --- intervals --- */

    @Test
    void intervals_cpChiSquareWithMethodDf() {
        Subgroups data = ReferenceData.pistonRingsPhase1();
        Capability c = Capability.of(data, SpecLimits.twoSided(73.95, 74.05));
        ChiSquaredDistribution chi = new ChiSquaredDistribution(null, 100);
        Interval i = c.interval(Index.CP, 0.95, Bounds.TWO_SIDED);
        assertThat(i.lower()).isCloseTo(c.cp() * Math.sqrt(chi.inverseCumulativeProbability(0.025) / 100), within(1e-12));
        assertThat(i.upper()).isCloseTo(c.cp() * Math.sqrt(chi.inverseCumulativeProbability(0.975) / 100), within(1e-12));
        Interval lower = c.interval(Index.CP, 0.95, Bounds.LOWER);
        assertThat(lower.lower()).isCloseTo(c.cp() * Math.sqrt(chi.inverseCumulativeProbability(0.05) / 100),
                within(1e-12));
        assertThat(lower.upper()).isEqualTo(Double.POSITIVE_INFINITY);
        ChiSquaredDistribution chiO = new ChiSquaredDistribution(null, 124);
        Interval pp = c.interval(Index.PP, 0.95, Bounds.UPPER);
        assertThat(pp.upper()).isCloseTo(c.pp() * Math.sqrt(chiO.inverseCumulativeProbability(0.95) / 124), within(1e-12));
        assertThat(pp.lower()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void intervals_cpkBissellWithMethodDf() {
        Subgroups data = ReferenceData.pistonRingsPhase1();
        Capability c = Capability.of(data, SpecLimits.twoSided(73.95, 74.05));
        double se = Math.sqrt(1.0 / (9 * 125) + c.cpk() * c.cpk() / (2 * 100));
        double z = STD.inverseCumulativeProbability(0.975);
        Interval i = c.interval(Index.CPK, 0.95, Bounds.TWO_SIDED);
        assertThat(i.lower()).isCloseTo(c.cpk() - z * se, within(1e-12));
        assertThat(i.upper()).isCloseTo(c.cpk() + z * se, within(1e-12));
        double seP = Math.sqrt(1.0 / (9 * 125) + c.ppk() * c.ppk() / (2 * 124));
        Interval p = c.interval(Index.PPK, 0.99, Bounds.LOWER);
        assertThat(p.lower()).isCloseTo(c.ppk() - STD.inverseCumulativeProbability(0.99) * seP, within(1e-12));
    }

    @Test
    void intervals_oneSidedBoundsAreTighterThanTwoSided() {
        Capability c = Capability.of(ReferenceData.pistonRingsPhase1(), SpecLimits.twoSided(73.95, 74.05));
        for (Index idx : Index.values()) {
            Interval two = c.interval(idx, 0.95, Bounds.TWO_SIDED);
            assertThat(c.interval(idx, 0.95, Bounds.LOWER).lower()).as(idx.name()).isGreaterThan(two.lower());
            assertThat(c.interval(idx, 0.95, Bounds.UPPER).upper()).as(idx.name()).isLessThan(two.upper());
            assertThat(two.contains(c.value(idx))).as(idx.name()).isTrue();
        }
        assertThatThrownBy(() -> c.interval(Index.CP, 1.0, Bounds.TWO_SIDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1.0");
        assertThat(c.intervals(0.95, Bounds.TWO_SIDED).toString()).contains("CPK").contains("two-sided");
    }

    /* --- expected ppm and Z.bench --- */

    @Test
    void expectedPpmAndZBench_matchNormalDistribution() {
        double[] x = {16.2, 15.1, 17.3, 14.8, 16.9, 15.5, 16.4, 15.9, 16.8, 15.2};
        SpecLimits s = SpecLimits.twoSided(8, 20);
        Capability c = Capability.of(x, s);
        double m = c.mean();
        double sw = c.withinSigma();
        double below = STD.cumulativeProbability((8 - m) / sw);
        double above = 1 - STD.cumulativeProbability((20 - m) / sw);
        assertThat(c.expectedWithin().below()).isCloseTo(1e6 * below, within(1e-6 * 1e6 * below + 1e-9));
        assertThat(c.expectedWithin().above()).isCloseTo(1e6 * above, within(1e-9 * 1e6));
        assertThat(c.zBenchWithin()).isCloseTo(-STD.inverseCumulativeProbability(below + above), within(1e-9));
    }

    @Test
    void zBench_farTails_stayFiniteAndAccurate() {
        assertThat(NormalTail.upperQuantile(1e-20)).isCloseTo(9.262340089798408, within(1e-9));
        assertThat(NormalTail.upperQuantile(1e-300)).isCloseTo(37.04710, within(1e-4));
        assertThat(NormalTail.upper(9.262340089798408)).isCloseTo(1e-20, within(1e-29));
        // P underflows double: Z.bench falls back to the nearer one-sided z
        double[] x = {-1, 1, -1, 1, -1, 1};
        Capability c = Capability.of(x, SpecLimits.twoSided(-100, 100));
        assertThat(c.zBenchOverall()).isCloseTo(100 / c.overallSigma(), within(1e-12));
        assertThat(c.expectedOverall().total()).isZero();
    }

    @Test
    void zBench_meanOutsideLimits_isNegativeAndFinite() {
        double[] x = {10.5, 11.5, 10.5, 11.5, 10.5, 11.5}; // mean 11 above USL 10
        Capability c = Capability.of(x, SpecLimits.twoSided(0, 10));
        double zu = (10 - 11) / c.overallSigma();
        double inside = STD.cumulativeProbability(zu) - STD.cumulativeProbability(-11 / c.overallSigma());
        assertThat(c.zBenchOverall()).isCloseTo(STD.inverseCumulativeProbability(inside), within(1e-9));
        assertThat(c.zBenchOverall()).isNegative();
        double[] far = {100.5, 101.5, 100.5, 101.5};
        Capability f = Capability.of(far, SpecLimits.twoSided(0, 10));
        assertThat(f.zBenchOverall()).isCloseTo((10 - 101) / f.overallSigma(), within(1e-9));
        assertThat(f.expectedOverall().above()).isEqualTo(1e6);
    }

    @Test
    void analyze_nonFiniteValue_namesValueAndIndex() {
        assertThatThrownBy(() -> Capability.of(new double[] {1, 2, Double.NaN, 4}, SpecLimits.twoSided(0, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value NaN at index 2");
    }

    /* --- degenerate data --- */

    @Test
    void allValuesEqual_throwsNamingTheValue() {
        assertThatThrownBy(() -> Capability.of(new double[] {5, 5, 5, 5}, SpecLimits.twoSided(0, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no spread: all 4 values equal 5");
    }

    @Test
    void singleValue_throws() {
        assertThatThrownBy(() -> Capability.of(new double[] {5}, SpecLimits.twoSided(0, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 values, got 1");
    }

    @Test
    void noSpreadWithinSubgroups_throws() {
        Subgroups s = Subgroups.ofSize(3, 1, 1, 1, 2, 2, 2, 3, 3, 3);
        assertThatThrownBy(() -> Capability.of(s, SpecLimits.twoSided(0, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("within-subgroup sigma estimated by POOLED is 0.0");
    }

    @Test
    void mixedSubgroupSizesWithOne_throwsNamingSubgroup() {
        Subgroups s = Subgroups.of(new double[] {1, 2}, new double[] {3});
        assertThatThrownBy(() -> Capability.of(s, SpecLimits.twoSided(0, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subgroup 2");
    }

    /* --- specification limits --- */

    @Test
    void specLimits_lslNotBelowUsl_namesBoth() {
        assertThatThrownBy(() -> SpecLimits.twoSided(10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LSL must be below USL, but LSL is 10.0 and USL is 10.0");
        assertThatThrownBy(() -> SpecLimits.twoSided(12, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LSL must be below USL, but LSL is 12.0 and USL is 3.0");
    }

    @Test
    void specLimits_otherBadValues() {
        assertThatThrownBy(() -> SpecLimits.twoSided(0, 1).withTarget(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target 2.0 lies outside");
        assertThatThrownBy(() -> new SpecLimits(Double.NaN, Double.NaN, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both are absent");
        assertThatThrownBy(() -> SpecLimits.upperOnly(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> SpecLimits.twoSided(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LSL NaN");
        assertThat(SpecLimits.twoSided(2, 4).midpoint()).isEqualTo(3);
        assertThat(SpecLimits.lowerOnly(2).midpoint()).isNaN();
        assertThat(SpecLimits.lowerOnly(2).toString()).isEqualTo("SpecLimits[LSL 2, USL -, target -]");
    }

    @Test
    void indices_nonPositiveSigma_throws() {
        assertThatThrownBy(() -> CapabilityIndices.of(SpecLimits.twoSided(0, 1), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0.0");
    }

    @Test
    void toString_isAReadableTable() {
        String s = Capability.of(ReferenceData.pistonRingsPhase1(), SpecLimits.twoSided(73.95, 74.05)).toString();
        assertThat(s).contains("Cp / Pp").contains("Cpk / Ppk").contains("Z.bench").contains("ppm")
                .contains("(midpoint)").contains("POOLED, df 100");
    }
}
