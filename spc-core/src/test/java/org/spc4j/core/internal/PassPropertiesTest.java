package org.spc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.stats.Moments;

/**
 * The one-pass kernels against straightforward models: BigDecimal statistics of the same doubles
 * (within the bounds stated in {@link Pass}), plain loops for the counts and ranges, and each
 * other: every kernel's mean and sum of squared deviations equal {@link Pass#moments} (and so
 * {@link Moments#of}) bit for bit.
 *
 * <p>Data: noise times a scale, plus an offset up to 1e9 (sums of large offsets), sometimes with
 * a first value far out (the refinement pass), 1 to 150 values (blocks of 32 are rarely full),
 * in subgroups of a size that divides the count or of random sizes.
 */
class PassPropertiesTest {

    private static final double U = 0x1p-53;
    private static final MathContext MC = new MathContext(60);

    /* --- models --- */

    private static BigDecimal exactMean(double[] x, int from, int to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            sum = sum.add(new BigDecimal(x[i]));
        }
        return sum.divide(BigDecimal.valueOf(to - from), MC);
    }

    private static double exactSquaredDeviations(double[] x, int from, int to) {
        BigDecimal mean = exactMean(x, from, to);
        BigDecimal ss = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            BigDecimal d = new BigDecimal(x[i]).subtract(mean);
            ss = ss.add(d.multiply(d));
        }
        return ss.doubleValue();
    }

    /** Tolerance of the mean: (BLOCK + 2) u times the mean distance from the first value, and a rounding. */
    private static double meanTolerance(double[] x, double exact) {
        double distance = 0;
        for (double v : x) {
            distance += Math.abs(v - x[0]);
        }
        return 4 * (Pass.BLOCK + 2) * U * distance / x.length + 2 * U * Math.abs(exact);
    }

    /** The stated worst case of the sum of squared deviations, 48 (BLOCK + 2) u relative. */
    private static final double SS_TOLERANCE = 48 * (Pass.BLOCK + 2) * U;

    private static double[] data(List<Double> noise, double scale, double offset, boolean outlier) {
        double[] x = new double[noise.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = offset + scale * noise.get(i);
        }
        if (outlier) {
            x[0] += 1e7 * scale; // shift far from the mean: Q > 16 SS, the refinement pass
        }
        return x;
    }

    /** Random subgroup sizes adding up to n (seeded by the data, so shrinking is stable). */
    private static int[] randomSizes(int n, long seed) {
        Random random = new Random(seed);
        List<Integer> sizes = new ArrayList<>();
        int left = n;
        while (left > 0) {
            int s = Math.min(left, 1 + random.nextInt(7));
            sizes.add(s);
            left -= s;
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Layout layout(double[] x, int[] sizes) {
        return SubgroupsAccess.layout(Subgroups.ofSizes(sizes, x));
    }

    private static long bits(double v) {
        return Double.doubleToLongBits(v);
    }

    /* --- moments --- */

    @Test
    void moments_withinStatedBoundsOfExact() {
        qt().withExamples(400).forAll(
                lists().of(doubles().between(-1, 1)).ofSizeBetween(1, 150),
                doubles().between(1e-3, 1e3),
                doubles().between(-1e9, 1e9),
                integers().between(0, 3))
            .checkAssert((noise, scale, offset, outlier) -> {
                double[] x = data(noise, scale, offset, outlier == 0);
                Pass p = Pass.moments(x, 0, x.length);
                double mean = exactMean(x, 0, x.length).doubleValue();
                double ss = exactSquaredDeviations(x, 0, x.length);
                assertThat(p.mean()).isCloseTo(mean, within(meanTolerance(x, mean)));
                assertThat(p.sumOfSquaredDeviations()).isCloseTo(ss, within(SS_TOLERANCE * ss + Double.MIN_NORMAL));
                Moments m = Moments.of(x);
                assertThat(bits(m.mean())).isEqualTo(bits(p.mean()));
                assertThat(bits(m.sumOfSquaredDeviations())).isEqualTo(bits(p.sumOfSquaredDeviations()));
                double lo = x[0];
                double hi = x[0];
                for (double v : x) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                assertThat(bits(m.min())).isEqualTo(bits(lo));
                assertThat(bits(m.max())).isEqualTo(bits(hi));
            });
    }

    @Test
    void moments_edgeSizesAndFarFirstValue() {
        for (int n : new int[] {1, 2, 31, 32, 33, 64, 65, 1000}) {
            double[] x = new Random(n).doubles(n, 1e9, 1e9 + 1).toArray();
            Pass p = Pass.moments(x, 0, n);
            double mean = exactMean(x, 0, n).doubleValue();
            assertThat(p.count()).isEqualTo(n);
            assertThat(p.mean()).isCloseTo(mean, within(meanTolerance(x, mean)));
            double ss = exactSquaredDeviations(x, 0, n);
            assertThat(p.sumOfSquaredDeviations()).isCloseTo(ss, within(SS_TOLERANCE * ss));
        }
        // One value far out first: refined around the first-pass mean, as accurate as the rest.
        double[] x = new Random(1).doubles(10_000, -1, 1).toArray();
        x[0] = 1e12;
        Pass p = Pass.moments(x, 0, x.length);
        assertThat(p.shift()).isNotEqualTo(x[0]);
        double ss = exactSquaredDeviations(x, 0, x.length);
        assertThat(p.sumOfSquaredDeviations()).isCloseTo(ss, within(SS_TOLERANCE * ss));
        // A subrange: from, to respected.
        Pass sub = Pass.moments(x, 100, 200);
        assertThat(sub.count()).isEqualTo(100);
        assertThat(bits(sub.mean())).isEqualTo(bits(Pass.moments(java.util.Arrays.copyOfRange(x, 100, 200), 0, 100).mean()));
    }

    /* --- individuals --- */

    @Test
    void individuals_movingRangesCountsAndMoments() {
        qt().withExamples(400).forAll(
                lists().of(doubles().between(-1, 1)).ofSizeBetween(1, 150),
                doubles().between(1e-3, 1e3),
                doubles().between(-1e9, 1e9),
                doubles().between(-1.5, 1.5).zip(doubles().between(0, 2), (at, width) -> new double[] {at, width}))
            .checkAssert((noise, scale, offset, limits) -> {
                double[] x = data(noise, scale, offset, noise.size() % 5 == 0);
                double lsl = offset + scale * limits[0];
                double usl = lsl + scale * limits[1];
                Pass p = IndividualsPass.of(x, 0, x.length, lsl, usl);
                Pass m = Pass.moments(x, 0, x.length);
                assertThat(bits(p.mean())).isEqualTo(bits(m.mean()));
                assertThat(bits(p.sumOfSquaredDeviations())).isEqualTo(bits(m.sumOfSquaredDeviations()));
                BigDecimal mr = BigDecimal.ZERO;
                long below = 0;
                long above = 0;
                for (int i = 0; i < x.length; i++) {
                    if (i > 0) {
                        mr = mr.add(new BigDecimal(x[i]).subtract(new BigDecimal(x[i - 1])).abs());
                    }
                    below += x[i] < lsl ? 1 : 0;
                    above += x[i] > usl ? 1 : 0;
                }
                double exactMr = mr.doubleValue();
                assertThat(p.movingRangeSum()).isCloseTo(exactMr, within((Pass.BLOCK + 2) * U * exactMr));
                assertThat(p.below()).isEqualTo(below);
                assertThat(p.above()).isEqualTo(above);
                Pass free = IndividualsPass.of(x, 0, x.length);
                assertThat(free.below() + free.above()).isZero();
                assertThat(bits(free.movingRangeSum())).isEqualTo(bits(p.movingRangeSum()));
            });
    }

    @Test
    void individuals_signedZerosAndZeroLimits_countAsComparisonsDo() {
        double[] x = {-0.0, 0.0, -Double.MIN_VALUE, Double.MIN_VALUE, -1, 1, 0.0, -0.0};
        for (double lsl : new double[] {0.0, -0.0, -Double.MIN_VALUE, -1}) {
            for (double usl : new double[] {0.0, -0.0, Double.MIN_VALUE, 1}) {
                Pass p = IndividualsPass.of(x, 0, x.length, lsl, usl);
                long below = 0;
                long above = 0;
                for (double v : x) {
                    below += v < lsl ? 1 : 0;
                    above += v > usl ? 1 : 0;
                }
                assertThat(p.below()).as("below %s", lsl).isEqualTo(below);
                assertThat(p.above()).as("above %s", usl).isEqualTo(above);
            }
        }
        Pass lowerOnly = IndividualsPass.of(x, 0, x.length, 0.0, Double.NaN);
        assertThat(lowerOnly.below()).isEqualTo(2);
        assertThat(lowerOnly.above()).isZero();
    }

    @Test
    void individuals_nonFiniteValue_giveNonFiniteSums() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] x = new Random(2).doubles(100).toArray();
            x[57] = bad;
            assertThat(IndividualsPass.of(x, 0, x.length).isFinite()).isFalse();
            x[0] = bad;
            assertThat(IndividualsPass.of(x, 0, x.length).isFinite()).isFalse();
        }
    }

    /* --- subgroups --- */

    @Test
    void subgroups_statisticsAndWeightedSums() {
        qt().withExamples(300).forAll(
                lists().of(doubles().between(-1, 1)).ofSizeBetween(2, 150),
                doubles().between(1e-3, 1e3),
                doubles().between(-1e9, 1e9),
                integers().between(1, 7))
            .checkAssert((noise, scale, offset, fixed) -> {
                double[] x = data(noise, scale, offset, noise.size() % 7 == 0);
                int[] sizes = x.length % fixed == 0 && fixed > 1 ? fixedSizes(x.length, fixed)
                        : randomSizes(x.length, x.length * 31L + fixed);
                Layout layout = layout(x, sizes);
                boolean allPairs = java.util.Arrays.stream(sizes).allMatch(s -> s >= 2);
                double[] means = new double[sizes.length];
                double[] ranges = new double[sizes.length];
                double[] sds = new double[sizes.length];
                SubgroupsPass.statistics(layout, means, ranges, true);
                SubgroupsPass.statistics(layout, new double[sizes.length], sds, false);
                double rangeSum = 0;
                double weightedRanges = 0;
                double sdSum = 0;
                double pooled = 0;
                int from = 0;
                for (int g = 0; g < sizes.length; g++) {
                    int to = from + sizes[g];
                    double lo = x[from];
                    double hi = x[from];
                    for (int i = from; i < to; i++) {
                        lo = Math.min(lo, x[i]);
                        hi = Math.max(hi, x[i]);
                    }
                    assertThat(bits(ranges[g])).isEqualTo(bits(hi - lo));
                    double mean = exactMean(x, from, to).doubleValue();
                    assertThat(means[g]).isCloseTo(mean, within(4 * sizes[g] * U * (hi - lo) + 2 * U * Math.abs(mean)));
                    double ss = exactSquaredDeviations(x, from, to);
                    if (sizes[g] >= 2) {
                        double sd = Math.sqrt(ss / (sizes[g] - 1));
                        assertThat(sds[g]).isCloseTo(sd, within(1e-12 * sd + 1e-300));
                        sdSum += sd / sizes[g];
                    }
                    rangeSum += hi - lo;
                    weightedRanges += (hi - lo) / sizes[g];
                    pooled += ss;
                    from = to;
                }
                Pass m = Pass.moments(x, 0, x.length);
                Pass r = SubgroupsPass.ranges(layout, n -> 1.0, n -> 1.0);
                assertThat(r.within()).isCloseTo(rangeSum, within((Pass.BLOCK + 2) * U * rangeSum));
                assertThat(r.weights()).isEqualTo(sizes.length);
                Pass wr = SubgroupsPass.ranges(layout, n -> 1.0 / n, n -> n);
                assertThat(wr.within()).isCloseTo(weightedRanges, within((Pass.BLOCK + 3) * U * weightedRanges));
                assertThat(wr.weights()).isEqualTo(x.length);
                Pass p = SubgroupsPass.pooled(layout, Double.NaN, Double.NaN);
                assertThat(p.within()).isCloseTo(pooled, within(1e-12 * pooled + 1e-300));
                assertThat(p.weights()).isEqualTo(x.length - sizes.length);
                for (Pass k : List.of(r, wr, p)) {
                    assertThat(bits(k.mean())).isEqualTo(bits(m.mean()));
                    assertThat(bits(k.sumOfSquaredDeviations())).isEqualTo(bits(m.sumOfSquaredDeviations()));
                }
                if (allPairs) {
                    Pass d = SubgroupsPass.deviations(layout, true, n -> 1.0 / n, n -> 1.0);
                    assertThat(d.within()).isCloseTo(sdSum, within(1e-12 * sdSum + 1e-300));
                    assertThat(bits(d.mean())).isEqualTo(bits(m.mean()));
                    Pass ss = SubgroupsPass.deviations(layout, false, n -> 1.0, n -> n - 1.0);
                    assertThat(ss.within()).isCloseTo(pooled, within(1e-12 * pooled + 1e-300));
                }
            });
    }

    private static int[] fixedSizes(int n, int size) {
        int[] sizes = new int[n / size];
        java.util.Arrays.fill(sizes, size);
        return sizes;
    }

    @Test
    void pooled_subgroupsFarApart_recomputedAroundEachSubgroup() {
        // Within-subgroup noise 1e-3 around subgroup levels 1e6 apart: Q is 1e18 times the pooled
        // sum, which the one-pass difference cannot resolve; the second pass can.
        Random random = new Random(4);
        double[] x = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e6 * (i / 5) + 1e-3 * random.nextGaussian();
        }
        Layout layout = SubgroupsAccess.layout(Subgroups.ofSize(5, x));
        double pooled = 0;
        for (int g = 0; g < 100; g++) {
            pooled += exactSquaredDeviations(x, 5 * g, 5 * g + 5);
        }
        Pass p = SubgroupsPass.pooled(layout, 1e6, 5e7);
        assertThat(p.within()).isCloseTo(pooled, within(1e-12 * pooled));
        assertThat(p.weights()).isEqualTo(400);
        long below = 0;
        long above = 0;
        for (double v : x) {
            below += v < 1e6 ? 1 : 0;
            above += v > 5e7 ? 1 : 0;
        }
        assertThat(p.below()).isEqualTo(below);
        assertThat(p.above()).isEqualTo(above);
    }

    @Test
    void layout_isTheSubgroupsOwnArrays() {
        double[] x = {1, 2, 3, 4, 5, 6};
        Subgroups fixed = Subgroups.ofSize(2, x);
        Layout a = SubgroupsAccess.layout(fixed);
        assertThat(a.values()).isSameAs(SubgroupsAccess.layout(fixed).values()).containsExactly(x);
        assertThat(a.starts()).isNull();
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.minSize()).isEqualTo(2);
        Layout b = SubgroupsAccess.layout(Subgroups.ofSizes(new int[] {1, 3, 2}, x));
        assertThat(b.count()).isEqualTo(3);
        assertThat(b.size(1)).isEqualTo(3);
        assertThat(b.minSize()).isEqualTo(1);
    }
}
