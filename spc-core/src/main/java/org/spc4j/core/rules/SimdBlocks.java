package org.spc4j.core.rules;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Classifies a block of 64 points for {@link RuleEvaluator}'s block path with SIMD comparisons,
 * through the JDK's incubating Vector API ({@code jdk.incubator.vector}, JEP 338 and its
 * successors). Loaded only when that module is in the boot layer, i.e. when the JVM was started
 * with {@code --add-modules jdk.incubator.vector}; {@link RuleEvaluator} otherwise classifies point
 * by point, with the same results.
 *
 * <p>Every flag is the sign of a difference: for finite a and b, neither of them -0.0, the
 * rounded difference {@code a - b} is negative exactly when a &lt; b (it is zero only when a == b,
 * since subnormals make every difference of distinct doubles nonzero, and rounding or overflow
 * never changes its sign). Points and lines are first added to +0.0, which turns -0.0 into +0.0
 * and changes nothing else, so these signs are exactly the strict comparisons of
 * {@link RuleEvaluator#accept}. The sign bit of the point at offset i of the block is shifted to
 * bit 63 - i (the evaluator's order: bit 0 is the newest point), and the lanes are ORed together
 * once per block.
 */
final class SimdBlocks {

    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final int LANES = DOUBLES.length();
    private static final long SIGN = Long.MIN_VALUE;
    /** Shift of the sign bit of the point at each offset of a block: offset i goes to bit 63 - i. */
    private static final long[] OFFSETS = new long[64];

    static {
        for (int i = 0; i < 64; i++) {
            OFFSETS[i] = 63 - i;
        }
    }

    private SimdBlocks() {
    }

    /**
     * True when this JVM compiles the Vector API to real SIMD instructions of at least 4 doubles
     * (AVX2 or AVX-512 on x86, NEON/SVE on ARM) with long and double vectors of one shape.
     */
    static boolean usable() {
        return LANES >= 4 && 64 % LANES == 0 && LONGS.length() == LANES
                && DOUBLES.vectorShape() == VectorShape.preferredShape();
    }

    /**
     * The flags of the {@code blocks} blocks of 64 points from {@code x[from]}, {@code from >= 1},
     * as words (bit 63 - i for the point at {@code from + 64 k + i}), block k at
     * {@code out[k * WORDS ...]}: above and below the centre line {@code lines[4]}, above
     * {@code lines[4 + z]} and below {@code lines[4 - z]} for z = 1, 2, 3 (strictly), and greater or
     * less than its predecessor {@code x[from + 64 k + i - 1]}. The predecessor of the very first
     * point is {@code x[from - 1]}; a caller whose previous point lives elsewhere corrects bit 63 of
     * {@code INC} and {@code DEC} of block 0.
     *
     * @return the number of blocks classified: {@code blocks}, or the index of the first block
     *         holding a value that is not finite (its words and those after it are unspecified)
     */
    static int classify(double[] x, int from, int blocks, double[] lines, long[] out) {
        for (int k = 0; k < blocks; k++) {
            final int at = k * RuleEvaluator.WORDS;
            if (!aboveAndFinite(x, from + 64 * k, lines, out, at) || !belowAndSteps(x, from + 64 * k, lines, out, at)) {
                return k;
            }
        }
        return blocks;
    }

    /*
     * Two passes of five words each: C2 stops inlining the Vector API's methods when one method
     * grows past its node budget (NodeCountInliningCutoff), and every vector operation left as a
     * call boxes its vectors, which made one pass of ten words 10x slower. The second pass reads
     * the block again from L1.
     */

    /** Up, down and above c + z s; false when a point is not finite. */
    private static boolean aboveAndFinite(double[] x, int from, double[] lines, long[] out, int at) {
        final DoubleVector center = DoubleVector.broadcast(DOUBLES, lines[4] + 0.0);
        final DoubleVector hi1 = DoubleVector.broadcast(DOUBLES, lines[5] + 0.0);
        final DoubleVector hi2 = DoubleVector.broadcast(DOUBLES, lines[6] + 0.0);
        final DoubleVector hi3 = DoubleVector.broadcast(DOUBLES, lines[7] + 0.0);
        LongVector up = LongVector.zero(LONGS);
        LongVector down = up;
        LongVector above1 = up;
        LongVector above2 = up;
        LongVector above3 = up;
        LongVector notFinite = up;
        for (int g = 0; g < 64; g += LANES) {
            final DoubleVector v = DoubleVector.fromArray(DOUBLES, x, from + g).add(0.0);
            final LongVector shift = LongVector.fromArray(LONGS, OFFSETS, g);
            up = up.or(sign(center.sub(v), shift));
            down = down.or(sign(v.sub(center), shift));
            above1 = above1.or(sign(hi1.sub(v), shift));
            above2 = above2.or(sign(hi2.sub(v), shift));
            above3 = above3.or(sign(hi3.sub(v), shift));
            notFinite = notFinite.or(v.sub(v).reinterpretAsLongs());   // +0.0, or NaN from an infinity or NaN
        }
        if (notFinite.reduceLanes(VectorOperators.OR) != 0) {
            return false;
        }
        out[at + RuleEvaluator.UP] = up.reduceLanes(VectorOperators.OR);
        out[at + RuleEvaluator.DOWN] = down.reduceLanes(VectorOperators.OR);
        out[at + RuleEvaluator.ABOVE] = above1.reduceLanes(VectorOperators.OR);
        out[at + RuleEvaluator.ABOVE + 1] = above2.reduceLanes(VectorOperators.OR);
        out[at + RuleEvaluator.ABOVE + 2] = above3.reduceLanes(VectorOperators.OR);
        return true;
    }

    /** Below c - z s, and the steps from each point's predecessor (points known to be finite). */
    private static boolean belowAndSteps(double[] x, int from, double[] lines, long[] out, int at) {
        final DoubleVector lo1 = DoubleVector.broadcast(DOUBLES, lines[3] + 0.0);
        final DoubleVector lo2 = DoubleVector.broadcast(DOUBLES, lines[2] + 0.0);
        final DoubleVector lo3 = DoubleVector.broadcast(DOUBLES, lines[1] + 0.0);
        LongVector below1 = LongVector.zero(LONGS);
        LongVector below2 = below1;
        LongVector below3 = below1;
        LongVector inc = below1;
        LongVector dec = below1;
        for (int g = 0; g < 64; g += LANES) {
            final DoubleVector v = DoubleVector.fromArray(DOUBLES, x, from + g).add(0.0);
            final DoubleVector p = DoubleVector.fromArray(DOUBLES, x, from + g - 1).add(0.0);
            final LongVector shift = LongVector.fromArray(LONGS, OFFSETS, g);
            below1 = below1.or(sign(v.sub(lo1), shift));
            below2 = below2.or(sign(v.sub(lo2), shift));
            below3 = below3.or(sign(v.sub(lo3), shift));
            inc = inc.or(sign(p.sub(v), shift));
            dec = dec.or(sign(v.sub(p), shift));
        }
        out[at + RuleEvaluator.BELOW] = below1.reduceLanes(VectorOperators.OR);
        out[at + RuleEvaluator.BELOW + 1] = below2.reduceLanes(VectorOperators.OR);
        out[at + RuleEvaluator.BELOW + 2] = below3.reduceLanes(VectorOperators.OR);
        out[at + RuleEvaluator.INC] = inc.reduceLanes(VectorOperators.OR);
        out[at + RuleEvaluator.DEC] = dec.reduceLanes(VectorOperators.OR);
        return true;
    }

    /** The sign bit of each lane of {@code d}, moved from bit 63 to bit {@code 63 - shift}. */
    private static LongVector sign(DoubleVector d, LongVector shift) {
        return d.reinterpretAsLongs().lanewise(VectorOperators.LSHR, 63).lanewise(VectorOperators.LSHL, shift);
    }
}
