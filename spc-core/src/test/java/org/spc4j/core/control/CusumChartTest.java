package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.spc4j.core.control.Reference.assertSig7;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.spc4j.core.constants.ControlConstants;

/** Tabular CUSUM against the NIST e-Handbook example, head start, subgroups and views. */
class CusumChartTest {

    /* --- NIST/SEMATECH e-Handbook 6.3.2.3 (nist-6.3.2.3-cusum.expected.json) --- */

    @Test
    void cusum_nistExample_matchesHandbook() {
        double[] x = Reference.column(Reference.csv("nist-6.3.2.3-cusum"), 1);
        // NIST gives target 325 and k = 0.3175, h = 4.1959 in data units: with a known sigma of 1
        // sigma units are data units.
        CusumResult r = CusumSpec.withDefaults().withK(0.3175).withH(4.1959).withKnownMean(325).withKnownSigma(1)
                .limits().apply(Subgroups.individuals(x));
        double[] hi = {0, 0, 0, 0, 0.03, 0, 0, 0, 0, 0, 0, 0, 3.01, 4.94, 7.45, 10.63, 11.99, 14.44, 16.0, 19.04};
        double[] lo = {0, 0.01, 0, 0.33, 0, 0, 0.56, 0.72, 0.17, 0.25, 0.31, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (int i = 0; i < 20; i++) {
            // printed to 2 decimals
            assertThat(r.upperSum(i)).as("S_hi %d", i + 1).isCloseTo(hi[i], within(0.005 + 1e-12));
            assertThat(r.lowerSum(i)).as("S_lo %d", i + 1).isCloseTo(lo[i], within(0.005 + 1e-12));
        }
        assertThat(r.firstSignal()).isEqualTo(OptionalInt.of(14));
        assertThat(r.signals()).extracting(CusumPoint::index).containsExactly(14, 15, 16, 17, 18, 19, 20);
        assertThat(r.signals()).allMatch(p -> p.upperSignal() && !p.lowerSignal());
        assertThat(r.upper().pointsBeyondLimits()).extracting(ChartPoint::index)
                .containsExactly(14, 15, 16, 17, 18, 19, 20);
        assertThat(r.lower().pointsBeyondLimits()).isEmpty();
        assertThat(r.upper().ucl(0)).isEqualTo(4.1959);
        assertThat(r.upper().lcl(0)).isZero();
        assertThat(r.inControl()).isFalse();
        assertThat(r.end()).isEqualTo(new CusumState(20, r.upperSum(19), r.lowerSum(19)));
        // unrounded sums from the recursion: S_hi(13) = (328.325 - 325) - 0.3175
        assertThat(r.upperSum(12)).isCloseTo(3.0075, within(1e-12));
    }

    /* --- qcc 3.0 vignette, piston rings cusum summary (montgomery-pistonrings.expected.json) --- */

    @Test
    void cusum_pistonRings_fitsQccCentreAndSigma() {
        List<String[]> rows = Reference.csv("montgomery-pistonrings");
        Subgroups trial = Subgroups.byId(Reference.column(rows, 1), rows.stream().map(r -> r[0]).toList())
                .slice(0, 25);
        CusumLimits limits = CusumSpec.withDefaults().withH(4).withConstants(ControlConstants.Table.PRINTED).fit(trial);
        assertSig7(limits.process().center(), 74.00118);
        assertSig7(limits.process().sigma(), 0.009785039);
        assertThat(limits.process().sigmaMethod()).isEqualTo(SigmaMethod.R_BAR);
        // subgroup means are standardised with sigma / sqrt(5)
        CusumResult r = limits.apply(trial, 1);
        double mean1 = (74.030 + 74.002 + 74.019 + 73.992 + 74.008) / 5;
        assertThat(r.point(0).standardized())
                .isCloseTo((mean1 - limits.process().center()) / (limits.process().sigma() / Math.sqrt(5)), within(1e-9));
    }

    /* --- head start and definitions --- */

    @Test
    void cusum_fastInitialResponse_startsSumsAtHeadStart() {
        CusumSpec fir = CusumSpec.fastInitialResponse();
        assertThat(fir.toString()).startsWith("CusumSpec[k 0.5, h 4, head start 2,");
        CusumResult r = fir.withKnownMean(0).withKnownSigma(1).limits().apply(Subgroups.individuals(1.5, 1.5, -3));
        // C+ = 2 + 1.5 - 0.5 = 3, then 4, then max(0, 4 - 3.5) = 0.5; C- = max(0, 2 - 2) = 0, 0, 2.5
        assertThat(r.upperSum(0)).isEqualTo(3.0);
        assertThat(r.upperSum(1)).isEqualTo(4.0);
        assertThat(r.upperSum(2)).isEqualTo(0.5);
        assertThat(r.lowerSum(0)).isEqualTo(0.0);
        assertThat(r.lowerSum(2)).isEqualTo(2.5);
        assertThat(r.signals()).isEmpty(); // 4 is on, not above, h
        CusumResult shifted = fir.withKnownMean(0).withKnownSigma(1).limits()
                .apply(Subgroups.individuals(1.6, 1.6));
        assertThat(shifted.firstSignal()).isEqualTo(OptionalInt.of(2));
        // without a head start the same shift signals later
        CusumResult plain = CusumSpec.withDefaults().withH(4).withKnownMean(0).withKnownSigma(1).limits()
                .apply(Subgroups.individuals(1.6, 1.6, 1.6, 1.6, 1.6));
        assertThat(plain.firstSignal()).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void cusum_bruteForce_matchesDefinitionOnPhaseOneFit() {
        double[] x = {10.2, 9.8, 10.1, 10.5, 9.7, 10.0, 10.9, 11.2, 11.0, 10.8, 11.4, 9.9};
        CusumResult r = CusumSpec.withDefaults().chart(Subgroups.individuals(x), 0, 6);
        double mu = (10.2 + 9.8 + 10.1 + 10.5 + 9.7 + 10.0) / 6;
        double mr = (0.4 + 0.3 + 0.4 + 0.8 + 0.3) / 5;
        double sigma = mr / (2 / Math.sqrt(Math.PI));
        assertThat(r.limits().process().sigma()).isCloseTo(sigma, within(1e-14));
        double up = 0;
        double down = 0;
        for (int i = 0; i < x.length; i++) {
            double y = (x[i] - mu) / sigma;
            up = Math.max(0, up + y - 0.5);
            down = Math.max(0, down - y - 0.5);
            assertThat(r.upperSum(i)).isCloseTo(up, within(1e-12));
            assertThat(r.lowerSum(i)).isCloseTo(down, within(1e-12));
            assertThat(r.point(i).upperSignal()).isEqualTo(up > 5);
        }
        assertThat(r.signals()).isNotEmpty();
        assertThat(r.charts()).extracting(ControlChart::name).containsExactly("cusum+", "cusum-");
    }

    @Test
    void cusum_continuingFromEndState_equalsOneRun() {
        CusumLimits limits = CusumSpec.withDefaults().withKnownMean(0).withKnownSigma(2).limits();
        CusumResult once = limits.apply(Subgroups.individuals(3, 4, -1, 6), 1);
        CusumResult first = limits.apply(Subgroups.individuals(3, 4), 1);
        CusumResult rest = limits.apply(Subgroups.individuals(-1, 6), 3, first.end());
        assertThat(rest.upperSum(1)).isEqualTo(once.upperSum(3));
        assertThat(rest.point(1).index()).isEqualTo(4);
        assertThat(rest.end()).isEqualTo(once.end());
    }

    @Test
    void cusum_badParameters_throw() {
        assertThatThrownBy(() -> CusumSpec.withDefaults().withH(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("h must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> CusumSpec.withDefaults().withK(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be finite and >= 0, was NaN");
        assertThatThrownBy(() -> CusumSpec.withDefaults().withHeadStart(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("head start must be in [0, h) = [0, 5.0), was 5.0");
        assertThatThrownBy(() -> CusumSpec.fastInitialResponse().withH(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CusumState(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toString_isReadableTable() {
        CusumResult r = CusumSpec.withDefaults().withKnownMean(0).withKnownSigma(1).limits()
                .apply(Subgroups.individuals(6, 1, -7));
        String s = r.toString();
        assertThat(s).startsWith("CUSUM limits, k 0.5, h 5; center 0 (known), sigma 1 (known)")
                .contains("CUSUM, 3 points, h 5");
        assertThat(s.lines().filter(l -> l.trim().startsWith("1 ")).findFirst().orElseThrow())
                .contains("5.5").endsWith("+");
        assertThat(s.lines().filter(l -> l.trim().startsWith("3 ")).findFirst().orElseThrow()).endsWith("-");
    }
}
