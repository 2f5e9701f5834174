package org.spc4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link DecimalText} writes exactly the JDK's text: {@code Double.toString} for {@code shortest},
 * {@code BigDecimal} rounding to seven digits for {@code sevenDigits}, on random doubles of every
 * kind (QuickTheories) and on edge values. The exact range (10^-10 to 10^7) gets most examples.
 */
class DecimalTextTest {

    private static final long MIN_BITS = Double.doubleToLongBits(1e-10);
    private static final long MAX_BITS = Double.doubleToLongBits(1e7);

    /** The text report's form before DecimalText: the reference. */
    private static String bigDecimalSeven(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }

    private static void assertSameText(double v) {
        char[] buf = new char[DecimalText.MAX_SEVEN_DIGITS + 8];
        int start = 3;
        int end = DecimalText.shortest(v, buf, start);
        assertThat(new String(buf, start, end - start)).as("shortest of %s", Double.toString(v))
                .isEqualTo(Double.toString(v));
        end = DecimalText.sevenDigits(v, buf, start);
        assertThat(new String(buf, start, end - start)).as("seven digits of %s", Double.toString(v))
                .isEqualTo(bigDecimalSeven(v));
        assertThat(DecimalText.sevenDigits(v)).isEqualTo(bigDecimalSeven(v));
    }

    @Test
    void anyBits_sameTextAsTheJdk() {
        qt().withExamples(100_000).forAll(longs().all())
                .checkAssert(bits -> assertSameText(Double.longBitsToDouble(bits)));
    }

    @Test
    void anyDoubleOfTheExactRange_sameTextAsTheJdk() {
        qt().withExamples(300_000).forAll(longs().between(MIN_BITS - 2, MAX_BITS + 2), integers().between(0, 1))
                .checkAssert((bits, sign) -> assertSameText((sign == 0 ? 1 : -1) * Double.longBitsToDouble(bits)));
    }

    /** Values read from text (up to 17 digits, any scale) and their differences, as a moving range makes them. */
    @Test
    void decimalsAndTheirDifferences_sameTextAsTheJdk() {
        qt().withExamples(200_000).forAll(longs().between(1, 99_999_999_999_999_999L), integers().between(0, 24),
                        longs().between(-99_999_999L, 99_999_999L), integers().between(0, 12))
                .checkAssert((m, k, m2, k2) -> {
                    double a = m / Math.pow(10, k);
                    double b = m2 / Math.pow(10, k2);
                    assertSameText(a);
                    assertSameText(b);
                    assertSameText(a - b);
                    assertSameText(Math.abs(b - Math.nextUp(b)));
                });
    }

    @Test
    void edgeValues_sameTextAsTheJdk() {
        List<Double> edges = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, 0.5, 0.1, 0.2, 0.3, 2.5, 1e16,
                1e23, 2e-3, 9.9999995, 9.99999949999, 1234567.5, 0.12345675, 0.0012345675, 74.0, 73.97039997117689,
                0.021700000000009823, 9999999.999999998, 999999.95, 0.00099999995, Math.PI, Math.E));
        for (int e = -12; e <= 12; e++) { // powers of ten, their neighbours, halves of the seventh digit
            double p = Math.pow(10, e);
            edges.addAll(List.of(p, Math.nextUp(p), Math.nextDown(p), 9.9999995 * p, 1.0000005 * p, 5 * p, 3 * p));
        }
        for (long i = 0; i <= 2000; i++) { // integers
            edges.addAll(List.of((double) i, (double) (i * 1_000_003), (double) (i << 40)));
        }
        for (int e = -80; e <= 80; e++) { // powers of two, which JDK 17 writes with a digit too many at times
            edges.add(Math.scalb(1.0, e));
        }
        edges.addAll(List.of(1e-10, Math.nextDown(1e-10), 9.999999999999999e-4, 1.5e-4, 2e-5, 1.0000005e-9));
        double x = 1e-3;
        for (int i = 0; i < 1000; i++) { // the ends of the exact range
            edges.addAll(List.of(x, Math.nextDown(1e-3 - (x - 1e-3)), 1e7 - (x - 1e-3) * 1e10));
            x = Math.nextUp(x);
        }
        for (double v : edges) {
            assertSameText(v);
            assertSameText(-v);
        }
    }

    @Test
    void writesAtTheGivenPosition_andLeavesTheRestAlone() {
        char[] buf = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
        int end = DecimalText.shortest(74.0129, buf, 2);
        assertThat(end).isEqualTo(9);
        assertThat(new String(buf)).isEqualTo("ab74.0129jklmnopqrstuvwxyz0123456789");
        end = DecimalText.sevenDigits(-0.000123456789, buf, 1);
        assertThat(new String(buf, 0, end + 1)).isEqualTo("a-0.0001234568o");
    }
}
