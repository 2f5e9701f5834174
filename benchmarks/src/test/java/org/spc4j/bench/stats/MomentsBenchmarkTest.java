package org.spc4j.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spc4j.core.stats.Moments;

/** The benchmarked variants give the library's reference answer, {@link Moments#of(double...)}. */
class MomentsBenchmarkTest {

    @Test
    void variants_agreeWithMomentsOf() throws Exception {
        MomentsBenchmark.Data d = new MomentsBenchmark.Data();
        d.size = 100_001;
        d.setUp();
        Moments reference = Moments.of(d.x);
        MomentsBenchmark b = new MomentsBenchmark();
        assertSame(b.momentsOf(d), reference);
        assertSame(b.momentsAccept(d), reference);
        assertThat(b.arraySum(d) / d.size).isCloseTo(reference.mean(), within(1e-9));

        MomentsScalingBenchmark.Data s = new MomentsScalingBenchmark.Data();
        s.size = 100_001;
        s.setUp();
        try {
            MomentsScalingBenchmark sb = new MomentsScalingBenchmark();
            assertSame(sb.acceptOneThread(s), reference);
            assertSame(sb.acceptTwoThreads(s), reference);
            assertSame(sb.ofRangeOneThread(s), reference);
            assertSame(sb.ofRangeTwoThreads(s), reference);
            assertThat(sb.arraySumTwoThreads(s)).isCloseTo(sb.arraySum(s), within(1e-6));
        } finally {
            s.tearDown();
        }
    }

    private static void assertSame(Moments actual, Moments reference) {
        assertThat(actual.count()).isEqualTo(reference.count());
        assertThat(actual.mean()).isCloseTo(reference.mean(), within(1e-12));
        assertThat(actual.variance()).isCloseTo(reference.variance(), within(1e-12 * reference.variance()));
        assertThat(actual.min()).isEqualTo(reference.min());
        assertThat(actual.max()).isEqualTo(reference.max());
    }
}
