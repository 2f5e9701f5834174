package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spc4j.core.TestResources;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.constants.ControlConstants.Table;

/**
 * Published answers in src/test/resources/reference/examples (sources in each .expected.json):
 * Montgomery's piston rings and viscosity as printed by R's qcc 3.0, and the NIST/SEMATECH
 * e-Handbook 6.3.2.2 individuals example. qcc and NIST use d2 rounded to 3 decimals, so the
 * printed-table mode must reproduce them to the printed digits, and the exact mode must differ
 * by exactly that rounding (checked at 1e-12 relative).
 */
class VariablesChartReferenceTest {

    /** |actual - printed| within half a unit of the 7th significant digit (R's default print). */
    static void assertSig7(double actual, double printed) {
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(printed))) - 6);
        assertThat(actual).isCloseTo(printed, within(0.5 * unit + 1e-15));
    }

    static double[] pistonRings(boolean trial) {
        List<Double> v = new ArrayList<>();
        for (String line : TestResources.lines("reference/examples/montgomery-pistonrings.csv").subList(1, 201)) {
            String[] f = line.split(",");
            if (Boolean.parseBoolean(f[2]) == trial) {
                v.add(Double.parseDouble(f[1]));
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /* --------------- piston rings X-bar / R / S --------------- */

    @Test
    void pistonRings_xbarR_printedTable_matchesQcc() {
        Subgroups phase1 = Subgroups.ofSize(5, pistonRings(true));
        assertThat(phase1.count()).isEqualTo(25);
        ChartResult chart = ChartSpec.xbarR().withConstants(Table.PRINTED).chart(phase1);
        ControlChart xbar = chart.location();
        ControlChart r = chart.dispersion();
        assertSig7(xbar.center(0), 74.00118);
        assertSig7(chart.sigma(), 0.009785039);
        assertSig7(xbar.lcl(0), 73.98805);
        assertSig7(xbar.ucl(0), 74.01430);
        assertSig7(r.center(0), 0.02276);
        assertThat(r.lcl(0)).isZero();
        // qcc's R UCL 0.04812533 uses its own 7-digit d3(5) = 0.8640855; the printed table has 0.864.
        double sigma = chart.sigma();
        assertSig7(r.ucl(0), 0.04812533 + 3 * sigma * (0.864 - 0.8640855));
    }

    @Test
    void pistonRings_xbarR_exact_differsOnlyByD2Rounding() {
        Subgroups phase1 = Subgroups.ofSize(5, pistonRings(true));
        ChartResult printed = ChartSpec.xbarR().withConstants(Table.PRINTED).chart(phase1);
        ChartResult exact = ChartSpec.xbarR().chart(phase1);
        double d2 = ControlConstants.exact().d2(5);
        assertThat(exact.sigma()).isCloseTo(printed.sigma() * 2.326 / d2, within(1e-12 * exact.sigma()));
        // Rbar / d2(5) with d2(5) = 2.32592894728104 from computed.csv (README quotes 0.00978534)
        assertThat(exact.sigma()).isCloseTo(0.02276 / 2.32592894728104, within(1e-12 * exact.sigma()));
        double halfWidth = 3 * exact.sigma() / Math.sqrt(5);
        assertThat(exact.location().ucl(0)).isCloseTo(exact.location().center(0) + halfWidth, within(1e-12 * 74));
        assertThat(exact.location().center(0)).isEqualTo(printed.location().center(0));
        // R chart centre is d2 * sigma = Rbar in both modes
        assertThat(exact.dispersion().center(0)).isCloseTo(0.02276, within(1e-15));
        // R UCL = Rbar * D4 with the exact D4
        assertThat(exact.dispersion().ucl(0)).isCloseTo(0.02276 * ControlConstants.exact().factorD4(5), within(1e-15));
    }

    @Test
    void pistonRings_xbarS_matchesQcc() {
        // qcc computes c4 from the gamma function, like the exact table.
        ChartResult chart = ChartSpec.xbarS().chart(Subgroups.ofSize(5, pistonRings(true)));
        ControlChart s = chart.dispersion();
        assertThat(chart.limits().sigmaMethod()).isEqualTo(SigmaMethod.S_BAR);
        assertSig7(s.center(0), 0.009240037);
        assertSig7(chart.sigma(), 0.009829977);
        assertThat(s.lcl(0)).isZero();
        assertSig7(s.ucl(0), 0.01930242);
    }

    @Test
    void pistonRings_phase2_appliesPhase1LimitsUnchanged_numberingContinues() {
        double[] trial = pistonRings(true);
        double[] fresh = pistonRings(false);
        ControlLimits limits = ChartSpec.xbarR().withConstants(Table.PRINTED).fit(Subgroups.ofSize(5, trial));
        ChartResult phase2 = limits.apply(Subgroups.ofSize(5, fresh));
        ControlChart xbar = phase2.location();
        assertThat(xbar.size()).isEqualTo(15);
        List<Integer> beyond = new ArrayList<>();
        for (int i = 0; i < xbar.size(); i++) {
            assertThat(xbar.index(i)).isEqualTo(26 + i);
            assertSig7(xbar.ucl(i), 74.01430);
            assertSig7(xbar.lcl(i), 73.98805);
            double mean = 0;
            for (int j = 0; j < 5; j++) {
                mean += fresh[5 * i + j] / 5;
            }
            assertThat(xbar.statistic(i)).isCloseTo(mean, within(1e-12));
            if (xbar.point(i).beyondLimits()) {
                beyond.add(xbar.index(i));
            }
        }
        // Montgomery: samples 37, 38 and 39 plot above the UCL of the trial limits.
        assertThat(beyond).containsExactly(37, 38, 39);
        assertThat(phase2.inControl()).isFalse();
        // the chart over all 40 samples fitted on 1..25 gives the same points
        double[] all = new double[200];
        System.arraycopy(trial, 0, all, 0, 125);
        System.arraycopy(fresh, 0, all, 125, 75);
        ChartResult whole = ChartSpec.xbarR().withConstants(Table.PRINTED).chart(Subgroups.ofSize(5, all), 0, 25);
        assertThat(whole.location().point(36)).isEqualTo(xbar.point(11));
    }

    /* --------------- viscosity individuals --------------- */

    static double[] viscosity() {
        return TestResources.csvColumn("reference/examples/montgomery-viscosity.csv", 1);
    }

    @Test
    void viscosity_individuals_movingRange_matchesQcc() {
        double[] phase1 = java.util.Arrays.copyOf(viscosity(), 20);
        ChartResult chart = ChartSpec.individuals().withConstants(Table.PRINTED).chart(Subgroups.individuals(phase1));
        assertSig7(chart.location().center(0), 34.088);
        assertSig7(chart.sigma(), 0.5076521);
        assertSig7(chart.location().lcl(0), 32.56504);
        assertSig7(chart.location().ucl(0), 35.61096);
        // exact d2(2) = 2/sqrt(pi): sigma 0.5074815 (reference README)
        ChartResult exact = ChartSpec.individuals().chart(Subgroups.individuals(phase1));
        assertSig7(exact.sigma(), 0.5074815);
        assertThat(exact.sigma()).isCloseTo(chart.sigma() * 1.128 / (2 / Math.sqrt(Math.PI)), within(1e-12));
        // moving-range chart: 19 points, numbered 2..20
        assertThat(chart.dispersion().size()).isEqualTo(19);
        assertThat(chart.dispersion().index(0)).isEqualTo(2);
    }

    @Test
    void viscosity_individuals_overallSd_matchesQcc() {
        double[] phase1 = java.util.Arrays.copyOf(viscosity(), 20);
        ChartResult chart = ChartSpec.individuals().withSigmaMethod(SigmaMethod.OVERALL)
                .chart(Subgroups.individuals(phase1));
        assertSig7(chart.sigma(), 0.5769854);
        assertSig7(chart.location().lcl(0), 32.35704);
        assertSig7(chart.location().ucl(0), 35.81896);
    }

    @Test
    void viscosity_individuals_batch4Removed_matchesQcc() {
        double[] v = viscosity();
        double[] phase1 = new double[19];
        for (int i = 0, k = 0; i < 20; i++) {
            if (i != 3) {
                phase1[k++] = v[i];
            }
        }
        ChartResult chart = ChartSpec.individuals().withConstants(Table.PRINTED).chart(Subgroups.individuals(phase1));
        assertSig7(chart.location().center(0), 33.98947);
        assertSig7(chart.sigma(), 0.4117415);
        assertSig7(chart.location().lcl(0), 32.75425);
        assertSig7(chart.location().ucl(0), 35.22470);
    }

    /* --------------- NIST e-Handbook 6.3.2.2 --------------- */

    @Test
    void nistIndividuals_matchesHandbook() {
        double[] flow = TestResources.csvColumn("reference/examples/nist-6.3.2.2-individuals.csv", 1);
        ChartResult chart = ChartSpec.individuals().withConstants(Table.PRINTED).chart(Subgroups.individuals(flow));
        // 4 decimals as published; xbar is exact to 2 decimals
        assertThat(chart.location().center(0)).isCloseTo(50.81, within(1e-12));
        assertThat(chart.dispersion().center(0)).isCloseTo(1.8778, within(0.00005));
        assertThat(chart.location().ucl(0)).isCloseTo(55.8041, within(0.00005));
        assertThat(chart.location().lcl(0)).isCloseTo(45.8159, within(0.00005));
        assertThat(chart.location().pointsBeyondLimits()).isEmpty(); // "no point falls outside the limits"
    }
}
