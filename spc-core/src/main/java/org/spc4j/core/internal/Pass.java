package org.spc4j.core.internal;

import org.spc4j.core.constants.ControlConstants;

/**
 * The sums of one pass over {@code values[from, to)}: the moment sums that give the mean and the
 * sum of squared deviations, and whatever else the kernel that filled it computes in the same
 * loop ({@link IndividualsPass}, {@link SubgroupsPass}; {@link #moments} for the moments alone).
 *
 * <p><b>Moment sums.</b> With the shift \(K\) = {@code values[from]} and \(d_i = x_i - K\):
 * \(S = \sum d_i\), \(Q = \sum d_i^2\); mean \(K + S/n\), sum of squared deviations
 * \(\max(0,\ Q - S^2/n)\) (the formulas of {@link org.spc4j.core.stats.Moments}). Shifting by a
 * data value centres the data, so large offsets cost no accuracy (1e9 + small noise sums like
 * the noise). When \(Q > 16\,(Q - S^2/n)\), that is when the shift lies more than about four
 * standard deviations from the mean, the subtraction would cancel digits, and {@link #refine}
 * sums again around the first-pass mean (the corrected two-pass algorithm); only such data pay a
 * second pass.
 *
 * <p><b>Summation order</b>, the same in every kernel of this package so that the same values
 * give the same bits whichever kernel summed them: the values are taken in blocks of
 * {@link #BLOCK} consecutive values from {@code from}; within a block each sum is a plain
 * {@code double} sum in index order; each block sum is added to a {@link CompensatedSum}. A
 * block's plain sums are short and independent of the other blocks, so the processor overlaps
 * them, while the compensation costs once per block instead of once per value.
 *
 * <p><b>Accuracy</b> (u = 2<sup>-53</sup>): a block sum of b terms errs by at most
 * (b - 1) u times the sum of their magnitudes, and the compensated accumulation adds about one
 * rounding of the total. So a sum of non-negative terms (moving ranges, squares) is within
 * (BLOCK + 1) u relative, S within (BLOCK + 2) u &Sigma;|d<sub>i</sub>|, and the sum of squared
 * deviations, refined as above, within about 48 (BLOCK + 2) u &asymp; 2e-13 relative in the
 * worst case (typically a few u, as the fully compensated {@link org.spc4j.core.stats.Moments#accept},
 * which does not refine ill-conditioned data).
 *
 * <p>Implementation note: the kernels add their block sums either to this object's
 * {@link CompensatedSum}s or to local ones copied here at the end, which the JIT keeps in
 * registers. Which is faster depends on the rest of the loop (C2 of JDK 17, measured with the
 * benchmarks module: locals made the pooled pass 20 % faster and the individuals pass, with its
 * counts, 35 % slower); each kernel uses the faster.
 *
 * <p>Mutable, for one thread; the kernels return a new instance per call.
 *
 * <p>References: Chan, Golub and LeVeque (1983), "Algorithms for computing the sample variance:
 * analysis and recommendations", The American Statistician 37(3), doi:10.2307/2683386; Higham,
 * <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed. (2002), ch. 4.
 */
public final class Pass {

    /** Values per block of the summation order. */
    public static final int BLOCK = 32;

    /** Refine when Q exceeds this multiple of the sum of squared deviations. */
    static final double ILL_CONDITIONED = 16.0;

    final double[] values;
    final int from;
    final int to;
    double shift;
    /** S, the sum of the deviations from the shift. */
    final CompensatedSum sum = new CompensatedSum();
    /** Q, the sum of the squared deviations from the shift. */
    final CompensatedSum squares = new CompensatedSum();
    /** Sum of |x[i] - x[i-1]| (individuals kernels). */
    final CompensatedSum movingRanges = new CompensatedSum();
    /** Weighted sum of a per-subgroup statistic, and the sum of its weights (subgroup kernels). */
    final CompensatedSum within = new CompensatedSum();
    final CompensatedSum weights = new CompensatedSum();
    long below;
    long above;
    double min = Double.NaN;
    double max = Double.NaN;

    Pass(double[] values, int from, int to) {
        if (from >= to) {
            throw new IllegalArgumentException("a pass needs at least one value, got [" + from + ", " + to + ")");
        }
        this.values = values;
        this.from = from;
        this.to = to;
        this.shift = values[from];
    }

    /**
     * The moment sums, minimum and maximum of {@code values[from, to)} (at least one value),
     * refined when ill-conditioned: the algorithm of {@link org.spc4j.core.stats.Moments#of}.
     */
    public static Pass moments(double[] values, int from, int to) {
        Pass p = new Pass(values, from, to);
        p.sumMoments();
        p.refine();
        return p;
    }

    /** Sums S and Q around the current shift, and finds the extremes. */
    private void sumMoments() {
        double[] x = values;
        double k = shift;
        double lo = x[from];
        double hi = lo;
        // Local accumulators, copied at the end (see the implementation note).
        CompensatedSum s = new CompensatedSum();
        CompensatedSum q = new CompensatedSum();
        for (int i = from; i < to; i += BLOCK) {
            int end = Math.min(i + BLOCK, to);
            double blockSum = 0.0;
            double blockSquares = 0.0;
            for (int j = i; j < end; j++) {
                double v = x[j];
                double d = v - k;
                blockSum += d;
                blockSquares += d * d;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            s.add(blockSum);
            q.add(blockSquares);
        }
        sum.copy(s);
        squares.copy(q);
        min = lo;
        max = hi;
    }

    /**
     * Takes the sums a per-subgroup kernel kept in local accumulators (see the implementation
     * note) and {@link #refine}s the moments.
     */
    void finishWithin(CompensatedSum s, CompensatedSum q, CompensatedSum w, CompensatedSum weightSum) {
        sum.copy(s);
        squares.copy(q);
        within.copy(w);
        weights.copy(weightSum);
        refine();
    }

    /**
     * When Q exceeds 16 times the sum of squared deviations, sums S and Q again around the
     * first-pass mean (a second pass over the values). Kernels that accumulate S and Q call this
     * once at the end, so their moments equal those of {@link #moments} bit for bit.
     */
    void refine() {
        double s = sum.value();
        double q = squares.value();
        if (q <= ILL_CONDITIONED * (q - s * s / count())) {
            return; // well conditioned (or all deviations 0)
        }
        double mean = mean();
        if (!Double.isFinite(mean)) {
            return; // non-finite data: nothing to refine
        }
        shift = mean;
        sumMoments();
    }

    /** Number of values. */
    public int count() {
        return to - from;
    }

    /** The shift K the moment sums are taken around. */
    public double shift() {
        return shift;
    }

    /** S, the compensated sum of the deviations from the shift. */
    public CompensatedSum sum() {
        return sum;
    }

    /** Q, the compensated sum of the squared deviations from the shift. */
    public CompensatedSum squares() {
        return squares;
    }

    /** Mean of the values, K + S / n. */
    public double mean() {
        return shift + sum.value() / count();
    }

    /** Sum of squared deviations from the mean, max(0, Q - S^2 / n). */
    public double sumOfSquaredDeviations() {
        double s = sum.value();
        return Math.max(0.0, squares.value() - s * s / count());
    }

    /** The first value. */
    public double first() {
        return values[from];
    }

    /**
     * True when every value equals the first ({@code ==}: -0.0 equals 0.0), that is when the data
     * have no spread; it stops at the first value that differs, so it costs nothing on real data.
     */
    public boolean allEqual() {
        double first = values[from];
        for (int i = from + 1; i < to; i++) {
            if (values[i] != first) {
                return false;
            }
        }
        return true;
    }

    /** True when the moment sums are finite: every value was finite (or the sums overflowed). */
    public boolean isFinite() {
        return Double.isFinite(sum.value()) && Double.isFinite(squares.value());
    }

    /** Smallest value ({@link #moments} only; NaN otherwise). */
    public double min() {
        return min;
    }

    /** Largest value ({@link #moments} only; NaN otherwise). */
    public double max() {
        return max;
    }

    /** Sum of the moving ranges |x[i] - x[i-1]| of span 2 (individuals kernels). */
    public double movingRangeSum() {
        return movingRanges.value();
    }

    /**
     * Sigma from the average moving range of span 2 (individuals kernels):
     * \(\overline{MR} / d_2(2)\), \(\overline{MR}\) = {@link #movingRangeSum()} / (n - 1).
     */
    public double movingRangeSigma(ControlConstants constants) {
        return movingRanges.value() / (count() - 1) / constants.d2(2);
    }

    /**
     * Sigma from the pooled standard deviation ({@link SubgroupsPass#pooled}):
     * \(\sqrt{\sum SS_g / d} / c_4(d + 1)\) with d = {@link #weights()} the pooled degrees of freedom.
     */
    public double pooledSigma(ControlConstants constants) {
        double df = weights.value();
        return Math.sqrt(within.value() / df) / constants.c4(Math.toIntExact((long) df + 1));
    }

    /** The weighted sum of the per-subgroup statistic (subgroup kernels). */
    public double within() {
        return within.value();
    }

    /** The sum of the weights of {@link #within()} (subgroup kernels). */
    public double weights() {
        return weights.value();
    }

    /** Number of values strictly below the lower limit given to the kernel. */
    public long below() {
        return below;
    }

    /** Number of values strictly above the upper limit given to the kernel. */
    public long above() {
        return above;
    }
}
