package org.spc4j.core.control;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The effect of an ordered run of points on a tabular CUSUM: a map of the sums in the max-plus
 * algebra. Because such maps compose, a CUSUM over a long series can be computed on segments (in
 * parallel, or on a distributed engine) and the segments combined in order, giving the same sums
 * as the sequential recursion up to rounding.
 *
 * <p>With increments \(u_j = y_j - k\) (upper side) and \(u_j = -y_j - k\) (lower side) of the
 * standardised points \(y_j = (\bar x_j - \mu_0)/(\sigma/\sqrt{n_j})\), one point maps
 * \( C \mapsto \max(0, C + u) \). A segment maps every \(C \ge 0\) to
 * \[ f(C) = \max(C + S,\ M), \qquad S = \sum_j u_j, \quad M = f(0), \]
 * and composing segment 1 then segment 2 gives \( S = S_1 + S_2,\ M = \max(M_1 + S_2,\ M_2) \),
 * an associative operation whose identity is the empty segment (\(S = M = 0\)). The largest sum
 * reached inside the segment, \( P(C) = \max(C + A,\ B) \), composes as
 * \( A = \max(A_1, S_1 + A_2),\ B = \max(B_1, M_1 + A_2, B_2) \), so whether a segment signals can
 * be decided from its start state alone ({@link #peakUpper}, {@link #peakLower}).
 *
 * <p>Use: {@link #create} (the empty segment), {@link #accept(double)} per point in time order
 * (or {@link #accept(double[], int, int)} for a run of individual values, the same bits faster),
 * {@link #combine} with the segment that follows, {@link #apply} to a start state. Not
 * thread-safe; {@code combine} is order-dependent (this segment first), mutates and returns
 * {@code this} and leaves {@code other} unchanged, so {@link #collector} is correct on sequential
 * and ordered parallel streams. Segments are {@link Serializable}, to ship between workers.
 *
 * <p>References: Page, E. S. (1954), "Continuous inspection schemes", Biometrika 41(1/2), 100-115,
 * doi:10.1093/biomet/41.1-2.100.
 *
 * @see CusumLimits#segment()
 */
public final class CusumSegment implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double target;
    private final double sigma;
    private final double k;
    private final Side upper = new Side();
    private final Side lower = new Side();
    private long count;

    /** One side's map: f(C) = max(C + s, m); peak P(C) = max(C + a, b). */
    private static final class Side implements Serializable {
        private static final long serialVersionUID = 1L;

        double s;
        double m;
        double a = Double.NEGATIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;

        void accept(double u) {
            a = Math.max(a, s + u);
            s += u;
            m = TimeWeightedKernels.cusumStep(m, u);
            b = Math.max(b, m);
        }

        void combine(Side next) {
            a = Math.max(a, s + next.a);
            b = Math.max(b, Math.max(m + next.a, next.b));
            s += next.s;
            m = Math.max(m + next.s, next.m);
        }

        void set(double s, double m, double a, double b) {
            this.s = s;
            this.m = m;
            this.a = a;
            this.b = b;
        }

        double apply(double c) {
            return Math.max(c + s, m);
        }

        double peak(double c) {
            return Math.max(c + a, b);
        }
    }

    private CusumSegment(double target, double sigma, double k) {
        this.target = target;
        this.sigma = sigma;
        this.k = k;
    }

    /**
     * The empty segment (identity map) of a CUSUM with target mean, process sigma (of one value)
     * and reference value k in sigma units of the monitored statistic.
     */
    public static CusumSegment create(double target, double sigma, double k) {
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be finite, was " + target);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and > 0, was " + sigma);
        }
        CusumSpec.checkK(k);
        return new CusumSegment(target, sigma, k);
    }

    /**
     * A collector of individual values in encounter order into a segment; correct on sequential
     * and on ordered parallel streams (segments are combined left to right).
     */
    public static Collector<Double, CusumSegment, CusumSegment> collector(double target, double sigma, double k) {
        create(target, sigma, k);
        return Collector.of(() -> new CusumSegment(target, sigma, k), CusumSegment::accept, CusumSegment::combine);
    }

    /** Appends one individual value (subgroup size 1). */
    public void accept(double x) {
        accept(x, 1);
    }

    /** Appends one subgroup mean of {@code n} values. */
    public void accept(double mean, int n) {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "value %s at segment position %d is not a finite number", mean, count));
        }
        if (n < 1) {
            throw new IllegalArgumentException("subgroup size must be >= 1, was " + n);
        }
        double y = CusumLimits.standardize(mean, target, sigma, n);
        if (Double.isInfinite(y)) {
            // as in CusumLimits.apply: sums from an infinite point would be infinite or undefined
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "value %s at segment position %d is too far from the target %s for sigma %s: its standardised "
                            + "value overflows", mean, count, target, sigma));
        }
        upper.accept(y - k);
        lower.accept(-y - k);
        count++;
    }

    /**
     * Appends the individual values {@code values[from, to)} (subgroup size 1) in index order: the
     * same state, bit for bit, as {@link #accept(double)} called on each value in turn, computed
     * faster. With \(y_i = (x_i - \mu_0)/\sigma\), \(u^+_i = y_i - k\) and \(u^-_i = -y_i - k\),
     * each side advances, point after point,
     * \[ A \leftarrow \max(A,\ S + u), \quad S \leftarrow S + u, \quad
     *    M \leftarrow \max(0,\ M + u), \quad B \leftarrow \max(B,\ M) \]
     * (the map \(f(C) = \max(C + S, M)\) and the peak \(P(C) = \max(C + A, B)\) of the class
     * description; Page 1954).
     *
     * <p>Algorithm: the state is kept in local variables, not in the segment's fields (where each
     * step would wait for a store and a load). The values are taken in blocks of 1024. One loop
     * standardises a block and carries the running sums \(S\) and their maxima \(A\) (a
     * sequential chain of additions) while it advances the clamped sums \(M\) of the previous
     * block in four consecutive parts together, parts 1 to 3 from the guess 0; each of those is
     * then recomputed from the final sum before it until that sum returns to 0, where the guessed
     * run and the true one coincide (a sum at 0 is the same whatever came before). The maxima are
     * exact, so the order in which they are taken does not matter. The result is therefore that of
     * the sequential recursion, bit for bit; a series whose clamped sums never return to 0 costs
     * up to twice the work on them. About 2 times faster than one call a point (issue 9 numbers
     * in {@code benchmarks/README.md}); ranges under 64 values go point by point.
     *
     * <ul>
     * <li>Bad input is answered before anything changes: a value that is not a finite number, or
     *     whose standardised value overflows, throws an {@code IllegalArgumentException} naming its
     *     array index and its position in the segment, and the segment is left as it was (where
     *     calling {@link #accept(double)} point by point would have taken the values before it).</li>
     * <li>An empty range ({@code from == to}) changes nothing.</li>
     * </ul>
     *
     * @param values individual values in time order
     * @param from   index of the first value, inclusive
     * @param to     index after the last value
     * @throws NullPointerException      if {@code values} is null
     * @throws IndexOutOfBoundsException if {@code [from, to)} is not a range of {@code values}
     * @throws IllegalArgumentException  if a value in the range is not finite or too far from the
     *                                   target for this sigma; the segment is then unchanged
     */
    public void accept(double[] values, int from, int to) {
        Objects.requireNonNull(values, "values must not be null");
        Objects.checkFromToIndex(from, to, values.length);
        if (to - from >= BLOCK_MIN) {
            acceptBlocks(values, from, to);
        } else {
            acceptSequential(values, from, to);
        }
    }

    /** Ranges at least this long go through {@link #acceptBlocks}; shorter ones point after point. */
    private static final int BLOCK_MIN = 64;
    /** Points per block of {@link #acceptBlocks}: two blocks of standardised values (16 KB) stay in the L1 cache. */
    private static final int BLOCK = 1024;

    /** The reference recursion on local variables: what {@link #accept(double)} does, point after point. */
    private void acceptSequential(double[] values, int from, int to) {
        double nk = -k;
        double su = upper.s;
        double mu = upper.m;
        double au = upper.a;
        double bu = upper.b;
        double sl = lower.s;
        double ml = lower.m;
        double al = lower.a;
        double bl = lower.b;
        for (int i = from; i < to; i++) {
            double y = TimeWeightedKernels.standardize(values[i], target, sigma);
            if (!(Math.abs(y) <= Double.MAX_VALUE)) {
                throw badValue(values, from, i);
            }
            double uu = y - k;
            double ul = nk - y;
            au = Math.max(au, su + uu);
            su += uu;
            mu = TimeWeightedKernels.cusumStep(mu, uu);
            bu = Math.max(bu, mu);
            al = Math.max(al, sl + ul);
            sl += ul;
            ml = TimeWeightedKernels.cusumStep(ml, ul);
            bl = Math.max(bl, ml);
        }
        upper.set(su, mu, au, bu);
        lower.set(sl, ml, al, bl);
        count += to - from;
    }

    /**
     * {@link #acceptSequential} in blocks of {@link #BLOCK} points (see {@link #accept(double[], int, int)}),
     * software-pipelined: one loop standardises block c and carries the running sums over it while
     * it advances the clamped sums of block c - 1, whose standardised values it wrote the round
     * before. The division (the divider takes about 1 ns a value on the team machine, vector or
     * not) and the clamps, which wait on each other only within their own chain, then overlap.
     *
     * <p>Why the shortcuts below give the same bits, for finite sums: no sum is ever -0.0 (a sum of
     * two doubles is -0.0 only if both are, and every chain starts at +0.0 or from a clamp), so the
     * comparison {@code t > a} picks what {@code Math.max(a, t)} picks; the clamped sums are
     * non-negative, so their bit patterns, read as longs, are ordered as their values and their
     * maximum is taken on the integer register the clamp already uses. A bad value (NaN, infinite,
     * or a standardised value that overflows) makes both running sums non-finite, and a non-finite
     * running or clamped sum stays so to the end: the running sums are checked once a block, and
     * the block is then searched for the bad value; with none there (the sums overflowed) the whole
     * range is recomputed with {@link #acceptSequential}, whose steps are {@link #accept(double)}'s.
     */
    private void acceptBlocks(double[] values, int from, int to) {
        double[] sums = {upper.s, upper.a, lower.s, lower.a};
        double[] clamped = {upper.m, lower.m};
        // largest clamped sums of the range, as raw bits (clamped sums are >= +0.0: bits >= 0)
        long[] peaks = {-1L, -1L, -1L, -1L};
        double[] prev = new double[BLOCK];
        double[] cur = new double[BLOCK];
        int n = Math.min(BLOCK, to - from);
        if (!runningSums(values, from, n, prev, sums)) {
            acceptAfterBadBlock(values, from, to, from, n);
            return;
        }
        int prevSize = n;
        for (int start = from + n; start < to; start += n) {
            n = Math.min(BLOCK, to - start);
            if (!pipelined(values, start, n, cur, sums, prev, clamped, peaks)) {
                acceptAfterBadBlock(values, from, to, start, n);
                return;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
            prevSize = n;
        }
        clampedSums(prev, prevSize, clamped, peaks);
        double mu = clamped[0];
        double ml = clamped[1];
        if (!(mu <= Double.MAX_VALUE && ml <= Double.MAX_VALUE)) {
            acceptSequential(values, from, to);
            return;
        }
        long xu = Math.max(peaks[0], peaks[1]);
        long xl = Math.max(peaks[2], peaks[3]);
        upper.set(sums[0], mu, sums[1], Math.max(upper.b, Double.longBitsToDouble(xu)));
        lower.set(sums[2], ml, sums[3], Math.max(lower.b, Double.longBitsToDouble(xl)));
        count += to - from;
    }

    /**
     * Standardises {@code values[start, start + n)} into {@code y} and carries the running sums
     * and their maxima {@code sums} = (S+, A+, S-, A-) over them; false if a running sum is then
     * not finite.
     */
    private boolean runningSums(double[] values, int start, int n, double[] y, double[] sums) {
        double target = this.target;
        double sigma = this.sigma;
        double k = this.k;
        double nk = -k;
        double su = sums[0];
        double au = sums[1];
        double sl = sums[2];
        double al = sums[3];
        for (int j = 0; j < n; j++) {
            double yj = TimeWeightedKernels.standardize(values[start + j], target, sigma);
            y[j] = yj;
            double tu = su + (yj - k);
            if (tu > au) {
                au = tu;
            }
            su = tu;
            double tl = sl + (nk - yj);
            if (tl > al) {
                al = tl;
            }
            sl = tl;
        }
        sums[0] = su;
        sums[1] = au;
        sums[2] = sl;
        sums[3] = al;
        return Math.abs(su) <= Double.MAX_VALUE && Math.abs(sl) <= Double.MAX_VALUE;
    }

    /**
     * {@link #runningSums} over {@code values[start, start + n)} into {@code y}, and in the same
     * loop the clamped sums over the previous block {@code prev} (a whole {@link #BLOCK}) in four
     * parts, parts 1 to 3 from the guess 0, then repaired ({@link #repair}); {@code clamped} =
     * (M+, M-) and {@code peaks} the maxima of clamped sums as raw bits (two slots a side).
     */
    private boolean pipelined(double[] values, int start, int n, double[] y, double[] sums, double[] prev,
                              double[] clamped, long[] peaks) {
        double target = this.target;
        double sigma = this.sigma;
        double k = this.k;
        double nk = -k;
        double su = sums[0];
        double au = sums[1];
        double sl = sums[2];
        double al = sums[3];
        int len = BLOCK / TimeWeightedKernels.PARTS;
        int b1 = len;
        int b2 = 2 * len;
        int b3 = 3 * len;
        double mu = clamped[0];
        double ml = clamped[1];
        double mu1 = 0.0;
        double ml1 = 0.0;
        double mu2 = 0.0;
        double ml2 = 0.0;
        double mu3 = 0.0;
        double ml3 = 0.0;
        long xu0 = peaks[0];
        long xu1 = peaks[1];
        long xl0 = peaks[2];
        long xl1 = peaks[3];
        int quads = n / 4;
        for (int i = 0; i < len; i++) {
            if (i < quads) {
                int j = 4 * i;
                double y0 = TimeWeightedKernels.standardize(values[start + j], target, sigma);
                double y1 = TimeWeightedKernels.standardize(values[start + j + 1], target, sigma);
                double y2 = TimeWeightedKernels.standardize(values[start + j + 2], target, sigma);
                double y3 = TimeWeightedKernels.standardize(values[start + j + 3], target, sigma);
                y[j] = y0;
                y[j + 1] = y1;
                y[j + 2] = y2;
                y[j + 3] = y3;
                double tu0 = su + (y0 - k);
                double tl0 = sl + (nk - y0);
                double tu1 = tu0 + (y1 - k);
                double tl1 = tl0 + (nk - y1);
                double tu2 = tu1 + (y2 - k);
                double tl2 = tl1 + (nk - y2);
                su = tu2 + (y3 - k);
                sl = tl2 + (nk - y3);
                // a new maximum is rare (a running sum drifts down by k a point in control), so
                // these branches are predicted; a conditional move would wait on each other
                if (tu0 > au) {
                    au = tu0;
                }
                if (tu1 > au) {
                    au = tu1;
                }
                if (tu2 > au) {
                    au = tu2;
                }
                if (su > au) {
                    au = su;
                }
                if (tl0 > al) {
                    al = tl0;
                }
                if (tl1 > al) {
                    al = tl1;
                }
                if (tl2 > al) {
                    al = tl2;
                }
                if (sl > al) {
                    al = sl;
                }
            }
            double v0 = prev[i];
            double v1 = prev[b1 + i];
            double v2 = prev[b2 + i];
            double v3 = prev[b3 + i];
            long c0 = Double.doubleToRawLongBits(mu + (v0 - k));
            long d0 = Double.doubleToRawLongBits(ml + (nk - v0));
            long c1 = Double.doubleToRawLongBits(mu1 + (v1 - k));
            long d1 = Double.doubleToRawLongBits(ml1 + (nk - v1));
            long c2 = Double.doubleToRawLongBits(mu2 + (v2 - k));
            long d2 = Double.doubleToRawLongBits(ml2 + (nk - v2));
            long c3 = Double.doubleToRawLongBits(mu3 + (v3 - k));
            long d3 = Double.doubleToRawLongBits(ml3 + (nk - v3));
            c0 &= ~(c0 >> 63);
            d0 &= ~(d0 >> 63);
            c1 &= ~(c1 >> 63);
            d1 &= ~(d1 >> 63);
            c2 &= ~(c2 >> 63);
            d2 &= ~(d2 >> 63);
            c3 &= ~(c3 >> 63);
            d3 &= ~(d3 >> 63);
            mu = Double.longBitsToDouble(c0);
            ml = Double.longBitsToDouble(d0);
            mu1 = Double.longBitsToDouble(c1);
            ml1 = Double.longBitsToDouble(d1);
            mu2 = Double.longBitsToDouble(c2);
            ml2 = Double.longBitsToDouble(d2);
            mu3 = Double.longBitsToDouble(c3);
            ml3 = Double.longBitsToDouble(d3);
            if (c0 > xu0) {
                xu0 = c0;
            }
            if (c1 > xu0) {
                xu0 = c1;
            }
            if (c2 > xu1) {
                xu1 = c2;
            }
            if (c3 > xu1) {
                xu1 = c3;
            }
            if (d0 > xl0) {
                xl0 = d0;
            }
            if (d1 > xl0) {
                xl0 = d1;
            }
            if (d2 > xl1) {
                xl1 = d2;
            }
            if (d3 > xl1) {
                xl1 = d3;
            }
        }
        for (int j = 4 * quads; j < n; j++) {
            double yj = TimeWeightedKernels.standardize(values[start + j], target, sigma);
            y[j] = yj;
            double tu = su + (yj - k);
            if (tu > au) {
                au = tu;
            }
            su = tu;
            double tl = sl + (nk - yj);
            if (tl > al) {
                al = tl;
            }
            sl = tl;
        }
        sums[0] = su;
        sums[1] = au;
        sums[2] = sl;
        sums[3] = al;
        peaks[0] = xu0;
        peaks[1] = xu1;
        peaks[2] = xl0;
        peaks[3] = xl1;
        mu = repair(prev, b1, b2, k, true, mu, mu1, peaks, 0);
        mu = repair(prev, b2, b3, k, true, mu, mu2, peaks, 1);
        clamped[0] = repair(prev, b3, BLOCK, k, true, mu, mu3, peaks, 1);
        ml = repair(prev, b1, b2, k, false, ml, ml1, peaks, 2);
        ml = repair(prev, b2, b3, k, false, ml, ml2, peaks, 3);
        clamped[1] = repair(prev, b3, BLOCK, k, false, ml, ml3, peaks, 3);
        return Math.abs(su) <= Double.MAX_VALUE && Math.abs(sl) <= Double.MAX_VALUE;
    }

    /** The clamped sums over the last block {@code y[0, n)} alone: the second half of {@link #pipelined}. */
    private void clampedSums(double[] y, int n, double[] clamped, long[] peaks) {
        double k = this.k;
        double nk = -k;
        int len = n / TimeWeightedKernels.PARTS;
        int b0 = n - TimeWeightedKernels.PARTS * len;
        int b1 = b0 + len;
        int b2 = b1 + len;
        int b3 = b2 + len;
        double mu = clamped[0];
        double ml = clamped[1];
        long xu0 = peaks[0];
        long xl0 = peaks[2];
        for (int j = 0; j < b0; j++) {
            long c = Double.doubleToRawLongBits(mu + (y[j] - k));
            c &= ~(c >> 63);
            mu = Double.longBitsToDouble(c);
            xu0 = Math.max(xu0, c);
            long d = Double.doubleToRawLongBits(ml + (nk - y[j]));
            d &= ~(d >> 63);
            ml = Double.longBitsToDouble(d);
            xl0 = Math.max(xl0, d);
        }
        long xu1 = peaks[1];
        long xl1 = peaks[3];
        double mu1 = 0.0;
        double ml1 = 0.0;
        double mu2 = 0.0;
        double ml2 = 0.0;
        double mu3 = 0.0;
        double ml3 = 0.0;
        for (int j = 0; j < len; j++) {
            double y0 = y[b0 + j];
            double y1 = y[b1 + j];
            double y2 = y[b2 + j];
            double y3 = y[b3 + j];
            long c0 = Double.doubleToRawLongBits(mu + (y0 - k));
            long d0 = Double.doubleToRawLongBits(ml + (nk - y0));
            long c1 = Double.doubleToRawLongBits(mu1 + (y1 - k));
            long d1 = Double.doubleToRawLongBits(ml1 + (nk - y1));
            long c2 = Double.doubleToRawLongBits(mu2 + (y2 - k));
            long d2 = Double.doubleToRawLongBits(ml2 + (nk - y2));
            long c3 = Double.doubleToRawLongBits(mu3 + (y3 - k));
            long d3 = Double.doubleToRawLongBits(ml3 + (nk - y3));
            c0 &= ~(c0 >> 63);
            d0 &= ~(d0 >> 63);
            c1 &= ~(c1 >> 63);
            d1 &= ~(d1 >> 63);
            c2 &= ~(c2 >> 63);
            d2 &= ~(d2 >> 63);
            c3 &= ~(c3 >> 63);
            d3 &= ~(d3 >> 63);
            mu = Double.longBitsToDouble(c0);
            ml = Double.longBitsToDouble(d0);
            mu1 = Double.longBitsToDouble(c1);
            ml1 = Double.longBitsToDouble(d1);
            mu2 = Double.longBitsToDouble(c2);
            ml2 = Double.longBitsToDouble(d2);
            mu3 = Double.longBitsToDouble(c3);
            ml3 = Double.longBitsToDouble(d3);
            if (c0 > xu0) {
                xu0 = c0;
            }
            if (c1 > xu0) {
                xu0 = c1;
            }
            if (c2 > xu1) {
                xu1 = c2;
            }
            if (c3 > xu1) {
                xu1 = c3;
            }
            if (d0 > xl0) {
                xl0 = d0;
            }
            if (d1 > xl0) {
                xl0 = d1;
            }
            if (d2 > xl1) {
                xl1 = d2;
            }
            if (d3 > xl1) {
                xl1 = d3;
            }
        }
        peaks[0] = xu0;
        peaks[1] = xu1;
        peaks[2] = xl0;
        peaks[3] = xl1;
        mu = repair(y, b1, b2, k, true, mu, mu1, peaks, 0);
        mu = repair(y, b2, b3, k, true, mu, mu2, peaks, 1);
        clamped[0] = repair(y, b3, n, k, true, mu, mu3, peaks, 1);
        ml = repair(y, b1, b2, k, false, ml, ml1, peaks, 2);
        ml = repair(y, b2, b3, k, false, ml, ml2, peaks, 3);
        clamped[1] = repair(y, b3, n, k, false, ml, ml3, peaks, 3);
    }

    /**
     * A running sum became non-finite in the block {@code values[start, start + n)} of the range
     * {@code [from, to)}: throws for its first bad value, or, when it has none (the sums
     * overflowed, or were not finite before), recomputes the range point by point.
     */
    private void acceptAfterBadBlock(double[] values, int from, int to, int start, int n) {
        for (int i = start; i < start + n; i++) {
            if (!(Math.abs(TimeWeightedKernels.standardize(values[i], target, sigma)) <= Double.MAX_VALUE)) {
                throw badValue(values, from, i);
            }
        }
        acceptSequential(values, from, to);
    }

    /**
     * One side of a part {@code y[from, to)} whose clamped sums were computed from the guess 0 and
     * ended at {@code guessedEnd}: recomputes it from the true sum {@code c} before it until the sum
     * is 0 (from there on the guessed run is the true one), folding the recomputed sums into the
     * maximum {@code max[slot]} (raw bits); returns the true sum at the end of the part. The guessed
     * sums are at most the true ones (the step is monotone), so they never raise that maximum.
     */
    private static double repair(double[] y, int from, int to, double k, boolean upperSide, double c,
                                 double guessedEnd, long[] max, int slot) {
        long x = max[slot];
        int i = from;
        while (c != 0.0 && i < to) {
            double u = upperSide ? y[i] - k : -k - y[i];
            c = TimeWeightedKernels.cusumStep(c, u);
            x = Math.max(x, Double.doubleToRawLongBits(c));
            i++;
        }
        max[slot] = x;
        return c != 0.0 ? c : guessedEnd;
    }

    /** The error for {@code values[i]}, the bad value of a range accepted from {@code from}. */
    private IllegalArgumentException badValue(double[] values, int from, int i) {
        double v = values[i];
        long position = count + (i - from);
        if (!Double.isFinite(v)) {
            return new IllegalArgumentException(String.format(Locale.ROOT,
                    "value %s at index %d (segment position %d) is not a finite number", v, i, position));
        }
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "value %s at index %d (segment position %d) is too far from the target %s for sigma %s: its "
                        + "standardised value overflows", v, i, position, target, sigma));
    }

    /** Appends the segment that follows this one; returns {@code this}. */
    public CusumSegment combine(CusumSegment next) {
        if (Double.compare(target, next.target) != 0 || Double.compare(sigma, next.sigma) != 0
                || Double.compare(k, next.k) != 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "cannot combine CUSUM segments with different parameters: (target %s, sigma %s, k %s) and "
                            + "(target %s, sigma %s, k %s)", target, sigma, k, next.target, next.sigma, next.k));
        }
        upper.combine(next.upper);
        lower.combine(next.lower);
        count += next.count;
        return this;
    }

    /** The sums after this segment, starting from {@code start}. */
    public CusumState apply(CusumState start) {
        return new CusumState(start.steps() + count, upper.apply(start.upper()), lower.apply(start.lower()));
    }

    /** Largest upper sum reached at any point of this segment from {@code start} (-infinity when empty). */
    public double peakUpper(CusumState start) {
        return upper.peak(start.upper());
    }

    /** Largest lower sum reached at any point of this segment from {@code start} (-infinity when empty). */
    public double peakLower(CusumState start) {
        return lower.peak(start.lower());
    }

    /** Number of points in the segment. */
    public long count() {
        return count;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CusumSegment[%d points: C+ -> max(C+ + %s, %s), C- -> max(C- + %s, %s)]",
                count, ControlChart.fmt(upper.s), ControlChart.fmt(upper.m), ControlChart.fmt(lower.s),
                ControlChart.fmt(lower.m));
    }
}
