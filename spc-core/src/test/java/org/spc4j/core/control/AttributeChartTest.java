package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.spc4j.core.control.Reference.assertSig7;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * p, np, c and u charts against the qcc 3.0 vignette ("A quick tour of qcc", data from Montgomery's
 * Introduction to Statistical Quality Control); expected values are qcc's output as printed by R
 * (7 significant digits) and are copied from {@code reference/examples/*.expected.json}. qcc prints
 * std_dev for u charts per inspection unit (sqrt(u-bar)); our sigma of the statistic is that over
 * sqrt(n).
 */
class AttributeChartTest {

    /* --- orange juice: p and np, Phase I and Phase II --- */

    private static final List<String[]> OJ = Reference.csv("montgomery-orangejuice");
    private static final int[] OJ_TRIAL = Reference.where(OJ, 3, "true");

    private static AttributeData orangeJuice(int[] rows) {
        double[] d = Reference.pick(Reference.column(OJ, 1), rows);
        double[] n = Reference.pick(Reference.column(OJ, 2), rows);
        return AttributeData.of(d, n);
    }

    @Test
    void p_orangeJuiceTrial_matchesQcc() {
        // montgomery-orangejuice.expected.json case 1: qcc(D[trial], sizes=size[trial], type="p")
        AttributeResult r = AttributeSpec.p().chart(orangeJuice(OJ_TRIAL));
        ControlChart c = r.chart();
        assertThat(c.name()).isEqualTo("p");
        assertThat(c.size()).isEqualTo(30);
        assertThat(c.hasConstantLimits()).isTrue();
        assertSig7(r.limits().center(), 0.2313333);
        assertSig7(c.center(0), 0.2313333);
        assertSig7(c.sigmaOfStatistic(0), 0.05963526);
        assertSig7(c.lcl(0), 0.05242755);
        assertSig7(c.ucl(0), 0.4102391);
        // samples 15 and 23 lie above the UCL (Montgomery's assignable causes); 21 is close but inside
        assertThat(c.pointsBeyondLimits()).extracting(ChartPoint::index).containsExactly(15, 23);
        assertThat(c.statistic(14)).isEqualTo(22.0 / 50);
    }

    @Test
    void np_orangeJuiceTrial_matchesQcc() {
        // montgomery-orangejuice.expected.json case 2: type="np"
        ControlChart c = AttributeSpec.np().chart(orangeJuice(OJ_TRIAL)).chart();
        assertThat(c.name()).isEqualTo("np");
        assertSig7(c.center(0), 11.56667);
        assertSig7(c.sigmaOfStatistic(0), 2.981763);
        assertSig7(c.lcl(0), 2.621377);
        assertSig7(c.ucl(0), 20.51196);
        assertThat(c.statistic(22)).isEqualTo(24.0);
        assertThat(c.pointsBeyondLimits()).extracting(ChartPoint::index).containsExactly(15, 23);
    }

    @Test
    void p_orangeJuiceWithoutAssignableCauses_matchesQcc() {
        // montgomery-orangejuice.expected.json case 3: trial samples except 15 and 23
        int[] rows = IntStream.of(OJ_TRIAL).filter(i -> i != 14 && i != 22).toArray();
        AttributeLimits limits = AttributeSpec.p().fit(orangeJuice(rows));
        assertThat(limits.phase1Count()).isEqualTo(28);
        ControlChart c = limits.apply(orangeJuice(rows), 1).chart();
        assertSig7(c.center(0), 0.215);
        assertSig7(c.sigmaOfStatistic(0), 0.05809905);
        assertSig7(c.lcl(0), 0.04070284);
        assertSig7(c.ucl(0), 0.3892972);
    }

    @Test
    void p_orangeJuice2PhaseTwo_matchesQccAndContinuesNumbering() {
        // montgomery-orangejuice2.expected.json: limits from samples 31-54, applied to 55-94
        List<String[]> rows = Reference.csv("montgomery-orangejuice2");
        AttributeData all = AttributeData.of(Reference.column(rows, 1), Reference.column(rows, 2));
        int trial = Reference.where(rows, 3, "true").length;
        AttributeLimits limits = AttributeSpec.p().fit(all.slice(0, trial));
        AttributeResult phase2 = limits.apply(all.slice(trial, all.count()));
        ControlChart c = phase2.chart();
        assertThat(trial).isEqualTo(24);
        assertSig7(limits.center(), 0.1108333);
        assertSig7(c.sigmaOfStatistic(0), 0.04439579);
        assertThat(c.lcl(0)).isZero(); // 0.1108333 - 3 * 0.04439579 < 0, clamped
        assertSig7(c.ucl(0), 0.2440207);
        assertThat(c.index(0)).isEqualTo(25);
        assertThat(c.index(c.size() - 1)).isEqualTo(64);
        assertThat(c.statistic(0)).isEqualTo(8.0 / 50);
        assertThat(phase2.inControl()).isTrue();
        assertThat(phase2.limits()).isSameAs(limits);
    }

    /* --- circuit boards: c and u --- */

    private static final List<String[]> CIRCUIT = Reference.csv("montgomery-circuit");
    private static final int[] CIRCUIT_TRIAL = Reference.where(CIRCUIT, 3, "true");

    @Test
    void c_circuitTrial_matchesQcc() {
        // montgomery-circuit.expected.json case 1: qcc(x[trial], sizes=size[trial], type="c")
        double[] x = Reference.pick(Reference.column(CIRCUIT, 1), CIRCUIT_TRIAL);
        ControlChart c = AttributeSpec.c().chart(AttributeData.counts(x)).chart();
        assertThat(c.name()).isEqualTo("c");
        assertSig7(c.center(0), 19.84615);
        assertSig7(c.sigmaOfStatistic(0), 4.454902);
        assertSig7(c.lcl(0), 6.481447);
        assertSig7(c.ucl(0), 33.21086);
        assertThat(c.pointsBeyondLimits()).extracting(ChartPoint::index).containsExactly(6, 20);
    }

    @Test
    void c_circuitWithoutAssignableCauses_matchesQccAndAppliesToNewData() {
        // montgomery-circuit.expected.json case 2: trial samples except 6 and 20
        double[] x = Reference.column(CIRCUIT, 1);
        int[] rows = IntStream.of(CIRCUIT_TRIAL).filter(i -> i != 5 && i != 19).toArray();
        AttributeLimits limits = AttributeSpec.c().fit(AttributeData.counts(Reference.pick(x, rows)));
        assertSig7(limits.center(), 19.66667);
        int[] fresh = Reference.where(CIRCUIT, 3, "false");
        AttributeResult phase2 = limits.apply(AttributeData.counts(Reference.pick(x, fresh)));
        ControlChart c = phase2.chart();
        assertSig7(c.sigmaOfStatistic(0), 4.434712);
        assertSig7(c.lcl(0), 6.362532);
        assertSig7(c.ucl(0), 32.9708);
        assertThat(c.index(0)).isEqualTo(25);
        assertThat(phase2.inControl()).isTrue();
    }

    @Test
    void u_circuitWithoutAssignableCauses_matchesQcc() {
        // montgomery-circuit.expected.json case 3: type="u", 100 boards per sample
        double[] x = Reference.column(CIRCUIT, 1);
        double[] n = Reference.column(CIRCUIT, 2);
        int[] rows = IntStream.of(CIRCUIT_TRIAL).filter(i -> i != 5 && i != 19).toArray();
        ControlChart c = AttributeSpec.u().chart(AttributeData.of(Reference.pick(x, rows), Reference.pick(n, rows)))
                .chart();
        assertThat(c.name()).isEqualTo("u");
        assertSig7(c.center(0), 0.1966667);
        assertSig7(c.sigmaOfStatistic(0) * Math.sqrt(100), 0.4434712);
        assertSig7(c.lcl(0), 0.06362532);
        assertSig7(c.ucl(0), 0.329708);
    }

    @Test
    void u_pcManufacturing_matchesQcc() {
        // montgomery-pcmanufact.expected.json: qcc(x, sizes=5, type="u")
        List<String[]> rows = Reference.csv("montgomery-pcmanufact");
        AttributeResult r = AttributeSpec.u()
                .chart(AttributeData.of(Reference.column(rows, 1), Reference.column(rows, 2)));
        ControlChart c = r.chart();
        assertSig7(c.center(0), 1.93);
        assertSig7(c.sigmaOfStatistic(0) * Math.sqrt(5), 1.389244);
        assertSig7(c.lcl(0), 0.06613305);
        assertSig7(c.ucl(0), 3.793867);
        assertThat(r.inControl()).isTrue();
    }

    /* --- varying sizes, bounds, standards, stages --- */

    @Test
    void p_varyingSizes_stepsLimitsPerPoint() {
        AttributeData data = AttributeData.of(new int[] {3, 10, 4, 6}, new int[] {50, 200, 80, 120});
        ControlChart c = AttributeSpec.p().chart(data).chart();
        double pbar = 23.0 / 450;
        int[] n = {50, 200, 80, 120};
        for (int i = 0; i < 4; i++) {
            double sd = Math.sqrt(pbar * (1 - pbar) / n[i]);
            assertThat(c.center(i)).isCloseTo(pbar, within(1e-17));
            assertThat(c.sigmaOfStatistic(i)).isCloseTo(sd, within(1e-16));
            assertThat(c.ucl(i)).isCloseTo(pbar + 3 * sd, within(1e-16));
            assertThat(c.lcl(i)).isEqualTo(Math.max(0, pbar - 3 * sd));
        }
        assertThat(c.hasConstantLimits()).isFalse();
        assertThat(c.ucl(0)).isGreaterThan(c.ucl(1));
    }

    @Test
    void np_varyingSizes_centreIsSizeTimesPbar() {
        AttributeData data = AttributeData.of(new int[] {3, 10}, new int[] {50, 200});
        ControlChart c = AttributeSpec.np().chart(data).chart();
        double pbar = 13.0 / 250;
        assertThat(c.center(0)).isCloseTo(50 * pbar, within(1e-14));
        assertThat(c.center(1)).isCloseTo(200 * pbar, within(1e-14));
        assertThat(c.sigmaOfStatistic(1)).isCloseTo(Math.sqrt(200 * pbar * (1 - pbar)), within(1e-14));
    }

    @Test
    void u_fractionalInspectionUnits_areAccepted() {
        AttributeData data = AttributeData.of(new double[] {4, 9, 2}, new double[] {1.5, 3.0, 0.5});
        ControlChart c = AttributeSpec.u().chart(data).chart();
        double ubar = 15.0 / 5.0;
        assertThat(c.statistic(0)).isCloseTo(4 / 1.5, within(1e-15));
        assertThat(c.ucl(2)).isCloseTo(ubar + 3 * Math.sqrt(ubar / 0.5), within(1e-14));
    }

    @Test
    void pAndNp_upperLimits_areClampedAtOneAndAtSampleSize() {
        // p-bar = 0.5 with n = 2: the 3-sigma UCL would be 0.5 + 3 * 0.3536 = 1.56 (p) and 3.12 (np)
        AttributeData data = AttributeData.of(new int[] {1, 1, 0, 2}, new int[] {2, 2, 2, 2});
        ControlChart p = AttributeSpec.p().chart(data).chart();
        ControlChart np = AttributeSpec.np().chart(data).chart();
        assertThat(p.ucl(0)).isEqualTo(1.0);
        assertThat(p.zone(0, 2)).isEqualTo(1.0);
        assertThat(p.zone(0, 1)).isCloseTo(0.5 + Math.sqrt(0.125), within(1e-15));
        assertThat(p.lcl(0)).isZero();
        assertThat(np.ucl(0)).isEqualTo(2.0);
        assertThat(np.point(3).beyondLimits()).isFalse(); // all units nonconforming is on, not beyond, the UCL
    }

    @Test
    void p_knownStandard_limitsWithoutPhaseOne() {
        AttributeLimits limits = AttributeSpec.p().withStandard(0.1).limits();
        assertThat(limits.knownStandard()).isTrue();
        assertThat(limits.phase1Count()).isZero();
        ControlChart c = limits.apply(AttributeData.ofSize(100, 5, 12, 21)).chart();
        double sd = Math.sqrt(0.1 * 0.9 / 100);
        assertThat(c.ucl(0)).isCloseTo(0.1 + 3 * sd, within(1e-15));
        assertThat(c.lcl(0)).isCloseTo(0.1 - 3 * sd, within(1e-15));
        assertThat(c.index(0)).isEqualTo(1);
        assertThat(c.pointsBeyondLimits()).extracting(ChartPoint::index).containsExactly(3);
    }

    @Test
    void c_knownStandardWithPhaseOneData_keepsStandard() {
        AttributeLimits limits = AttributeSpec.c().withStandard(4).withNsigmas(2).fit(AttributeData.counts(1, 9, 30));
        assertThat(limits.center()).isEqualTo(4.0);
        assertThat(limits.phase1Count()).isEqualTo(3);
        ControlChart c = limits.apply(AttributeData.counts(8.0)).chart();
        assertThat(c.ucl(0)).isEqualTo(8.0);
        assertThat(c.lcl(0)).isZero();
        assertThat(c.index(0)).isEqualTo(4);
    }

    @Test
    void p_stages_fitEachStageItsOwnLimits() {
        AttributeData data = AttributeData.ofSize(50, 5, 7, 6, 20, 22, 18)
                .withStages(List.of("A", "A", "A", "B", "B", "B"));
        AttributeResult r = AttributeSpec.p().chart(data);
        assertThat(r.limits().stages()).extracting(AttributeStageLimits::stage).containsExactly("A", "B");
        assertThat(r.limits().stage("A").center()).isCloseTo(18.0 / 150, within(1e-16));
        assertThat(r.limits().stage("B").center()).isCloseTo(60.0 / 150, within(1e-16));
        assertThat(r.chart().center(2)).isCloseTo(0.12, within(1e-16));
        assertThat(r.chart().center(3)).isCloseTo(0.4, within(1e-16));
        assertThat(r.chart().point(4).stage()).isEqualTo("B");
        assertThatThrownBy(() -> r.limits().apply(AttributeData.ofSize(50, 3).withStages(List.of("C"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage 'C' has no fitted limits");
    }

    @Test
    void toString_isReadableTable() {
        AttributeResult r = AttributeSpec.np().chart(orangeJuice(OJ_TRIAL));
        String s = r.toString();
        assertThat(s).contains("np chart limits, 3-sigma, fitted on 30 samples")
                .contains("p 0.2313333")
                .contains("np chart, 30 points")
                .contains("20.51196");
        assertThat(r.chart().toTable(40).lines().filter(l -> l.endsWith("*")).count()).isEqualTo(2);
        assertThat(AttributeSpec.laneyU().withNsigmas(2.5).toString()).isEqualTo("AttributeSpec[u', 2.5-sigma, EXACT constants]");
        assertThat(AttributeData.ofSize(50, 1, 2).toString()).isEqualTo("AttributeData[2 samples, size 50]");
    }

    /* --- bad input --- */

    @Test
    void of_defectivesAboveSampleSize_throwsNamingValueAndIndex() {
        AttributeData data = AttributeData.of(new int[] {3, 51, 4}, new int[] {50, 50, 50});
        assertThatThrownBy(() -> AttributeSpec.p().fit(data)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count 51 at index 1").hasMessageContaining("exceeds the sample size 50");
        assertThatThrownBy(() -> AttributeSpec.np().withStandard(0.1).limits().apply(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count 51 at index 1");
        // 51 nonconformities in 50 units is fine for a u chart
        assertThat(AttributeSpec.u().chart(data).chart().statistic(1)).isEqualTo(51.0 / 50);
    }

    @Test
    void of_negativeCount_throwsNamingValueAndIndex() {
        assertThatThrownBy(() -> AttributeData.counts(3, 4, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count -1 at index 2 is not a finite number >= 0");
    }

    @Test
    void of_sampleSizeZero_throwsNamingValueAndIndex() {
        assertThatThrownBy(() -> AttributeData.of(new int[] {1, 2}, new int[] {10, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sample size 0 at index 1 is not a finite number > 0");
    }

    @Test
    void of_nanCountOrSize_throwsNamingValueAndIndex() {
        assertThatThrownBy(() -> AttributeData.ofSize(10, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count NaN at index 1 is not a finite number >= 0");
        assertThatThrownBy(() -> AttributeData.of(new double[] {1}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sample size NaN at index 0 is not a finite number > 0");
    }

    @Test
    void fit_nonIntegerCount_throwsNamingValueAndIndex() {
        AttributeData data = AttributeData.ofSize(10, 1, 2.5, 3);
        for (AttributeSpec spec : List.of(AttributeSpec.p(), AttributeSpec.np(), AttributeSpec.c(), AttributeSpec.u(),
                AttributeSpec.laneyP(), AttributeSpec.laneyU())) {
            assertThatThrownBy(() -> spec.fit(data)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("count 2.5 at index 1 (label 2) is not an integer");
        }
    }

    @Test
    void fit_nonIntegerSizeOnBinomialChart_throws() {
        AttributeData data = AttributeData.of(new double[] {1, 2}, new double[] {10, 10.5});
        assertThatThrownBy(() -> AttributeSpec.p().fit(data)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample size 10.5 at index 1 (label 2) is not an integer");
    }

    @Test
    void lengths_and_parameters_areChecked() {
        assertThatThrownBy(() -> AttributeData.of(new int[] {1}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 counts, 2 sizes");
        assertThatThrownBy(() -> AttributeSpec.p().withStandard(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a proportion in [0, 1], was 1.5");
        assertThatThrownBy(() -> AttributeSpec.c().withStandard(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributeSpec.u().withNsigmas(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributeSpec.p().limits()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AttributeSpec.p().fit(AttributeData.counts()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Phase I data are empty");
        assertThatThrownBy(() -> AttributeData.counts(1, 2).withLabels(List.of("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("labels has 1 entries for 2 samples");
    }
}
