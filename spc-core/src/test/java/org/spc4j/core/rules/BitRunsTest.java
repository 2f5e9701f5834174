package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The word operations of {@link BitRuns} against point-by-point definitions: the 64 points of a
 * block and the 64 before it as a boolean sequence, runs and windows counted one point at a time.
 */
class BitRunsTest {

    /** Words with long runs of ones and zeros as well as noise. */
    static Gen<Long> words() {
        return longs().all().zip(integers().between(0, 3), (w, mode) -> switch (mode) {
            case 0 -> w;
            case 1 -> w | (w >>> 1) | (w >>> 2) | (w << 3);   // long runs of ones
            case 2 -> w & (w >>> 1) & (w << 2);                // sparse
            default -> mode == 3 && (w & 1) == 0 ? -1L : 0L;
        });
    }

    /** Point p (0 = oldest of 128): the history word is the older 64, the block the newer 64. */
    private static boolean at(long block, long before, int p) {
        return p < 64 ? (before >>> (63 - p) & 1) != 0 : (block >>> (127 - p) & 1) != 0;
    }

    @Test
    void runsAtLeast_isAnAndOfPredecessors() {
        qt().withExamples(3000).forAll(words(), integers().between(0, 140), integers().between(1, 64))
                .checkAssert((block, carry, k) -> {
                    long before = BitRuns.carryWord(carry);
                    long expected = 0;
                    for (int b = 0; b < 64; b++) {
                        int p = 127 - b;
                        boolean run = true;
                        for (int q = p; q > p - k; q--) {
                            run &= at(block, before, q);
                        }
                        expected |= run ? 1L << b : 0;
                    }
                    assertThat(BitRuns.runsAtLeast(block, carry, k)).isEqualTo(expected);
                });
    }

    @Test
    void runLength_countsBackToTheFirstClearPoint() {
        qt().withExamples(3000).forAll(words(), integers().between(0, 140), integers().between(0, 63))
                .checkAssert((block, carry, b) -> {
                    long expected = 0;
                    int q = b;
                    while (q < 64 && (block >>> q & 1) != 0) {
                        expected++;
                        q++;
                    }
                    if (q == 64) {
                        expected += carry;
                    }
                    assertThat(BitRuns.runLength(block, carry, b)).isEqualTo(expected);
                });
    }

    @Test
    void windowAtLeast_countsEachWindow() {
        windowAtLeastCounts(63);
    }

    /** Windows of up to 7 points take their own three-plane counter. */
    @Test
    void windowAtLeast_countsEachSmallWindow() {
        windowAtLeastCounts(7);
    }

    /** "2 of 3" and "4 of 5", the published windows, have closed forms of their own. */
    @Test
    void windowAtLeast_countsTwoOfThreeAndFourOfFive() {
        qt().withExamples(3000).forAll(words(), words(), integers().between(0, 1)).checkAssert((block, before, which) ->
                assertWindowCount(block, before, which == 0 ? 3 : 5, which == 0 ? 2 : 4));
    }

    private static void windowAtLeastCounts(int maxWindow) {
        qt().withExamples(3000).forAll(words(), words(), integers().between(1, maxWindow), integers().between(0, 62))
                .checkAssert((block, before, w, needSeed) -> assertWindowCount(block, before, w, 1 + needSeed % w));
    }

    private static void assertWindowCount(long block, long before, int w, int need) {
        long expected = 0;
        for (int b = 0; b < 64; b++) {
            int p = 127 - b;
            int set = 0;
            for (int q = p; q > p - w; q--) {
                set += at(block, before, q) ? 1 : 0;
            }
            expected |= set >= need ? 1L << b : 0;
        }
        assertThat(BitRuns.windowAtLeast(block, before, w, need)).as("%d of %d", need, w).isEqualTo(expected);
    }

    @Test
    void gather_takesOneBitOfEachByte() {
        qt().withExamples(2000).forAll(longs().all(), integers().between(0, 7)).checkAssert((codes, bit) -> {
            long expected = 0;
            for (int u = 0; u < 8; u++) {
                expected |= (codes >>> (8 * u + bit) & 1) << u;
            }
            assertThat(BitRuns.gather(codes, bit)).isEqualTo(expected);
        });
    }

    @Test
    void span_coversTheRunInTheBlock() {
        assertThat(BitRuns.span(0, 0)).isZero();
        assertThat(BitRuns.span(3, 2)).isEqualTo(0b11000L);
        assertThat(BitRuns.span(60, 100)).isEqualTo(0xfL << 60);
        assertThat(BitRuns.span(0, 64)).isEqualTo(-1L);
    }
}
