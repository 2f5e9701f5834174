package org.spc4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spc4j.core.stats.Moments;

/**
 * Properties of the ordered moving-range segments and of the Moments buffer, without Spark: any
 * cutting of a series into segments, composed left to right or right to left, sees exactly the
 * windows of the sequential series (same count, same smallest and largest window statistic,
 * same mean up to the rounding of a sum), and the bean buffer round-trips a {@link Moments} bit
 * for bit.
 */
class MovingRangeSegmentPropertiesTest {

    /** Window statistics of the series, sequentially: ranges of span w, or squared differences. */
    private static Moments sequential(double[] x, int w, boolean squared) {
        Moments m = Moments.create();
        for (int i = w - 1; i < x.length; i++) {
            double lo = x[i];
            double hi = x[i];
            for (int j = i - w + 1; j < i; j++) {
                lo = Math.min(lo, x[j]);
                hi = Math.max(hi, x[j]);
            }
            double d = x[i] - x[i - 1];
            m.accept(squared ? d * d : hi - lo);
        }
        return m;
    }

    private static List<MovingRangeSegment> cut(double[] x, int w, boolean squared, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<MovingRangeSegment> parts = new ArrayList<>();
        MovingRangeSegment s = MovingRangeSegment.start("K", w, squared);
        for (int i = 0; i < x.length; i++) {
            if (i > 0 && r.nextInt(4) == 0) {
                parts.add(s);
                s = MovingRangeSegment.start("K", w, squared);
            }
            s.add(10L * i, x[i]);
        }
        parts.add(s);
        return parts;
    }

    @Test
    void anyCutting_eitherAssociation_seesTheSequentialWindows() {
        qt().withExamples(400).forAll(
                lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(1, 40),
                integers().between(2, 6),
                integers().all())
            .checkAssert((xs, w, seed) -> {
                double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
                for (boolean squared : new boolean[] {false, true}) {
                    int span = squared ? 2 : w;
                    List<MovingRangeSegment> parts = cut(x, span, squared, seed);
                    MovingRangeSegment left = MovingRangeSegment.start("K", span, squared);
                    for (MovingRangeSegment p : parts) {
                        left.append(p);
                    }
                    MovingRangeSegment right = MovingRangeSegment.start("K", span, squared);
                    for (int i = parts.size() - 1; i >= 0; i--) {
                        MovingRangeSegment p = MovingRangeSegment.start("K", span, squared).append(parts.get(i));
                        right = p.append(right);
                    }
                    Moments want = sequential(x, span, squared);
                    for (MovingRangeSegment got : List.of(left, right)) {
                        Moments windows = got.getWindows().toMoments();
                        assertThat(windows.count()).isEqualTo(want.count());
                        assertThat(got.getValues().getCount()).isEqualTo(x.length);
                        if (want.count() > 0) {
                            assertThat(windows.min()).isEqualTo(want.min());
                            assertThat(windows.max()).isEqualTo(want.max());
                            assertThat(Math.abs(windows.mean() - want.mean()))
                                    .isLessThanOrEqualTo(1e-12 * Math.max(1, want.max()));
                        }
                    }
                }
            });
    }

    @Test
    void append_overlappingOrders_refused() {
        MovingRangeSegment a = MovingRangeSegment.start("K", 2, false);
        a.add(1, 1.0);
        a.add(5, 2.0);
        MovingRangeSegment b = MovingRangeSegment.start("K", 2, false);
        b.add(5, 3.0);
        assertThatThrownBy(() -> a.append(b))
                .hasMessage("characteristic K: a segment starting at order 5 cannot follow one ending at order 5");
        assertThatThrownBy(() -> MovingRangeSegment.start("K", 3, true)).hasMessageContaining("was 3");
    }

    @Test
    void momentsBuffer_reduceAndMerge_sameBitsAsMoments() {
        qt().withExamples(300).forAll(
                lists().of(doubles().between(-1e9, 1e9)).ofSizeBetween(0, 30),
                integers().between(0, 30))
            .checkAssert((xs, cutAt) -> {
                int c = Math.min(cutAt, xs.size());
                MomentsAggregator agg = new MomentsAggregator();
                MomentsBuffer a = agg.zero();
                MomentsBuffer b = agg.zero();
                Moments ma = Moments.create();
                Moments mb = Moments.create();
                for (int i = 0; i < xs.size(); i++) {
                    if (i < c) {
                        a = agg.reduce(a, xs.get(i));
                        ma.accept(xs.get(i));
                    } else {
                        b = agg.reduce(b, xs.get(i));
                        mb.accept(xs.get(i));
                    }
                }
                assertThat(agg.finish(agg.merge(a, b)).toMoments().state()).isEqualTo(ma.combine(mb).state());
            });
    }
}
