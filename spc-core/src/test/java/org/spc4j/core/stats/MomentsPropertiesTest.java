package org.spc4j.core.stats;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Moments}, checked against a BigDecimal two-pass model written
 * independently. Tolerances: the mean to 1e-13 of the data's magnitude, the standard deviation
 * to 1e-9 relative plus 1e-13 of the magnitude (the condition of the variance grows with
 * magnitude / spread, and doubles carry 16 digits).
 */
class MomentsPropertiesTest {

    private static final MathContext MC = new MathContext(40);

    private static double[] arr(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] model(double[] x) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new BigDecimal(v));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(x.length), MC);
        BigDecimal ss = BigDecimal.ZERO;
        for (double v : x) {
            BigDecimal d = new BigDecimal(v).subtract(mean);
            ss = ss.add(d.multiply(d));
        }
        double sd = x.length < 2 ? Double.NaN : ss.divide(BigDecimal.valueOf(x.length - 1), MC).sqrt(MC).doubleValue();
        return new double[] {mean.doubleValue(), sd};
    }

    private static boolean close(double a, double b, double tol) {
        return (Double.isNaN(a) && Double.isNaN(b)) || Math.abs(a - b) <= tol;
    }

    private static double magnitude(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Test
    void splitAnywhere_combine_equalsModel() {
        qt().withExamples(500).forAll(
                lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 60),
                integers().between(0, 60),
                doubles().between(-1e9, 1e9))
            .check((xs, cutRaw, offset) -> {
                double[] x = arr(xs);
                for (int i = 0; i < x.length; i++) {
                    x[i] += offset;
                }
                int cut = Math.min(cutRaw, x.length);
                Moments left = Moments.create();
                Moments right = Moments.create();
                for (int i = 0; i < x.length; i++) {
                    (i < cut ? left : right).accept(x[i]);
                }
                Moments combined = left.combine(right);
                double[] expected = model(x);
                double mag = magnitude(x);
                return combined.count() == x.length
                        && close(combined.mean(), expected[0], 1e-13 * mag)
                        && close(combined.standardDeviation(), expected[1], 1e-9 * expected[1] + 1e-13 * mag)
                        && close(Moments.of(x).standardDeviation(), expected[1], 1e-9 * expected[1] + 1e-13 * mag);
            });
    }

    @Test
    void combine_isAssociative() {
        qt().withExamples(300).forAll(
                lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(0, 20),
                lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(0, 20),
                lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(0, 20))
            .check((a, b, c) -> {
                Moments left = Moments.of(arr(a)).combine(Moments.of(arr(b))).combine(Moments.of(arr(c)));
                Moments right = Moments.of(arr(a)).combine(Moments.of(arr(b)).combine(Moments.of(arr(c))));
                return left.count() == right.count()
                        && close(left.mean(), right.mean(), 1e-12)
                        && close(left.variance(), right.variance(), 1e-9 * Math.abs(right.variance()) + 1e-12);
            });
    }

    @Test
    void shiftAndScale_moveMeanAndSdAsExpected() {
        qt().withExamples(300).forAll(
                lists().of(doubles().between(-100, 100)).ofSizeBetween(2, 40),
                doubles().between(-1e4, 1e4),
                doubles().between(0.001, 1000))
            .check((xs, shift, scale) -> {
                double[] x = arr(xs);
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[i] * scale + shift;
                }
                Moments mx = Moments.of(x);
                Moments my = Moments.of(y);
                double sdx = mx.standardDeviation();
                double tol = 1e-12 * (Math.abs(shift) + 100 * scale);
                return close(my.mean(), mx.mean() * scale + shift, tol)
                        && close(my.standardDeviation(), sdx * scale, 1e-10 * sdx * scale + tol)
                        && close(my.range(), mx.range() * scale, tol * 4);
            });
    }
}
