package org.spc4j.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spc4j.core.capability.Capability.Index;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;

/**
 * Agreement with published capability results.
 *
 * <ul>
 *   <li>NIST/SEMATECH e-Handbook 6.1.6 (resource reference/examples/nist-6.1.6-capability.*):
 *       USL 20, LSL 8, mean 16, sigma 2; 4 decimals.</li>
 *   <li>qcc 3.0 vignette, {@code process.capability} of the 25 Phase I piston-ring samples
 *       (reference/examples/montgomery-pistonrings.*): sigma = Rbar/d2 with qcc's d2(5) = 2.326
 *       (our printed table), Cp/Cp_k/Cpm intervals two-sided, and Cp_l/Cp_u "intervals" that are
 *       really one-sided 95 % bounds. Indices printed to 2 or 3 decimals: tolerance half a unit of
 *       the last printed decimal.</li>
 * </ul>
 */
class CapabilityReferenceTest {

    /* --- NIST e-Handbook 6.1.6 --- */

    @Test
    void indices_nist616_matchPrintedValues() {
        // NIST/SEMATECH e-Handbook 6.1.6: Cp 1.0, Cpu 0.6667, Cpl 1.3333, Cpk 0.6667
        CapabilityIndices c = CapabilityIndices.of(SpecLimits.twoSided(8, 20), 16, 2);
        assertThat(c.p()).isEqualTo(1.0);
        assertThat(c.pu()).isCloseTo(0.6667, within(0.5e-4));
        assertThat(c.pl()).isCloseTo(1.3333, within(0.5e-4));
        assertThat(c.pk()).isCloseTo(0.6667, within(0.5e-4));
        assertThat(c.pk()).isLessThan(1.0); // "not a good process"
    }

    @Test
    void nist616_resourceHoldsTheInputs() {
        String[] row = ReferenceData.csv("/reference/examples/nist-6.1.6-capability.csv").get(0);
        CapabilityIndices c = CapabilityIndices.of(
                SpecLimits.twoSided(Double.parseDouble(row[1]), Double.parseDouble(row[0])),
                Double.parseDouble(row[2]), Double.parseDouble(row[3]));
        assertThat(c.pk()).isCloseTo(0.6667, within(0.5e-4));
    }

    /* --- qcc 3.0, piston rings --- */

    private static final CapabilityAnalysis QCC = CapabilityAnalysis.withDefaults()
            .withConvention(Convention.QCC)
            .withWithinSigma(SigmaMethod.R_BAR)
            .withConstants(ControlConstants.Table.PRINTED)
            .withCpmSigma(CpmSigma.WITHIN);

    /** One qcc case: values Cp, Cp_l, Cp_u, Cp_k, Cpm and the printed 95 % limits in that order. */
    private record QccCase(SpecLimits specs, int decimals, double[] values, double[][] limits) {
    }

    private static final List<QccCase> CASES = List.of(
            // process.capability(q, spec.limits = c(73.95, 74.05))  (target: midpoint 74)
            new QccCase(SpecLimits.twoSided(73.95, 74.05), 2,
                    new double[] {1.70, 1.74, 1.66, 1.66, 1.69},
                    new double[][] {{1.49, 1.91}, {1.55, 1.93}, {1.48, 1.84}, {1.45, 1.88}, {1.48, 1.90}}),
            // process.capability(q, spec.limits = c(73.95, 74.05), target = 74.02)
            new QccCase(SpecLimits.twoSided(73.95, 74.05).withTarget(74.02), 3,
                    new double[] {1.703, 1.743, 1.663, 1.663, 0.786},
                    new double[][] {{1.491, 1.915}, {1.555, 1.932}, {1.483, 1.844}, {1.448, 1.878},
                            {0.656, 0.915}}),
            // process.capability(q, spec.limits = c(73.99, 74.01))
            new QccCase(SpecLimits.twoSided(73.99, 74.01), 3,
                    new double[] {0.341, 0.381, 0.301, 0.301, 0.338},
                    new double[][] {{0.298, 0.383}, {0.318, 0.444}, {0.242, 0.359}, {0.231, 0.370},
                            {0.296, 0.380}}),
            // process.capability(q, spec.limits = c(73.99, 74.1))
            new QccCase(SpecLimits.twoSided(73.99, 74.1), 3,
                    new double[] {1.874, 0.381, 3.367, 0.381, 0.408},
                    new double[][] {{1.641, 2.106}, {0.318, 0.444}, {3.011, 3.722}, {0.305, 0.456},
                            {0.338, 0.479}}));

    @Test
    void qcc_pistonRings_centerAndSigma() {
        Capability c = QCC.analyze(ReferenceData.pistonRingsPhase1(), SpecLimits.twoSided(73.95, 74.05));
        assertThat(c.n()).isEqualTo(125);
        assertThat(c.subgroups()).isEqualTo(25);
        assertThat(c.mean()).isCloseTo(74.00118, within(0.5e-5));          // qcc: center 74.00118
        assertThat(c.withinSigma()).isCloseTo(0.009785039, within(0.5e-9)); // qcc: std.dev 0.009785039
        assertThat(c.withinDf()).isEqualTo(124);                            // qcc: n - 1
    }

    @Test
    void qcc_pistonRings_indicesAndIntervals() {
        Subgroups data = ReferenceData.pistonRingsPhase1();
        for (QccCase k : CASES) {
            Capability c = QCC.analyze(data, k.specs());
            double tol = 0.5 * Math.pow(10, -k.decimals()) + 1e-12;
            Index[] order = {Index.CP, Index.CPL, Index.CPU, Index.CPK, Index.CPM};
            for (int i = 0; i < order.length; i++) {
                String what = k.specs() + " " + order[i];
                assertThat(c.value(order[i])).as(what).isCloseTo(k.values()[i], within(tol));
                Interval lo;
                Interval hi;
                if (order[i] == Index.CPL || order[i] == Index.CPU) {
                    // qcc prints these under "2.5%" / "97.5%" but computes them with qnorm(0.95).
                    lo = c.interval(order[i], 0.95, Bounds.LOWER);
                    hi = c.interval(order[i], 0.95, Bounds.UPPER);
                } else {
                    lo = c.interval(order[i], 0.95, Bounds.TWO_SIDED);
                    hi = lo;
                }
                assertThat(lo.lower()).as(what + " lower").isCloseTo(k.limits()[i][0], within(tol));
                assertThat(hi.upper()).as(what + " upper").isCloseTo(k.limits()[i][1], within(tol));
            }
        }
    }

    @Test
    void qcc_pistonRings_targetDefaultsToMidpoint() {
        Capability c = QCC.analyze(ReferenceData.pistonRingsPhase1(), SpecLimits.twoSided(73.99, 74.1));
        assertThat(c.target()).isCloseTo(74.045, within(1e-12));
        assertThat(c.targetGiven()).isFalse();
    }

    @Test
    void qcc_pistonRings_percentOutsideSpecs() {
        // qcc, spec.limits c(73.99, 74.01): Exp<LSL 13%, Obs<LSL 12%, Exp>USL 18%, Obs>USL 16%
        Capability c = QCC.analyze(ReferenceData.pistonRingsPhase1(), SpecLimits.twoSided(73.99, 74.01));
        assertThat(c.expectedWithin().below() / 1e4).isCloseTo(13, within(0.5));
        assertThat(c.observed().below() / 1e4).isCloseTo(12, within(0.5));
        assertThat(c.expectedWithin().above() / 1e4).isCloseTo(18, within(0.5));
        assertThat(c.observed().above() / 1e4).isCloseTo(16, within(0.5));
        // observed counts are exact: 15 of 125 below, 20 of 125 above
        assertThat(c.observed().below()).isEqualTo(1e6 * 15 / 125);
        assertThat(c.observed().above()).isEqualTo(1e6 * 20 / 125);
    }

    @Test
    void exactConstants_pistonRings_differFromQccInTheFourthDigit() {
        // README of the reference data: with exact d2(5) = 2.32592894728 sigma is 0.00978534 and
        // Cp_u for (73.99, 74.1) prints 3.366 instead of 3.367.
        Capability c = QCC.withConstants(ControlConstants.Table.EXACT)
                .analyze(ReferenceData.pistonRingsPhase1(), SpecLimits.twoSided(73.99, 74.1));
        assertThat(c.withinSigma()).isCloseTo(0.00978534, within(0.5e-8));
        assertThat(c.cpu()).isCloseTo(3.366, within(0.5e-3));
    }
}
