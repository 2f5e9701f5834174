package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spc4j.core.constants.ControlConstants;

/**
 * Sigma methods, unequal sizes, stages, known standards and bad input. Expected values are
 * computed here straight from the textbook formulas, loop by loop, independently of the
 * library's estimators.
 */
class ChartSpecTest {

    private static final ControlConstants C = ControlConstants.exact();

    /** Three subgroups of sizes 3, 5, 4. */
    private static final double[][] UNEQUAL = {
        {10.1, 9.8, 10.4},
        {10.0, 10.6, 9.7, 10.2, 10.3},
        {9.9, 10.5, 10.1, 9.6},
    };

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double range(double[] x) {
        return Arrays.stream(x).max().getAsDouble() - Arrays.stream(x).min().getAsDouble();
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /* --------------- sigma methods --------------- */

    @Test
    void sigmaMethods_subgroups_matchFormulas() {
        Subgroups data = Subgroups.of(UNEQUAL);
        double rBar = 0;
        double sBar = 0;
        double mvR = 0;
        double mvRw = 0;
        double mvS = 0;
        double mvSw = 0;
        double pooledSs = 0;
        int df = 0;
        for (double[] g : UNEQUAL) {
            int n = g.length;
            rBar += range(g) / C.d2(n) / UNEQUAL.length;
            sBar += sd(g) / C.c4(n) / UNEQUAL.length;
            double f = Math.pow(C.d2(n) / C.d3(n), 2);
            mvR += f * range(g) / C.d2(n);
            mvRw += f;
            double h = C.c4(n) * C.c4(n) / (1 - C.c4(n) * C.c4(n));
            mvS += h * sd(g) / C.c4(n);
            mvSw += h;
            pooledSs += (n - 1) * sd(g) * sd(g);
            df += n - 1;
        }
        double pooled = Math.sqrt(pooledSs / df) / C.c4(df + 1);
        double[] all = data.values();
        double overall = sd(all) / C.c4(all.length);
        assertSigma(data, SigmaMethod.R_BAR, rBar);
        assertSigma(data, SigmaMethod.S_BAR, sBar);
        assertSigma(data, SigmaMethod.MVLUE_R, mvR / mvRw);
        assertSigma(data, SigmaMethod.MVLUE_S, mvS / mvSw);
        assertSigma(data, SigmaMethod.POOLED, pooled);
        assertSigma(data, SigmaMethod.OVERALL, overall);
        // moving-range methods on the subgroup means
        double[] means = Arrays.stream(UNEQUAL).mapToDouble(ChartSpecTest::mean).toArray();
        double mr = (Math.abs(means[1] - means[0]) + Math.abs(means[2] - means[1])) / 2;
        assertSigma(data, SigmaMethod.AVERAGE_MOVING_RANGE, mr / C.d2(2));
    }

    private static void assertSigma(Subgroups data, SigmaMethod method, double expected) {
        double sigma = ChartSpec.xbarS().withSigmaMethod(method).fit(data).sigma();
        assertThat(sigma).as(method.name()).isCloseTo(expected, within(1e-13 * expected));
    }

    @Test
    void sigmaMethods_individuals_matchFormulas() {
        double[] x = {5.2, 4.8, 5.5, 5.1, 4.6, 5.9, 5.0, 5.3, 4.9};
        double[] mr2 = new double[x.length - 1];
        double sq = 0;
        for (int i = 1; i < x.length; i++) {
            mr2[i - 1] = Math.abs(x[i] - x[i - 1]);
            sq += (x[i] - x[i - 1]) * (x[i] - x[i - 1]);
        }
        double[] sorted = mr2.clone();
        Arrays.sort(sorted); // 8 moving ranges: median is the mean of the 4th and 5th
        double median = (sorted[3] + sorted[4]) / 2;
        // span 3: range of each 3 consecutive values
        double mr3 = 0;
        for (int i = 2; i < x.length; i++) {
            double[] w = {x[i - 2], x[i - 1], x[i]};
            mr3 += range(w) / (x.length - 2);
        }
        Subgroups data = Subgroups.individuals(x);
        ChartSpec spec = ChartSpec.individuals();
        assertThat(spec.fit(data).sigma()).isCloseTo(mean(mr2) / C.d2(2), within(1e-14));
        assertThat(spec.withSigmaMethod(SigmaMethod.MEDIAN_MOVING_RANGE).fit(data).sigma())
                .isCloseTo(median / C.d4(2), within(1e-14));
        assertThat(spec.withSigmaMethod(SigmaMethod.MSSD).fit(data).sigma())
                .isCloseTo(Math.sqrt(sq / (2 * (x.length - 1))), within(1e-14));
        assertThat(spec.withMovingRangeSpan(3).fit(data).sigma()).isCloseTo(mr3 / C.d2(3), within(1e-14));
        // the MR chart of span 3 starts at point 3
        ChartResult chart = spec.withMovingRangeSpan(3).chart(data);
        assertThat(chart.dispersion().size()).isEqualTo(x.length - 2);
        assertThat(chart.dispersion().index(0)).isEqualTo(3);
        assertThat(chart.dispersion().center(0)).isCloseTo(C.d2(3) * chart.sigma(), within(1e-14));
    }

    /* --------------- unequal sizes: limits per subgroup --------------- */

    @Test
    void unequalSizes_limitsPerSubgroup() {
        Subgroups data = Subgroups.of(UNEQUAL);
        ChartResult r = ChartSpec.xbarR().chart(data);
        double sigma = r.sigma();
        double grand = mean(data.values());
        for (int i = 0; i < UNEQUAL.length; i++) {
            int n = UNEQUAL[i].length;
            ChartPoint x = r.location().point(i);
            assertThat(x.center()).isCloseTo(grand, within(1e-14));
            assertThat(x.ucl()).isCloseTo(grand + 3 * sigma / Math.sqrt(n), within(1e-13));
            assertThat(x.lower1()).isCloseTo(grand - sigma / Math.sqrt(n), within(1e-13));
            assertThat(x.upper2()).isCloseTo(grand + 2 * sigma / Math.sqrt(n), within(1e-13));
            ChartPoint rp = r.dispersion().point(i);
            assertThat(rp.statistic()).isCloseTo(range(UNEQUAL[i]), within(1e-14));
            assertThat(rp.center()).isCloseTo(C.d2(n) * sigma, within(1e-14));
            assertThat(rp.ucl()).isCloseTo((C.d2(n) + 3 * C.d3(n)) * sigma, within(1e-13));
            assertThat(rp.lcl()).isEqualTo(Math.max(0, (C.d2(n) - 3 * C.d3(n)) * sigma));
        }
        assertThat(r.location().hasConstantLimits()).isFalse();
        ChartResult s = ChartSpec.xbarS().chart(data);
        for (int i = 0; i < UNEQUAL.length; i++) {
            int n = UNEQUAL[i].length;
            double c4 = C.c4(n);
            assertThat(s.dispersion().statistic(i)).isCloseTo(sd(UNEQUAL[i]), within(1e-14));
            assertThat(s.dispersion().ucl(i)).isCloseTo(s.sigma() * (c4 + 3 * Math.sqrt(1 - c4 * c4)), within(1e-13));
        }
    }

    /* --------------- known standards, nsigmas, stages --------------- */

    @Test
    void knownStandards_replaceEstimates() {
        Subgroups data = Subgroups.of(UNEQUAL);
        ControlLimits limits = ChartSpec.xbarR().withKnownMean(10.0).withKnownSigma(0.25).withNsigmas(2.5).fit(data);
        assertThat(limits.center()).isEqualTo(10.0);
        assertThat(limits.sigma()).isEqualTo(0.25);
        assertThat(limits.knownCenter()).isTrue();
        ChartResult r = limits.apply(data, 1);
        assertThat(r.location().ucl(1)).isCloseTo(10.0 + 2.5 * 0.25 / Math.sqrt(5), within(1e-14));
        assertThat(r.dispersion().ucl(1)).isCloseTo((C.d2(5) + 2.5 * C.d3(5)) * 0.25, within(1e-14));
        // D1/D2 factors are the k = 3 special case
        ChartResult r3 = ChartSpec.xbarR().withKnownMean(10).withKnownSigma(0.25).fit(data).apply(data, 1);
        assertThat(r3.dispersion().ucl(1)).isCloseTo(C.factorD2(5) * 0.25, within(1e-14));
        assertThat(r3.dispersion().lcl(1)).isEqualTo(C.factorD1(5) * 0.25);
    }

    @Test
    void stages_eachGetsItsOwnLimits_movingRangesDoNotCrossStages() {
        double[] x = {1.0, 1.2, 0.9, 1.1, 5.0, 5.4, 4.8, 5.2, 5.1};
        List<String> stages = List.of("before", "before", "before", "before", "after", "after", "after", "after", "after");
        Subgroups data = Subgroups.individuals(x).withStages(stages);
        ControlLimits limits = ChartSpec.individuals().fit(data);
        assertThat(limits.stages()).extracting(StageLimits::stage).containsExactly("before", "after");
        StageLimits before = limits.stage("before");
        StageLimits after = limits.stage("after");
        assertThat(before.center()).isCloseTo(1.05, within(1e-14));
        assertThat(after.center()).isCloseTo(5.1, within(1e-14));
        assertThat(before.sigma()).isCloseTo((0.2 + 0.3 + 0.2) / 3 / C.d2(2), within(1e-14));
        assertThat(after.sigma()).isCloseTo((0.4 + 0.6 + 0.4 + 0.1) / 4 / C.d2(2), within(1e-14));
        ChartResult chart = limits.apply(data, 1);
        assertThat(chart.location().center(3)).isEqualTo(before.center());
        assertThat(chart.location().center(4)).isEqualTo(after.center());
        // 8 consecutive pairs, minus the one across the stage boundary
        assertThat(chart.dispersion().size()).isEqualTo(7);
        assertThat(chart.dispersion().points()).extracting(ChartPoint::index).doesNotContain(5);
        assertThat(chart.location().point(4).stage()).isEqualTo("after");
        // applying to an unknown stage is refused, naming it
        Subgroups other = Subgroups.individuals(1, 2).withStages(List.of("before", "later"));
        assertThatThrownBy(() -> limits.apply(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'later'").hasMessageContaining("subgroup 2");
    }

    @Test
    void toString_printsReadableTable() {
        ChartResult r = ChartSpec.xbarR().chart(Subgroups.of(UNEQUAL));
        assertThat(r.toString()).contains("XBAR_R limits", "xbar chart, 3 points", "r chart", "UCL", "R_BAR");
        assertThat(r.location().toString().lines().count()).isEqualTo(5);
    }

    /* --------------- bad input --------------- */

    @Test
    void nonFiniteValue_throwsNamingValueAndIndex() {
        assertThatThrownBy(() -> Subgroups.ofSize(2, 1, 2, 3, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN").hasMessageContaining("index 3").hasMessageContaining("subgroup 2");
        assertThatThrownBy(() -> Subgroups.individuals(1, Double.POSITIVE_INFINITY))
                .hasMessageContaining("Infinity").hasMessageContaining("index 1");
    }

    @Test
    void emptyInput_throws() {
        assertThatThrownBy(() -> ChartSpec.individuals().fit(Subgroups.individuals()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Subgroups.of(new double[] {1, 2}, new double[0]))
                .hasMessageContaining("subgroup 2 is empty");
    }

    @Test
    void subgroupOfSizeOne_whereRangeNeeded_throwsNamingSubgroup() {
        Subgroups data = Subgroups.of(new double[] {1, 2}, new double[] {3}, new double[] {4, 5});
        assertThatThrownBy(() -> ChartSpec.xbarR().fit(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subgroup 2").hasMessageContaining("size 1");
        assertThatThrownBy(() -> ChartSpec.individuals().withSigmaMethod(SigmaMethod.R_BAR))
                .hasMessageContaining("R_BAR");
        assertThatThrownBy(() -> ChartSpec.individuals().fit(Subgroups.individuals(1.0)))
                .hasMessageContaining("too few for a moving range");
    }

    @Test
    void phase2BeforePhase1_throws() {
        Subgroups data = Subgroups.individuals(1, 2, 3, 4);
        assertThatThrownBy(() -> ChartSpec.individuals().chart(data, 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Phase I range [2, 2)");
        assertThatThrownBy(() -> new ControlLimits(ChartKind.INDIVIDUALS_MR, SigmaMethod.AVERAGE_MOVING_RANGE, 3,
                ControlConstants.Table.EXACT, 2, 0, false, false, List.of(new StageLimits("", 0, 1, 0))))
                .hasMessageContaining("no Phase I subgroups");
    }

    @Test
    void badNsigmasAndStandards_throwNamingValue() {
        assertThatThrownBy(() -> ChartSpec.xbarR().withNsigmas(0)).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> ChartSpec.xbarR().withNsigmas(-3)).hasMessageContaining("was -3.0");
        assertThatThrownBy(() -> ChartSpec.xbarR().withNsigmas(Double.NaN)).hasMessageContaining("was NaN");
        assertThatThrownBy(() -> ChartSpec.xbarR().withKnownSigma(0)).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> ChartSpec.xbarR().withKnownMean(Double.NaN)).hasMessageContaining("was NaN");
        assertThatThrownBy(() -> ChartSpec.individuals().withMovingRangeSpan(1)).hasMessageContaining("was 1");
    }

    @Test
    void inconsistentLengths_throwNamingBoth() {
        assertThatThrownBy(() -> Subgroups.byId(new double[] {1, 2, 3}, List.of("a", "b")))
                .hasMessageContaining("3 values, 2 ids");
        assertThatThrownBy(() -> Subgroups.ofSize(5, new double[12])).hasMessageContaining("12 values");
        assertThatThrownBy(() -> Subgroups.individuals(1, 2).withLabels(List.of("x")))
                .hasMessageContaining("1 entries for 2 subgroups");
    }

    @Test
    void zeroSpread_throwsInsteadOfZeroWidthLimits() {
        assertThatThrownBy(() -> ChartSpec.individuals().fit(Subgroups.individuals(3, 3, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spread");
    }

    @Test
    void byId_groupsConsecutiveEqualIds() {
        Subgroups s = Subgroups.byId(new double[] {1, 2, 3, 4, 5}, List.of("a", "a", "b", "b", "a"));
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.size(0)).isEqualTo(2);
        assertThat(s.size(2)).isEqualTo(1);
        assertThat(s.label(2)).isEqualTo("a");
    }
}
