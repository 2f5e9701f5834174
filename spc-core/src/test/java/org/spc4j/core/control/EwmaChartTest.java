package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.spc4j.core.control.Reference.assertSig7;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spc4j.core.constants.ControlConstants;

/** EWMA charts against NIST and qcc published values, plus the exact-limit formula. */
class EwmaChartTest {

    /* --- NIST/SEMATECH e-Handbook 6.3.2.4 (nist-6.3.2.4-ewma.expected.json) --- */

    @Test
    void ewma_nistExample_matchesHandbook() {
        double[] x = Reference.column(Reference.csv("nist-6.3.2.4-ewma"), 1);
        // EWMA_0 = 50 (target), s = 2.0539, lambda = 0.3, k = 3, asymptotic limits
        EwmaResult r = EwmaSpec.withDefaults().withLambda(0.3).withLimits(EwmaLimitsMode.ASYMPTOTIC)
                .withKnownMean(50).withKnownSigma(2.0539).limits().apply(Subgroups.individuals(x));
        double[] expected = {50.6, 49.52, 50.56, 50.18, 50.16, 49.21, 49.75, 49.85, 50.26, 50.33, 50.11, 49.36,
                             49.52, 50.05, 49.38, 49.92, 50.73, 51.23, 51.94, 51.99};
        ControlChart c = r.chart();
        assertThat(c.size()).isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            // printed to 2 decimals
            assertThat(c.statistic(i)).as("EWMA %d", i + 1).isCloseTo(expected[i], within(0.005 + 1e-12));
        }
        // printed UCL 52.5884, LCL 47.4115 (NIST's LCL is one unit low in the 4th decimal; the JSON says 1e-4)
        assertThat(c.ucl(0)).isCloseTo(52.5884, within(1e-4));
        assertThat(c.lcl(0)).isCloseTo(47.4115, within(1e-4));
        assertThat(c.ucl(0)).isCloseTo(50 + 3 * 2.0539 * Math.sqrt(0.3 / 1.7), within(1e-13));
        assertThat(c.hasConstantLimits()).isTrue();
        assertThat(r.inControl()).isTrue();
        assertThat(c.index(0)).isEqualTo(1);
        assertThat(r.end().steps()).isEqualTo(20);
        assertThat(r.end().value()).isEqualTo(c.statistic(19));
    }

    /* --- qcc 3.0 vignette, viscosity (montgomery-viscosity.expected.json, EWMA case) --- */

    @Test
    void ewma_viscosityPhaseOneAndTwo_matchesQcc() {
        List<String[]> rows = Reference.csv("montgomery-viscosity");
        Subgroups all = Subgroups.individuals(Reference.column(rows, 1));
        // qcc uses d2(2) = 1.128: the printed table
        EwmaResult r = EwmaSpec.withDefaults().withLambda(0.2).withNsigmas(2.7)
                .withConstants(ControlConstants.Table.PRINTED).chart(all, 0, 20);
        assertSig7(r.limits().process().center(), 34.088);
        assertSig7(r.limits().process().sigma(), 0.5076521);
        ControlChart c = r.chart();
        assertThat(c.size()).isEqualTo(35);
        assertSig7(c.lcl(0), 33.81387);
        assertSig7(c.ucl(0), 34.36213);
        assertSig7(c.lcl(1), 33.73694);
        assertSig7(c.ucl(1), 34.43906);
        assertSig7(c.lcl(34), 33.63111);
        assertSig7(c.ucl(34), 34.54489);
    }

    /* --- qcc 3.0 vignette, piston rings (montgomery-pistonrings.expected.json, ewma_chart) --- */

    private static Subgroups pistonRings() {
        List<String[]> rows = Reference.csv("montgomery-pistonrings");
        return Subgroups.byId(Reference.column(rows, 1), rows.stream().map(r -> r[0]).toList());
    }

    @Test
    void ewma_pistonRingsPhaseOne_matchesQcc() {
        Subgroups trial = pistonRings().slice(0, 25);
        EwmaResult r = EwmaSpec.withDefaults().withConstants(ControlConstants.Table.PRINTED).chart(trial);
        assertSig7(r.limits().process().center(), 74.00118);
        assertSig7(r.limits().process().sigma(), 0.009785039);
        ControlChart c = r.chart();
        assertSig7(c.lcl(0), 73.99855);
        assertSig7(c.ucl(0), 74.0038);
        assertSig7(c.lcl(1), 73.99781);
        assertSig7(c.ucl(1), 74.00454);
        assertSig7(c.lcl(24), 73.9968);
        assertSig7(c.ucl(24), 74.00555);
    }

    @Test
    void ewma_pistonRingsWithNewData_matchesQcc() {
        EwmaResult r = EwmaSpec.withDefaults().withNsigmas(2.7).withConstants(ControlConstants.Table.PRINTED)
                .chart(pistonRings(), 0, 25);
        ControlChart c = r.chart();
        assertThat(c.size()).isEqualTo(40);
        assertSig7(c.lcl(0), 73.99881);
        assertSig7(c.ucl(0), 74.00354);
        assertSig7(c.lcl(1), 73.99815);
        assertSig7(c.ucl(1), 74.0042);
        assertSig7(c.lcl(39), 73.99724);
        assertSig7(c.ucl(39), 74.00511);
    }

    /* --- formulas and options --- */

    @Test
    void ewma_exactLimits_matchClosedFormAndApproachAsymptotic() {
        double[] x = {1, 3, 2, 5, 4, 4, 3, 6, 2, 1, 0, 3};
        double lambda = 0.25;
        double sigma = 1.5;
        EwmaSpec spec = EwmaSpec.withDefaults().withLambda(lambda).withKnownMean(2).withKnownSigma(sigma);
        ControlChart exact = spec.limits().apply(Subgroups.individuals(x)).chart();
        ControlChart asym = spec.withLimits(EwmaLimitsMode.ASYMPTOTIC).limits().apply(Subgroups.individuals(x)).chart();
        double z = 2;
        for (int i = 0; i < x.length; i++) {
            z = lambda * x[i] + (1 - lambda) * z;
            double closed = sigma * Math.sqrt(lambda / (2 - lambda) * (1 - Math.pow(1 - lambda, 2 * (i + 1))));
            assertThat(exact.statistic(i)).isCloseTo(z, within(1e-14));
            assertThat(exact.sigmaOfStatistic(i)).isCloseTo(closed, within(1e-15));
            assertThat(exact.ucl(i)).isLessThan(asym.ucl(i));
            assertThat(asym.sigmaOfStatistic(i)).isCloseTo(sigma * Math.sqrt(lambda / (2 - lambda)), within(1e-15));
        }
        assertThat(exact.sigmaOfStatistic(0)).isCloseTo(lambda * sigma, within(1e-15));
    }

    @Test
    void ewma_varyingSubgroupSizes_useExactVarianceRecursion() {
        Subgroups data = Subgroups.of(new double[] {1, 2}, new double[] {3, 4, 5, 6}, new double[] {7});
        double lambda = 0.4;
        ControlChart c = EwmaSpec.withDefaults().withLambda(lambda).withKnownMean(3).withKnownSigma(2).limits()
                .apply(data).chart();
        // Var(z_3) = sigma^2 * (l^2 (1-l)^4 / 2 + l^2 (1-l)^2 / 4 + l^2 / 1)
        double q = 1 - lambda;
        double v = 4 * (lambda * lambda * Math.pow(q, 4) / 2 + lambda * lambda * q * q / 4 + lambda * lambda);
        assertThat(c.sigmaOfStatistic(2)).isCloseTo(Math.sqrt(v), within(1e-15));
        assertThat(c.statistic(0)).isCloseTo(lambda * 1.5 + q * 3, within(1e-15));
    }

    @Test
    void ewma_phaseTwo_restartsAtTargetAndContinuesNumbering() {
        EwmaLimits limits = EwmaSpec.withDefaults().fit(Subgroups.individuals(1, 2, 3, 2, 1, 2, 3));
        EwmaResult r = limits.apply(Subgroups.individuals(10, 2));
        assertThat(r.chart().index(0)).isEqualTo(8);
        assertThat(r.chart().statistic(0)).isCloseTo(0.2 * 10 + 0.8 * limits.process().center(), within(1e-14));
        assertThat(r.chart().pointsBeyondLimits()).extracting(ChartPoint::index).containsExactly(8, 9); // z = 3.6, 3.28 above UCL 2.53, 2.68
        // continuing from an end state equals one run over the concatenation
        EwmaResult first = limits.apply(Subgroups.individuals(3, 4), 1);
        EwmaResult cont = limits.apply(Subgroups.individuals(5), 3, first.end());
        EwmaResult once = limits.apply(Subgroups.individuals(3, 4, 5), 1);
        assertThat(cont.chart().statistic(0)).isEqualTo(once.chart().statistic(2));
        assertThat(cont.chart().sigmaOfStatistic(0)).isEqualTo(once.chart().sigmaOfStatistic(2));
    }

    @Test
    void ewma_badParameters_throw() {
        assertThatThrownBy(() -> EwmaSpec.withDefaults().withLambda(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lambda must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> EwmaSpec.withDefaults().withLambda(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EwmaSpec.withDefaults().withNsigmas(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EwmaSpec.withDefaults().withKnownSigma(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("known sigma must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> EwmaSpec.withDefaults().limits()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EwmaSpec.withDefaults().fit(Subgroups.individuals(2, 2, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spread");
        Subgroups staged = Subgroups.individuals(1, 2, 3).withStages(List.of("a", "a", "b"));
        assertThatThrownBy(() -> EwmaSpec.withDefaults().fit(staged)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subgroup 3 (label 3) starts stage 'b'");
        assertThatThrownBy(() -> Subgroups.individuals(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value NaN at index 1");
    }

    @Test
    void toString_isReadable() {
        EwmaResult r = EwmaSpec.withDefaults().withKnownMean(0).withKnownSigma(1).limits()
                .apply(Subgroups.individuals(0.5, -0.25));
        assertThat(r.toString()).startsWith("EWMA limits, lambda 0.2, L 3, exact limits; center 0 (known), sigma 1 (known)")
                .contains("ewma chart, 2 points, 3-sigma limits").contains("-0.6");
        assertThat(EwmaSpec.withDefaults().toString())
                .isEqualTo("EwmaSpec[lambda 0.2, L 3, exact limits, sigma MR-bar or R-bar, EXACT constants]");
    }
}
