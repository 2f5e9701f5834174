package org.spc4j.core.rules;

/**
 * Bit-parallel run and window arithmetic on blocks of 64 points, for {@link RuleEvaluator}'s block
 * path. A block is a {@code long} in the evaluator's history order: bit 0 is the newest point,
 * bit 63 the oldest, and the predecessor of the point at bit b is at bit b + 1. What came before
 * the block is given either as a history word (bit 0 = the point just before the block, as
 * {@code RuleEvaluator} keeps for zones) or as a run length (the number of consecutive points just
 * before the block with the property, as it keeps for runs).
 *
 * <p>One operation on 64-bit words decides a rule for 64 points at once, which is what lets the
 * batch path run at a fraction of a nanosecond per point; see Knuth, <i>The Art of Computer
 * Programming</i> vol. 4A, 7.1.3 ("bitwise tricks and techniques"), for the techniques.
 */
final class BitRuns {

    /** Multiplier that gathers the low bit of each of 8 bytes into the top byte (bit u from byte u). */
    private static final long GATHER = 0x0102040810204080L;
    private static final long BYTE_LOW_BITS = 0x0101010101010101L;

    private BitRuns() {
    }

    /**
     * The 8 flags at bit {@code bit} of the 8 bytes of {@code codes}, as one byte: bit u of the
     * result is bit {@code bit} of byte u. (Every byte contributes one distinct power of two to the
     * product, so no carries reach the top byte.)
     */
    static long gather(long codes, int bit) {
        return (((codes >>> bit) & BYTE_LOW_BITS) * GATHER) >>> 56;
    }

    /** History word of a run of {@code length} points just before the block (capped at 64). */
    static long carryWord(long length) {
        return length >= 64 ? -1L : (1L << length) - 1;
    }

    /**
     * For every point, the value of its k-th predecessor (1 &lt;= k &lt;= 63): the block shifted
     * towards the newer end, with the history word {@code before} filling the oldest k bits.
     */
    static long predecessor(long block, long before, int k) {
        return (block >>> k) | (before << (64 - k));
    }

    /**
     * The points that end a run of at least {@code k} consecutive set points (1 &lt;= k &lt;= 64),
     * the run possibly continuing into the {@code carry} points before the block.
     */
    static long runsAtLeast(long block, long carry, int k) {
        // Runs of at least k inside the block: doubling up to h, the largest power of two <= k,
        // then one more step of k - h (two overlapping runs of h). A step that is not needed
        // shifts by 0, which changes nothing: no branches, since k varies from rule to rule.
        final int h = Integer.highestOneBit(k);
        long within = block;
        within &= within >>> (h > 1 ? 1 : 0);
        within &= within >>> (h > 2 ? 2 : 0);
        within &= within >>> (h > 4 ? 4 : 0);
        within &= within >>> (h > 8 ? 8 : 0);
        within &= within >>> (h > 16 ? 16 : 0);
        within &= within >>> (h > 32 ? 32 : 0);
        within &= within >>> (k - h);
        // The run that reaches the oldest point (bit 63) continues into the carry: its point at
        // bit b has 64 - b + carry points, at least k when b <= 64 + carry - k (which is >= 0).
        final long zeros = Long.highestOneBit(~block);        // the newest clear bit above that run
        final long topRun = -(zeros << 1) | ((zeros - 1) >> 63);   // the bits above it; all if none
        final long last = Math.min(64 + carry - k, 63);
        return within | (topRun & (-1L >>> (63 - last)));
    }

    /**
     * The points that end a run of at least {@code k} set points (1 &lt;= k &lt;= 64), the past
     * given as a history word: the AND of the block with its 1st to (k-1)-th predecessors, by
     * doubling (log2 k steps). Bits shifted in beyond the history word are 0, which never matters:
     * a point of the block looks back at most 63 points into it.
     */
    static long runsAtLeastAfter(long block, long before, int k) {
        long lo = block;
        long hi = before;
        int have = 1;
        while (have * 2 <= k) {
            lo &= predecessor(lo, hi, have);
            hi &= hi >>> have;
            have *= 2;
        }
        if (have < k) {
            lo &= predecessor(lo, hi, k - have);
        }
        return lo;
    }

    /**
     * Length of the run of set points ending at bit b: within the block, plus {@code carry} when
     * it reaches the oldest point of the block.
     */
    static long runLength(long block, long carry, int b) {
        long clearAbove = ~block >>> b;
        return clearAbove == 0 ? 64 - b + carry : Long.numberOfTrailingZeros(clearAbove);
    }

    /** Mask of the points from bit b back to bit {@code b + length - 1} (capped at the oldest, 63). */
    static long span(int b, long length) {
        long top = b + length - 1;
        long upTo = top >= 63 ? -1L : (1L << (top + 1)) - 1;
        return upTo & (-1L << b);
    }

    /**
     * The points whose window of the last {@code window} points (itself and its
     * {@code window - 1} predecessors, reaching into the history word {@code before}) holds at
     * least {@code need} set points, 1 &lt;= need &lt;= window &lt;= 63. A bit-sliced counter (six
     * bit planes) adds the shifted blocks; then {@code 64 - need} is added to it as a constant and
     * the carry out of the top plane is the answer (count + 64 - need &gt;= 64).
     */
    static long windowAtLeast(long block, long before, int window, int need) {
        if (need == window) {
            return runsAtLeastAfter(block, before, window);
        }
        if (window == 3 && need == 2) {
            return twoOfThree(block, before);
        }
        if (window == 5 && need == 4) {
            return fourOfFive(block, before);
        }
        if (window <= 7) {
            return smallWindowAtLeast(block, before, window, need);
        }
        long c0 = block;
        long c1 = 0;
        long c2 = 0;
        long c3 = 0;
        long c4 = 0;
        long c5 = 0;
        for (int k = 1; k < window; k++) {
            long carry = predecessor(block, before, k);
            long next = c0 & carry;
            c0 ^= carry;
            carry = next;
            next = c1 & carry;
            c1 ^= carry;
            carry = next;
            next = c2 & carry;
            c2 ^= carry;
            carry = next;
            next = c3 & carry;
            c3 ^= carry;
            carry = next;
            next = c4 & carry;
            c4 ^= carry;
            c5 ^= next;
        }
        int add = 64 - need;
        long ge = 0;
        ge = carry(c0, ge, add & 1);
        ge = carry(c1, ge, add & 2);
        ge = carry(c2, ge, add & 4);
        ge = carry(c3, ge, add & 8);
        ge = carry(c4, ge, add & 16);
        return carry(c5, ge, add & 32);
    }

    /** "2 of 3" (Western Electric 2, Nelson 5): the majority of a point and its two predecessors. */
    private static long twoOfThree(long block, long before) {
        final long p1 = predecessor(block, before, 1);
        final long p2 = predecessor(block, before, 2);
        return (block & (p1 | p2)) | (p1 & p2);
    }

    /**
     * "4 of 5" (Western Electric 3, Nelson 6): all of x0..x3 (the point and its first three
     * predecessors), or x4 and at least 3 of x0..x3; "3 of 4" is (x0 x1 and one of x2, x3) or
     * (x2 x3 and one of x0, x1).
     */
    private static long fourOfFive(long block, long before) {
        final long p1 = predecessor(block, before, 1);
        final long p2 = predecessor(block, before, 2);
        final long p3 = predecessor(block, before, 3);
        final long p4 = predecessor(block, before, 4);
        final long a = block & p1;
        final long b = p2 & p3;
        return (a & b) | (p4 & ((a & (p2 | p3)) | (b & (block | p1))));
    }

    /**
     * {@link #windowAtLeast} for windows of at most 7 points (Nelson's and Western Electric's "2 of
     * 3" and "4 of 5"): a count below 8 needs only three bit planes, and {@code 8 - need} is added.
     */
    private static long smallWindowAtLeast(long block, long before, int window, int need) {
        long c0 = block;
        long c1 = 0;
        long c2 = 0;
        for (int k = 1; k < window; k++) {
            final long point = predecessor(block, before, k);
            final long carry0 = c0 & point;
            c0 ^= point;
            final long carry1 = c1 & carry0;
            c1 ^= carry0;
            c2 |= carry1;            // counts stay below 8: plane 2 never carries
        }
        final int add = 8 - need;
        long ge = carry(c0, 0, add & 1);
        ge = carry(c1, ge, add & 2);
        return carry(c2, ge, add & 4);
    }

    /** Carry out of one plane when adding a constant bit: majority of (plane, constant bit, carry in). */
    private static long carry(long plane, long carryIn, int constantBit) {
        return constantBit != 0 ? plane | carryIn : plane & carryIn;
    }
}
