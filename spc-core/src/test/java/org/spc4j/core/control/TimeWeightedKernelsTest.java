package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The EWMA and CUSUM charts, computed in interleaved parts ({@link TimeWeightedKernels}), and the
 * compact EWMA limits give bit for bit what the plain point-by-point recursion gives (tolerance 0),
 * and the segments started from 0 give bit for bit the chart started from 0. The reference loops
 * below are the recursions as the charts computed them before the kernels existed.
 *
 * <p>Series: 0 to 3000 points (every remainder modulo the number of parts), in control, with a
 * shift of 4 sigma in the middle (CUSUM sums that never return to 0, so a part is recomputed to
 * its end), a slow drift, and values 1e9 plus noise of sigma 0.01; individuals, subgroups of 3
 * and subgroups of 1 to 5 values; lambda from 0.001 (guessed EWMA runs meet the true one late or
 * never) to 1; random start states.
 */
class TimeWeightedKernelsTest {

    private static final double[] LAMBDAS = {0.001, 0.05, 0.2, 0.5, 1.0};
    private static final double[] KS = {0.0, 0.25, 0.5, 1.0, 3.0};

    /** A series of the given shape around mu with sigma. */
    private static double[] series(int m, long seed, int shape, double mu, double sigma) {
        Random random = new Random(seed);
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            double shift = switch (shape) {
                case 1 -> i >= m / 2 ? 4 * sigma : 0.0;
                case 2 -> -3 * sigma * i / Math.max(1, m);
                default -> 0.0;
            };
            x[i] = mu + shift + sigma * random.nextGaussian();
        }
        return x;
    }

    /** Individuals (0), subgroups of 3 (1) or of 1 to 5 values (2). */
    private static Subgroups subgroups(double[] x, int sizes, long seed) {
        if (sizes == 0) {
            return Subgroups.individuals(x);
        }
        if (sizes == 1) {
            return Subgroups.ofSize(3, java.util.Arrays.copyOf(x, x.length - x.length % 3));
        }
        Random random = new Random(seed);
        int[] n = new int[x.length];
        int count = 0;
        for (int used = 0; used < x.length; count++) {
            n[count] = Math.min(1 + random.nextInt(5), x.length - used);
            used += n[count];
        }
        return Subgroups.ofSizes(java.util.Arrays.copyOf(n, count), x);
    }

    private static void assertSameBits(double actual, double expected, String what, int i) {
        assertThat(Double.doubleToRawLongBits(actual)).as("%s at point %d: %s vs %s", what, i, actual, expected)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    @Test
    void ewmaChart_equalsThePointByPointRecursion_bitForBit() {
        qt().withExamples(400).forAll(integers().between(1, 3000), longs().all(), integers().between(0, 11),
                integers().between(0, 2 * LAMBDAS.length - 1)).checkAssert((m, seed, shapeAndSizes, lambdaAndMode) -> {
                    int shape = shapeAndSizes % 4;
                    double mu = shape == 3 ? 1e9 : 74.0;
                    Subgroups data = subgroups(series(m, seed, shape, mu, 0.01), shapeAndSizes / 4, seed);
                    if (data.count() == 0) {
                        return;
                    }
                    double lambda = LAMBDAS[lambdaAndMode / 2];
                    EwmaLimitsMode mode = lambdaAndMode % 2 == 0 ? EwmaLimitsMode.EXACT : EwmaLimitsMode.ASYMPTOTIC;
                    EwmaLimits limits = EwmaSpec.withDefaults().withLambda(lambda).withLimits(mode).withKnownMean(mu)
                            .withKnownSigma(0.01).limits();
                    Random random = new Random(seed);
                    EwmaState start = random.nextBoolean() ? limits.initialState()
                            : new EwmaState(7, mu + 0.05 * random.nextGaussian(), 2 * random.nextDouble());
                    EwmaResult r = limits.apply(data, 1, start);

                    // the recursion as EwmaLimits.apply computed it point by point
                    double[] x = ProcessSpec.means(data);
                    double q = 1.0 - lambda;
                    double asymptotic = lambda / (2.0 - lambda);
                    double z = start.value();
                    double v = start.varianceFactor();
                    ControlChart c = r.chart();
                    for (int i = 0; i < data.count(); i++) {
                        int n = data.size(i);
                        z = lambda * x[i] + q * z;
                        v = q * q * v + lambda * lambda / n;
                        double sd = 0.01 * Math.sqrt(mode == EwmaLimitsMode.EXACT ? v : asymptotic / n);
                        assertSameBits(c.statistic(i), z, "EWMA", i);
                        assertSameBits(c.sigmaOfStatistic(i), sd, "sigma", i);
                        assertSameBits(c.center(i), mu, "centre", i);
                    }
                    assertThat(r.end()).isEqualTo(new EwmaState(start.steps() + data.count(), z, v));
                });
    }

    @Test
    void cusumChart_equalsThePointByPointRecursion_bitForBit() {
        qt().withExamples(400).forAll(integers().between(1, 3000), longs().all(), integers().between(0, 11),
                integers().between(0, KS.length - 1)).checkAssert((m, seed, shapeAndSizes, kIndex) -> {
                    int shape = shapeAndSizes % 4;
                    double mu = shape == 3 ? 1e9 : 74.0;
                    Subgroups data = subgroups(series(m, seed, shape, mu, 0.01), shapeAndSizes / 4, seed);
                    if (data.count() == 0) {
                        return;
                    }
                    double k = KS[kIndex];
                    CusumLimits limits = CusumSpec.withDefaults().withK(k).withH(6).withHeadStart(seed % 2 == 0 ? 0 : 3)
                            .withKnownMean(mu).withKnownSigma(0.01).limits();
                    Random random = new Random(seed);
                    CusumState start = random.nextBoolean() ? limits.initialState()
                            : new CusumState(3, 10 * random.nextDouble(), random.nextBoolean() ? 0.0 : 2.5);
                    CusumResult r = limits.apply(data, 1, start);

                    // the recursion as CusumLimits.apply computed it point by point
                    double[] x = ProcessSpec.means(data);
                    double cu = start.upper();
                    double cl = start.lower();
                    for (int i = 0; i < data.count(); i++) {
                        double y = CusumLimits.standardize(x[i], mu, 0.01, data.size(i));
                        cu = Math.max(0.0, cu + (y - k));
                        cl = Math.max(0.0, cl + (-y - k));
                        assertSameBits(r.standardized().get(i), y, "y", i);
                        assertSameBits(r.upperSum(i), cu, "C+", i);
                        assertSameBits(r.lowerSum(i), cl, "C-", i);
                    }
                    assertThat(r.end()).isEqualTo(new CusumState(start.steps() + data.count(), cu, cl));
                });
    }

    @Test
    void kernels_onArrays_equalTheSequentialSteps_bitForBit() {
        double[] starts = {0.0, -0.0, 1.0, 1e300, Double.MIN_VALUE, 74.0};
        for (int m = 0; m <= 41; m++) {
            for (double start : starts) {
                for (int shape = 0; shape < 4; shape++) {
                    double[] x = series(m, 31L * m + shape, shape, shape == 3 ? 1e9 : 0.0, 1.0);
                    double[] ewma = new double[m];
                    TimeWeightedKernels.ewma(x, 0.3, start, ewma);
                    double[] up = new double[m];
                    double[] lo = new double[m];
                    double target = shape == 3 ? 1e9 : 0.0;
                    TimeWeightedKernels.cusum(x, target, 0.5, 0.25, Math.abs(start), 2.0, up, lo);
                    double z = start;
                    double cu = Math.abs(start);
                    double cl = 2.0;
                    for (int i = 0; i < m; i++) {
                        z = 0.3 * x[i] + 0.7 * z;
                        double y = (x[i] - target) / 0.5;
                        cu = Math.max(0.0, cu + (y - 0.25));
                        cl = Math.max(0.0, cl + (-y - 0.25));
                        assertSameBits(ewma[i], z, "EWMA m=" + m, i);
                        assertSameBits(up[i], cu, "C+ m=" + m, i);
                        assertSameBits(lo[i], cl, "C- m=" + m, i);
                    }
                }
            }
        }
    }

    @Test
    void cusumStep_isMathMaxOfZeroAndTheSum() {
        double[] values = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, -0.5};
        for (double c : values) {
            for (double u : values) {
                if (!Double.isNaN(c + u)) {
                    assertSameBits(TimeWeightedKernels.cusumStep(c, u), Math.max(0.0, c + u), c + " + " + u, 0);
                }
            }
        }
    }

    @Test
    void segmentsStartedFromZero_equalTheChartStartedFromZero_bitForBit() {
        qt().withExamples(200).forAll(integers().between(1, 3000), longs().all(), integers().between(0, 2))
                .checkAssert((m, seed, shape) -> {
                    double[] x = series(m, seed, shape, 74.0, 0.01);
                    Subgroups data = Subgroups.individuals(x);
                    EwmaLimits ewma = EwmaSpec.withDefaults().withKnownMean(74).withKnownSigma(0.01).limits();
                    EwmaSegment es = ewma.segment();
                    CusumLimits cusum = CusumSpec.withDefaults().withKnownMean(74).withKnownSigma(0.01).limits();
                    CusumSegment cs = cusum.segment();
                    for (double v : x) {
                        es.accept(v);
                        cs.accept(v);
                    }
                    EwmaState zero = new EwmaState(0, 0.0, 0.0);
                    assertThat(es.apply(zero)).isEqualTo(ewma.apply(data, 1, zero).end());
                    CusumState none = new CusumState(0, 0.0, 0.0);
                    CusumResult chart = cusum.apply(data, 1, none);
                    assertThat(cs.apply(none)).isEqualTo(chart.end());
                    double peak = 0;
                    for (int i = 0; i < m; i++) {
                        peak = Math.max(peak, chart.upperSum(i));
                    }
                    assertThat(cs.peakUpper(none)).isEqualTo(peak);
                });
    }

    @Test
    void ewmaSegment_equalsThePointByPointMaps() {
        qt().withExamples(300).forAll(integers().between(0, 3000), longs().all(), integers().between(0, 2),
                integers().between(0, LAMBDAS.length - 1)).checkAssert((m, seed, sizes, lambdaIndex) -> {
                    double lambda = LAMBDAS[lambdaIndex];
                    Random random = new Random(seed);
                    int cut = m == 0 ? 0 : random.nextInt(m + 1);
                    EwmaSegment segment = EwmaSegment.create(lambda);
                    // the maps as EwmaSegment.accept computed them point by point
                    double q = 1.0 - lambda;
                    double decay = 1.0;
                    double offset = 0.0;
                    double variance = 0.0;
                    for (int i = 0; i < m; i++) {
                        double x = 74 + random.nextGaussian();
                        int n = sizes == 0 ? 1 : sizes == 1 ? 4 : i % 50 < 25 ? 1 : 1 + random.nextInt(3);
                        if (i == cut) {
                            segment = roundTrip(segment);
                        }
                        segment.accept(x, n);
                        decay *= q;
                        offset = lambda * x + q * offset;
                        variance = q * q * variance + lambda * lambda / n;
                    }
                    // offset and variance bit for bit: they are what a chart from 0 gives
                    assertThat(segment.apply(new EwmaState(2, 0.0, 0.0))).isEqualTo(new EwmaState(2 + m, offset,
                            variance));
                    // the decay (a power, not a running product) within the rounding of m products
                    EwmaState end = segment.apply(new EwmaState(2, 70.5, 0.75));
                    assertThat(end.value()).isCloseTo(decay * 70.5 + offset, within(1e-13 * (1 + m) * 75));
                    assertThat(end.varianceFactor()).isCloseTo(decay * decay * 0.75 + variance,
                            within(1e-13 * (1 + m)));
                });
    }

    private static EwmaSegment roundTrip(EwmaSegment segment) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(segment);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                return (EwmaSegment) in.readObject();
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void exactEwmaLimits_widenThenHoldTheirLastValue() {
        double[] x = series(5000, 3, 0, 74.0, 0.01);
        for (double lambda : LAMBDAS) {
            EwmaLimits limits = EwmaSpec.withDefaults().withLambda(lambda).withKnownMean(74).withKnownSigma(0.01)
                    .limits();
            ControlChart c = limits.apply(Subgroups.individuals(x)).chart();
            assertThat(c.hasConstantLimits()).isEqualTo(lambda == 1.0);
            for (int i = 1; i < x.length; i++) {
                assertThat(c.sigmaOfStatistic(i)).isGreaterThanOrEqualTo(c.sigmaOfStatistic(i - 1));
            }
            if (lambda >= 0.05) {
                // settled well before the end: the limits of the last points are the asymptotic ones
                double asymptotic = 0.01 * Math.sqrt(lambda / (2 - lambda));
                assertThat(c.sigmaOfStatistic(x.length - 1)).isCloseTo(asymptotic, within(1e-15));
            }
            assertThatThrownBy(() -> c.sigmaOfStatistic(x.length)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> c.ucl(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void cusumOverflow_isRefusedNamingThePoint() {
        CusumLimits limits = CusumSpec.withDefaults().withKnownMean(0).withKnownSigma(1e-300).limits();
        Subgroups data = Subgroups.individuals(1, 2, 1e10, 3);
        assertThatThrownBy(() -> limits.apply(data)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflow").hasMessageContaining("point 3");
        CusumSegment s = limits.segment();
        s.accept(1);
        assertThatThrownBy(() -> s.accept(1e10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflows");
    }
}
