package org.spc4j.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void create_isEmpty_statisticsNaN() {
        Moments m = Moments.create();
        assertThat(m.count()).isZero();
        assertThat(m.mean()).isNaN();
        assertThat(m.variance()).isNaN();
        assertThat(m.min()).isNaN();
        assertThat(m.range()).isNaN();
    }

    @Test
    void oneValue_meanIsValue_varianceNaN_rangeZero() {
        Moments m = Moments.of(4.5);
        assertThat(m.mean()).isEqualTo(4.5);
        assertThat(m.variance()).isNaN();
        assertThat(m.range()).isZero();
    }

    @Test
    void smallExample_matchesHandCalculation() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, s^2 = 32/7
        Moments m = Moments.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertThat(m.mean()).isEqualTo(5.0);
        assertThat(m.sumOfSquaredDeviations()).isEqualTo(32.0);
        assertThat(m.variance()).isCloseTo(32.0 / 7, within(1e-15));
        assertThat(m.min()).isEqualTo(2.0);
        assertThat(m.max()).isEqualTo(9.0);
        assertThat(m.range()).isEqualTo(7.0);
        Moments.Summary s = m.summary();
        assertThat(s.count()).isEqualTo(8);
        assertThat(s.range()).isEqualTo(7.0);
    }

    @Test
    void combine_withEmpty_changesNothing_bothWays() {
        Moments a = Moments.of(1, 2, 3);
        a.combine(Moments.create());
        assertThat(a.mean()).isEqualTo(2.0);
        assertThat(a.count()).isEqualTo(3);
        Moments e = Moments.create().combine(Moments.of(1, 2, 3));
        assertThat(e.mean()).isEqualTo(2.0);
        assertThat(e.variance()).isEqualTo(1.0);
        assertThat(e.min()).isEqualTo(1.0);
        assertThat(e.max()).isEqualTo(3.0);
    }

    @Test
    void combine_leavesOtherUnchanged() {
        Moments a = Moments.of(1, 2);
        Moments b = Moments.of(10, 20);
        a.combine(b);
        assertThat(b.count()).isEqualTo(2);
        assertThat(b.mean()).isEqualTo(15.0);
    }

    @Test
    void parallelStream_collect_equalsArray() {
        double[] x = IntStream.range(0, 100_000).mapToDouble(i -> Math.sin(i) * 1e3 + 1e6).toArray();
        Moments seq = Moments.of(x);
        Moments par = DoubleStream.of(x).parallel().collect(Moments::create, Moments::accept, Moments::combine);
        Moments boxed = DoubleStream.of(x).boxed().parallel().collect(Moments.collector());
        for (Moments m : new Moments[] {par, boxed}) {
            assertThat(m.count()).isEqualTo(100_000);
            assertThat(m.mean()).isCloseTo(seq.mean(), within(1e-15 * 1e6));
            assertThat(m.standardDeviation()).isCloseTo(seq.standardDeviation(), within(1e-12 * seq.standardDeviation()));
            assertThat(m.min()).isEqualTo(seq.min());
            assertThat(m.max()).isEqualTo(seq.max());
        }
    }

    @Test
    void nonFinite_givesNaNStatistics_neverThrows() {
        Moments m = Moments.of(1, Double.NaN, 3);
        assertThat(m.mean()).isNaN();
        assertThat(m.variance()).isNaN();
        Moments inf = Moments.create();
        inf.accept(1);
        inf.accept(Double.POSITIVE_INFINITY);
        assertThat(inf.variance()).isNaN();
    }

    @Test
    void ofRange_checksBounds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Moments.ofRange(new double[3], 2, 5))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void state_roundTrip_continuesWithTheSameBits() {
        double[] x = {1e7 + 0.1, 1e7 + 0.2, 1e7 + 0.3, 1e7 + 0.4, 1e7 + 0.5};
        Moments direct = Moments.create();
        Moments restored = Moments.create();
        for (int i = 0; i < x.length; i++) {
            direct.accept(x[i]);
            restored.accept(x[i]);
            restored = Moments.fromState(restored.state());
        }
        Moments other = Moments.of(3.0, 4.5);
        direct.combine(other);
        restored = Moments.fromState(restored.state()).combine(Moments.fromState(other.state()));
        assertThat(restored.state()).isEqualTo(direct.state());
        assertThat(restored.summary()).isEqualTo(direct.summary());
    }

    @Test
    void state_ofEmpty_restoresEmpty() {
        Moments m = Moments.fromState(Moments.create().state());
        assertThat(m.count()).isZero();
        assertThat(m.mean()).isNaN();
        assertThat(Moments.fromState(m.state()).combine(Moments.of(2.0)).mean()).isEqualTo(2.0);
    }
}
