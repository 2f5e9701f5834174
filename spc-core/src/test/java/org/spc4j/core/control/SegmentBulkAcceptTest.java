package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link CusumSegment#accept(double[], int, int)} and {@link EwmaSegment#accept(double[], int, int)}
 * leave a segment in exactly the state that {@code accept(double)} point by point leaves it in
 * (tolerance 0): the serialized bytes of both segments are equal, and so are the raw bits of what
 * they answer. Series: in control, a 4-sigma shift in the second half (CUSUM sums that never
 * return to 0, so a part is recomputed to its end), a drift, values 1e9 plus noise of sigma 0.01,
 * and extremes whose sums overflow; lengths 0 to 5000 (below, at and across the 1024-point blocks,
 * every remainder modulo the four parts); random slices; segments that already hold points.
 * The seed of a failing case is in the assertion message.
 */
class SegmentBulkAcceptTest {

    private static final double[] KS = {0.0, 0.25, 0.5, 1.0, 3.0};
    private static final double[] LAMBDAS = {0.001, 0.05, 0.2, 0.5, 1.0};

    private static double[] series(Random random, int m, int shape, double mu, double sigma) {
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            double shift = switch (shape) {
                case 1 -> i >= m / 2 ? 4 * sigma : 0.0;
                case 2 -> -3 * sigma * i / Math.max(1, m);
                case 3 -> random.nextInt(8) == 0 ? 1e6 * sigma : 0.0;
                default -> 0.0;
            };
            x[i] = mu + shift + sigma * random.nextGaussian();
        }
        return x;
    }

    private static byte[] bytes(Serializable o) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    private static void assertSameCusum(CusumSegment bulk, CusumSegment points, String what) {
        assertThat(bulk.count()).as(what).isEqualTo(points.count());
        for (CusumState start : new CusumState[] {CusumState.start(0), CusumState.start(2.5),
                new CusumState(7, 0.25, 11)}) {
            assertThat(bulk.toString()).as(what).isEqualTo(points.toString());
            // apply refuses sums that overflowed; the serialized bytes below compare those too
            if (!bulk.toString().contains("Infinity") && !bulk.toString().contains("NaN")) {
                CusumState a = bulk.apply(start);
                CusumState b = points.apply(start);
                assertThat(bits(a.upper())).as("%s: upper from %s", what, start).isEqualTo(bits(b.upper()));
                assertThat(bits(a.lower())).as("%s: lower from %s", what, start).isEqualTo(bits(b.lower()));
            }
            assertThat(bits(bulk.peakUpper(start))).as("%s: peak upper", what).isEqualTo(bits(points.peakUpper(start)));
            assertThat(bits(bulk.peakLower(start))).as("%s: peak lower", what).isEqualTo(bits(points.peakLower(start)));
        }
        assertThat(bytes(bulk)).as("%s: serialized state", what).isEqualTo(bytes(points));
    }

    private static void assertSameEwma(EwmaSegment bulk, EwmaSegment points, String what) {
        assertThat(bulk.count()).as(what).isEqualTo(points.count());
        EwmaState start = new EwmaState(3, 1.5, 0.25);
        EwmaState a = bulk.apply(start);
        EwmaState b = points.apply(start);
        assertThat(bits(a.value())).as("%s: value", what).isEqualTo(bits(b.value()));
        assertThat(bits(a.varianceFactor())).as("%s: variance", what).isEqualTo(bits(b.varianceFactor()));
        assertThat(bytes(bulk)).as("%s: serialized state", what).isEqualTo(bytes(points));
    }

    /* --- CUSUM --- */

    @Test
    void cusumAcceptRange_equalsAcceptPointByPoint_bitForBit() {
        int[] lengths = {0, 1, 3, 63, 64, 65, 67, 255, 1023, 1024, 1025, 1026, 1027, 2048, 2051, 4999};
        for (long seed = 1; seed <= 48; seed++) {
            Random random = new Random(seed);
            int m = seed <= lengths.length ? lengths[(int) seed - 1] : random.nextInt(5000);
            int shape = random.nextInt(4);
            double mu = random.nextBoolean() ? 0.0 : 1e9;
            double sigma = mu == 0.0 ? 1.0 + random.nextDouble() : 0.01;
            double[] x = series(random, m, shape, mu, sigma);
            double k = KS[random.nextInt(KS.length)];
            // the whole array, then a random slice; both onto a segment that already holds points
            int from = m == 0 ? 0 : random.nextInt(m + 1);
            int to = from + (m == from ? 0 : random.nextInt(m - from + 1));
            for (int[] range : new int[][] {{0, m}, {from, to}}) {
                String what = String.format("seed %d, %d points, shape %d, k %s, range [%d, %d)", seed, m, shape, k,
                        range[0], range[1]);
                CusumSegment bulk = CusumSegment.create(mu, sigma, k);
                CusumSegment points = CusumSegment.create(mu, sigma, k);
                int prior = random.nextInt(3) * 7;
                for (int i = 0; i < prior; i++) {
                    double v = mu + sigma * (random.nextGaussian() + 2);
                    bulk.accept(v);
                    points.accept(v);
                }
                bulk.accept(x, range[0], range[1]);
                for (int i = range[0]; i < range[1]; i++) {
                    points.accept(x[i]);
                }
                assertSameCusum(bulk, points, what);
                // and it keeps going alike
                bulk.accept(x, 0, Math.min(m, 100));
                for (int i = 0; i < Math.min(m, 100); i++) {
                    points.accept(x[i]);
                }
                assertSameCusum(bulk, points, what + ", then more");
            }
        }
    }

    @Test
    void cusumAcceptRange_inPieces_equalsOneRange() {
        Random random = new Random(7);
        double[] x = series(random, 6000, 1, 10.0, 2.0);
        CusumSegment whole = CusumSegment.create(10.0, 2.0, 0.5);
        whole.accept(x, 0, x.length);
        CusumSegment pieces = CusumSegment.create(10.0, 2.0, 0.5);
        int i = 0;
        while (i < x.length) {
            int j = Math.min(x.length, i + random.nextInt(1500));
            pieces.accept(x, i, j);
            i = j;
        }
        assertSameCusum(pieces, whole, "pieces");
    }

    @Test
    void cusumAcceptRange_sumsThatOverflow_equalAcceptPointByPoint() {
        // standardised values up to 1e308 and k up to 1e308: running sums overflow to infinity
        // (and an upper increment to -infinity), so the range is recomputed point by point
        for (long seed = 100; seed < 120; seed++) {
            Random random = new Random(seed);
            double k = random.nextBoolean() ? 0.5 : 1e308;
            double[] x = new double[200 + random.nextInt(2000)];
            for (int i = 0; i < x.length; i++) {
                x[i] = (random.nextBoolean() ? 1 : -1) * (random.nextInt(3) == 0 ? 1e8 : random.nextDouble() * 1e7);
            }
            CusumSegment bulk = CusumSegment.create(0, 1e-300, k);
            CusumSegment points = CusumSegment.create(0, 1e-300, k);
            bulk.accept(x, 0, x.length);
            for (double v : x) {
                points.accept(v);
            }
            assertSameCusum(bulk, points, "seed " + seed);
        }
    }

    @Test
    void cusumAcceptRange_badValue_throwsNamingTheIndex_andLeavesTheSegmentUnchanged() {
        Random random = new Random(11);
        for (int m : new int[] {10, 100, 3000}) {
            double[] x = series(random, m, 0, 5.0, 1.0);
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                int at = m - 3;
                double[] y = x.clone();
                y[at] = bad;
                CusumSegment s = CusumSegment.create(5.0, 1.0, 0.5);
                s.accept(x, 0, 5);
                byte[] before = bytes(s);
                assertThatThrownBy(() -> s.accept(y, 2, m)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("value " + bad + " at index " + at)
                        .hasMessageContaining("segment position " + (5 + at - 2))
                        .hasMessageContaining("not a finite number");
                assertThat(bytes(s)).isEqualTo(before);
                assertThat(s.count()).isEqualTo(5);
                // the point path refuses the same value
                CusumSegment p = CusumSegment.create(5.0, 1.0, 0.5);
                assertThatThrownBy(() -> p.accept(bad)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("not a finite number");
            }
        }
        CusumSegment tiny = CusumSegment.create(0, 1e-300, 0.5);
        double[] far = new double[200];
        far[150] = 1e10;
        assertThatThrownBy(() -> tiny.accept(far, 0, far.length)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at index 150").hasMessageContaining("overflows");
        assertThat(tiny.count()).isZero();
    }

    @Test
    void cusumAcceptRange_badRange_throws() {
        CusumSegment s = CusumSegment.create(0, 1, 0.5);
        double[] x = new double[10];
        assertThatThrownBy(() -> s.accept(null, 0, 0)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("values");
        assertThatThrownBy(() -> s.accept(x, -1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.accept(x, 4, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.accept(x, 0, 11)).isInstanceOf(IndexOutOfBoundsException.class);
        s.accept(x, 10, 10);
        assertThat(s.count()).isZero();
    }

    /* --- EWMA --- */

    @Test
    void ewmaAcceptRange_equalsAcceptPointByPoint_bitForBit() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            int m = random.nextInt(3000);
            double[] x = series(random, m, random.nextInt(4), random.nextBoolean() ? 0.0 : 1e9, 0.5);
            double lambda = LAMBDAS[random.nextInt(LAMBDAS.length)];
            int from = m == 0 ? 0 : random.nextInt(m + 1);
            int to = from + (m == from ? 0 : random.nextInt(m - from + 1));
            for (int[] range : new int[][] {{0, m}, {from, to}}) {
                String what = String.format("seed %d, %d points, lambda %s, range [%d, %d)", seed, m, lambda,
                        range[0], range[1]);
                EwmaSegment bulk = EwmaSegment.create(lambda);
                EwmaSegment points = EwmaSegment.create(lambda);
                // subgroup means before the range: the bulk path must fold that run first, as accept does
                int prior = random.nextInt(3) * 5;
                for (int i = 0; i < prior; i++) {
                    double v = random.nextGaussian();
                    bulk.accept(v, 4);
                    points.accept(v, 4);
                }
                bulk.accept(x, range[0], range[1]);
                for (int i = range[0]; i < range[1]; i++) {
                    points.accept(x[i]);
                }
                assertSameEwma(bulk, points, what);
                bulk.accept(1.0, 3);
                points.accept(1.0, 3);
                bulk.accept(x, 0, Math.min(m, 50));
                for (int i = 0; i < Math.min(m, 50); i++) {
                    points.accept(x[i]);
                }
                assertSameEwma(bulk, points, what + ", then more");
            }
        }
    }

    @Test
    void ewmaAcceptRange_badValue_throwsNamingTheIndex_andLeavesTheSegmentUnchanged() {
        double[] x = {1, 2, 3, 4, Double.NaN, 6};
        EwmaSegment s = EwmaSegment.create(0.2);
        s.accept(x, 0, 2);
        byte[] before = bytes(s);
        assertThatThrownBy(() -> s.accept(x, 1, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value NaN at index 4 (segment position 5) is not a finite number");
        assertThat(bytes(s)).isEqualTo(before);
        assertThat(s.count()).isEqualTo(2);
        assertThatThrownBy(() -> s.accept(new double[] {Double.POSITIVE_INFINITY}, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at index 0");
        assertThatThrownBy(() -> s.accept(null, 0, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.accept(x, 3, 7)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
