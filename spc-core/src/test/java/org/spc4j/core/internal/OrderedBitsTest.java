package org.spc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Integer comparisons of ordered bits agree with {@code <} and {@code >} on doubles. */
class OrderedBitsTest {

    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 74.0, 73.965, Math.nextUp(74.0), Math.nextDown(74.0)};

    @Test
    void belowAndAbove_matchTheComparisons() {
        Random random = new Random(9);
        double[] values = new double[SPECIAL.length + 2000];
        System.arraycopy(SPECIAL, 0, values, 0, SPECIAL.length);
        for (int i = SPECIAL.length; i < values.length; i++) {
            values[i] = i % 2 == 0 ? random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20)
                    : Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(values[i])) {
                values[i] = 0.5;
            }
        }
        for (double limit : SPECIAL) {
            long below = OrderedBits.belowKey(limit);
            long above = OrderedBits.aboveKey(limit);
            for (double x : values) {
                assertThat(OrderedBits.of(x) < below).as("%s < %s", x, limit).isEqualTo(x < limit);
                assertThat(OrderedBits.of(x) > above).as("%s > %s", x, limit).isEqualTo(x > limit);
            }
        }
    }

    @Test
    void noLimit_countsNothing() {
        for (double x : SPECIAL) {
            assertThat(OrderedBits.of(x) < OrderedBits.belowKey(Double.NaN)).isFalse();
            assertThat(OrderedBits.of(x) > OrderedBits.aboveKey(Double.NaN)).isFalse();
        }
    }
}
