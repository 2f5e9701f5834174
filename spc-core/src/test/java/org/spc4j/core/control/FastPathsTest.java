package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spc4j.core.internal.Pass;
import org.spc4j.core.internal.SubgroupsPass;
import org.spc4j.core.stats.Moments;

/**
 * The allocation-free fast paths (issue 9) give what the general code gives: bit for bit for
 * moving ranges of span 2, subgroup ranges without moments and charts of unstaged data without a
 * per-point label list; within the one-pass kernel's stated bound for the mean moving range.
 */
class FastPathsTest {

    /** Both means of the moving ranges within (BLOCK + 1) u of the exact one, plus a rounding each. */
    private static final double MEAN_RANGE_TOLERANCE = (Pass.BLOCK + 3) * 0x1p-53;

    private static final double[] EDGE = {0.0, -0.0, 1e308, -1e308, Double.MIN_VALUE, -Double.MIN_VALUE, 74.0001,
        73.9999, 1.0, 1.0, -3.5};

    @Test
    void movingRanges_span2_isMaxMinusMinBitForBit() {
        double[] x = randomWithEdges();
        double[] mr = SigmaEstimation.movingRanges(x, 2);
        for (int i = 1; i < x.length; i++) {
            double expected = Math.max(x[i], x[i - 1]) - Math.min(x[i], x[i - 1]);
            assertThat(Double.doubleToRawLongBits(mr[i - 1])).as("MR at %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    /**
     * The mean moving range of span 2 comes from the one-pass kernel (block sums added with
     * compensation, see org.spc4j.core.internal.Pass) instead of the two compensated passes of
     * {@code Moments.of(movingRanges(x, 2))}: the two agree to within the kernel's bound for
     * non-negative terms, (BLOCK + 1) u relative, plus the rounding of each.
     */
    @Test
    void meanMovingRange2_agreesWithMomentsOfTheMovingRanges() {
        double[] x = randomWithEdges();
        java.util.Arrays.fill(x, 1000, x.length, 1.0); // no infinite moving range
        Random random = new Random(3);
        for (int k = 0; k < 200; k++) {
            int from = random.nextInt(x.length - 2);
            int to = from + 2 + random.nextInt(x.length - from - 1);
            double[] s = java.util.Arrays.copyOfRange(x, from, to);
            double expected = Moments.of(SigmaEstimation.movingRanges(s, 2)).mean();
            assertThat(SigmaEstimation.meanMovingRange2(s)).isCloseTo(expected, within(MEAN_RANGE_TOLERANCE * expected));
        }
        double[] shifted = new Random(5).doubles(10_000, 1e7, 1e7 + 1).toArray();
        double expected = Moments.of(SigmaEstimation.movingRanges(shifted, 2)).mean();
        assertThat(SigmaEstimation.meanMovingRange2(shifted)).isCloseTo(expected, within(MEAN_RANGE_TOLERANCE * expected));
        assertThatThrownBy(() -> SigmaEstimation.meanMovingRange2(new double[] {1.0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few");
    }

    @Test
    void subgroupRanges_areMomentsRangeBitForBit() {
        double[] x = randomWithEdges();
        for (int offset = 0; offset < 5; offset++) {
            double[] slice = java.util.Arrays.copyOfRange(x, offset, offset + 5 * ((x.length - offset) / 5));
            Subgroups fives = Subgroups.ofSize(5, slice);
            double[] means = new double[fives.count()];
            double[] ranges = new double[fives.count()];
            SubgroupsPass.statistics(fives.layout(), means, ranges, true);
            for (int g = 0; g < fives.count(); g++) {
                assertThat(Double.doubleToRawLongBits(ranges[g])).as("subgroup %d", g)
                        .isEqualTo(Double.doubleToRawLongBits(Moments.ofRange(slice, 5 * g, 5 * g + 5).range()));
            }
        }
    }

    @Test
    void unstagedChart_labelsAndStagesAreThePointNumbersAndEmpty() {
        double[] x = new Random(7).doubles(50).toArray();
        ChartResult r = ChartSpec.individuals().chart(Subgroups.individuals(x));
        for (int i = 0; i < x.length; i++) {
            assertThat(r.location().point(i).label()).isEqualTo(Integer.toString(i + 1));
            assertThat(r.location().stage(i)).isEmpty();
        }
        for (int k = 0; k < x.length - 1; k++) {
            assertThat(r.dispersion().point(k).label()).isEqualTo(Integer.toString(k + 2));
            assertThat(r.dispersion().index(k)).isEqualTo(k + 2);
            assertThat(r.dispersion().stage(k)).isEmpty();
        }
        // Phase II numbering continues after Phase I.
        ChartResult phase2 = r.limits().apply(Subgroups.individuals(x));
        assertThat(phase2.location().point(0).label()).isEqualTo("51");
        assertThat(phase2.dispersion().point(0).label()).isEqualTo("52");
    }

    @Test
    void constantLimitsPath_equalsThePerPointPathOfOneNamedStage() {
        double[] x = new Random(11).doubles(60, 70, 80).toArray();
        List<String> oneStage = java.util.Collections.nCopies(60, "A");
        for (ChartSpec spec : List.of(ChartSpec.individuals(), ChartSpec.individuals().withMovingRangeSpan(3))) {
            Subgroups plain = Subgroups.individuals(x);
            assertSameCharts(spec.chart(plain).limits().apply(plain, 7),
                    spec.chart(plain.withStages(oneStage)).limits().apply(plain.withStages(oneStage), 7));
        }
        List<String> twelve = java.util.Collections.nCopies(12, "A");
        for (ChartSpec spec : List.of(ChartSpec.xbarR(), ChartSpec.xbarS())) {
            Subgroups plain = Subgroups.ofSize(5, x);
            assertSameCharts(spec.chart(plain), spec.chart(plain.withStages(twelve)));
        }
    }

    @Test
    void movingRangeChart_computedOnAccess_equalsMaxMinusMinOfEachWindow() {
        double[] x = randomWithEdges();
        for (int w : new int[] {2, 3, 5}) {
            ControlChart mr = ControlChart.movingRanges("mr", 3, w, PointLists.numbers(w, x.length - w + 1),
                    PointLists.repeated("", x.length - w + 1), x, w, 1.0, 0.5);
            assertThat(mr.size()).isEqualTo(x.length - w + 1);
            for (int k = 0; k < mr.size(); k++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int j = k; j < k + w; j++) {
                    lo = Math.min(lo, x[j]);
                    hi = Math.max(hi, x[j]);
                }
                assertThat(Double.doubleToRawLongBits(mr.statistic(k))).as("span %d, point %d", w, k)
                        .isEqualTo(Double.doubleToRawLongBits(hi - lo));
                assertThat(mr.point(k).statistic()).isEqualTo(mr.statistic(k));
            }
            assertThat(mr.index(0)).isEqualTo(w);
            assertThatThrownBy(() -> mr.statistic(mr.size())).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> mr.statistic(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        ControlChart none = ControlChart.movingRanges("mr", 3, 3, List.of(), List.of(), new double[] {1, 2}, 3, 1, 1);
        assertThat(none.size()).isZero();
        assertThatThrownBy(() -> ControlChart.movingRanges("mr", 3, 1, List.of(), List.of(), x, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void imrChart_oneStage_sharesTheValuesAndStoresNoMovingRanges_sameAsStagedPath() {
        double[] x = randomWithEdges();
        java.util.Arrays.fill(x, 1000, x.length, 1.0); // finite moving ranges, so sigma is finite
        List<String> oneStage = java.util.Collections.nCopies(x.length, "A");
        for (ChartSpec spec : List.of(ChartSpec.individuals(), ChartSpec.individuals().withMovingRangeSpan(4))) {
            Subgroups plain = Subgroups.individuals(x);
            assertSameCharts(spec.chart(plain), spec.chart(plain.withStages(oneStage)));
        }
    }

    private static void assertSameCharts(ChartResult fast, ChartResult general) {
        for (int c = 0; c < 2; c++) {
            ControlChart a = fast.charts().get(c);
            ControlChart b = general.charts().get(c);
            assertThat(a.size()).isEqualTo(b.size());
            assertThat(a.hasConstantLimits()).isTrue();
            for (int i = 0; i < a.size(); i++) {
                ChartPoint p = a.point(i);
                ChartPoint q = b.point(i);
                assertThat(p).isEqualTo(new ChartPoint(q.index(), q.label(), "", q.statistic(), q.lcl(), q.lower2(),
                        q.lower1(), q.center(), q.upper1(), q.upper2(), q.ucl()));
                assertThat(a.sigmaOfStatistic(i)).isEqualTo(b.sigmaOfStatistic(i));
            }
            assertThatThrownBy(() -> a.center(a.size())).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> a.index(a.size())).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void pointLists_areImmutableAndEqualToPlainLists() {
        List<String> numbers = PointLists.numbers(5, 3);
        assertThat(numbers).isEqualTo(List.of("5", "6", "7"));
        assertThat(PointLists.repeated("", 2)).isEqualTo(List.of("", ""));
        assertThat(PointLists.ofDoubles(new double[] {1.5, -2})).isEqualTo(List.of(1.5, -2.0));
        assertThat(PointLists.copyOf(numbers)).isSameAs(numbers);
        List<String> plain = new ArrayList<>(List.of("a"));
        assertThat(PointLists.copyOf(plain)).isNotSameAs(plain).isEqualTo(plain);
        assertThatThrownBy(() -> numbers.add("8")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> numbers.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static double[] randomWithEdges() {
        Random random = new Random(20261127L);
        double[] x = new double[1000 + EDGE.length];
        for (int i = 0; i < 1000; i++) {
            x[i] = random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
        }
        System.arraycopy(EDGE, 0, x, 1000, EDGE.length);
        return x;
    }
}
