package org.spc4j.core.internal;

import java.util.function.IntToDoubleFunction;

/**
 * One pass over subgroups (issue 9): the moment sums of all values ({@link Pass}, for the grand
 * mean and the overall spread) together with a statistic of every subgroup, without an object
 * per subgroup. The subgroup boundaries are tracked in the same flat loop over the values (a
 * loop per subgroup of five values would cost more in loop overhead than in arithmetic).
 *
 * <p>Per subgroup of size n, with e the deviations from the subgroup's first value:
 * range = max - min (as {@link Math#max}, {@link Math#min}); sum of squared deviations
 * \(\max(0, \sum e^2 - (\sum e)^2 / n)\) (shifting by a member of the subgroup bounds the
 * cancellation by a factor n); standard deviation \(\sqrt{SS/(n-1)}\); mean first value +
 * \(\sum e / n\). A weighted mean of a per-subgroup statistic takes each subgroup's statistic
 * times {@code factor(n)} and sums {@code weight(n)}; both are looked up once per run of equal
 * sizes. The weighted sums follow the block order of {@link Pass} (each block's subgroups in a
 * plain sum, the block sums compensated).
 *
 * <p>Subgroups must have at least one value (two for standard deviations); callers check sizes
 * first.
 */
public final class SubgroupsPass {

    private SubgroupsPass() {
    }

    /**
     * Moment sums and the weighted sum of the subgroup ranges: {@link Pass#within()} =
     * \(\sum f(n_g) R_g\), {@link Pass#weights()} = \(\sum w(n_g)\).
     */
    public static Pass ranges(Layout layout, IntToDoubleFunction factor, IntToDoubleFunction weight) {
        double[] x = layout.values();
        int[] starts = layout.starts();
        int fixedSize = layout.fixedSize();
        int to = x.length;
        Pass p = new Pass(x, 0, to);
        double k = p.shift;
        int g = 0;
        int n = layout.size(0);
        int end = n;
        int cachedSize = n;
        double f = factor.applyAsDouble(n);
        double w = weight.applyAsDouble(n);
        double lo = x[0];
        double hi = lo;
        // Local accumulators, copied to the Pass at the end (see the implementation note of Pass).
        CompensatedSum sum = new CompensatedSum();
        CompensatedSum squares = new CompensatedSum();
        CompensatedSum within = new CompensatedSum();
        CompensatedSum weightSum = new CompensatedSum();
        for (int i = 0; i < to; i += Pass.BLOCK) {
            int blockEnd = Math.min(i + Pass.BLOCK, to);
            double s = 0.0;
            double q = 0.0;
            double terms = 0.0;
            double weights = 0.0;
            for (int j = i; j < blockEnd; j++) {
                double v = x[j];
                double d = v - k;
                s += d;
                q += d * d;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                if (j + 1 == end) {
                    terms += (hi - lo) * f;
                    weights += w;
                    if (end < to) {
                        n = size(starts, fixedSize, ++g);
                        if (n != cachedSize) {
                            cachedSize = n;
                            f = factor.applyAsDouble(n);
                            w = weight.applyAsDouble(n);
                        }
                        end += n;
                        lo = x[j + 1];
                        hi = lo;
                    }
                }
            }
            sum.add(s);
            squares.add(q);
            within.add(terms);
            weightSum.add(weights);
        }
        p.finishWithin(sum, squares, within, weightSum);
        return p;
    }

    /**
     * Moment sums and the weighted sum of the subgroup standard deviations (or, with
     * {@code standardDeviations} false, of the sums of squared deviations): {@link Pass#within()}
     * = \(\sum f(n_g)\,\mathrm{stat}_g\), {@link Pass#weights()} = \(\sum w(n_g)\).
     */
    public static Pass deviations(Layout layout, boolean standardDeviations, IntToDoubleFunction factor,
                                  IntToDoubleFunction weight) {
        double[] x = layout.values();
        int[] starts = layout.starts();
        int fixedSize = layout.fixedSize();
        int to = x.length;
        Pass p = new Pass(x, 0, to);
        double k = p.shift;
        int g = 0;
        int n = layout.size(0);
        int end = n;
        int cachedSize = n;
        double f = factor.applyAsDouble(n);
        double w = weight.applyAsDouble(n);
        double inverse = 1.0 / n;
        double inverseDf = 1.0 / (n - 1);
        double first = x[0];
        double gs = 0.0;
        double gq = 0.0;
        // Local accumulators, copied to the Pass at the end (see the implementation note of Pass).
        CompensatedSum sum = new CompensatedSum();
        CompensatedSum squares = new CompensatedSum();
        CompensatedSum within = new CompensatedSum();
        CompensatedSum weightSum = new CompensatedSum();
        for (int i = 0; i < to; i += Pass.BLOCK) {
            int blockEnd = Math.min(i + Pass.BLOCK, to);
            double s = 0.0;
            double q = 0.0;
            double terms = 0.0;
            double weights = 0.0;
            for (int j = i; j < blockEnd; j++) {
                double v = x[j];
                double d = v - k;
                s += d;
                q += d * d;
                double e = v - first;
                gs += e;
                gq += e * e;
                if (j + 1 == end) {
                    double ss = squaredDeviations(gs, gq, inverse);
                    terms += (standardDeviations ? Math.sqrt(ss * inverseDf) : ss) * f;
                    weights += w;
                    gs = 0.0;
                    gq = 0.0;
                    if (end < to) {
                        n = size(starts, fixedSize, ++g);
                        if (n != cachedSize) {
                            cachedSize = n;
                            f = factor.applyAsDouble(n);
                            w = weight.applyAsDouble(n);
                            inverse = 1.0 / n;
                            inverseDf = 1.0 / (n - 1);
                        }
                        end += n;
                        first = x[j + 1];
                    }
                }
            }
            sum.add(s);
            squares.add(q);
            within.add(terms);
            weightSum.add(weights);
        }
        p.finishWithin(sum, squares, within, weightSum);
        return p;
    }

    /**
     * Moment sums, counts outside the limits and the pooled sum of squared deviations within
     * subgroups: {@link Pass#within()} = \(\sum_g SS_g\), {@link Pass#weights()} = \(\sum (n_g - 1)\).
     *
     * <p>Per value this adds only the subgroup sum of d to the moment sums, using
     * \(\sum_g SS_g = Q - \sum_g (\sum_{i \in g} d_i)^2 / n_g\). That difference cancels digits
     * when Q is large against it (the shift far from the data, or subgroups far apart); when Q
     * exceeds 16 times it, the pooled sum is recomputed in a second pass around each subgroup's
     * first value ({@link #deviations}).
     *
     * @param lsl lower specification limit; NaN for none
     * @param usl upper specification limit; NaN for none
     */
    public static Pass pooled(Layout layout, double lsl, double usl) {
        double[] x = layout.values();
        int[] starts = layout.starts();
        int fixedSize = layout.fixedSize();
        int to = x.length;
        Pass p = new Pass(x, 0, to);
        double k = p.shift;
        long belowKey = OrderedBits.belowKey(lsl);
        long aboveKey = OrderedBits.aboveKey(usl);
        long below = 0;
        long above = 0;
        int g = 0;
        int n = layout.size(0);
        int end = n;
        int cachedSize = n;
        double inverse = 1.0 / n;
        double gs = 0.0;
        // Local accumulators, copied to the Pass at the end (see the implementation note of Pass).
        CompensatedSum sum = new CompensatedSum();
        CompensatedSum squares = new CompensatedSum();
        CompensatedSum between = new CompensatedSum();
        for (int i = 0; i < to; i += Pass.BLOCK) {
            int blockEnd = Math.min(i + Pass.BLOCK, to);
            double s = 0.0;
            double q = 0.0;
            double b = 0.0;
            for (int j = i; j < blockEnd; j++) {
                double v = x[j];
                double d = v - k;
                s += d;
                q += d * d;
                gs += d;
                long key = OrderedBits.of(v);
                if (key < belowKey) {
                    below++;
                } else if (key > aboveKey) {
                    above++;
                }
                if (j + 1 == end) {
                    b += gs * gs * inverse;
                    gs = 0.0;
                    if (end < to) {
                        n = size(starts, fixedSize, ++g);
                        if (n != cachedSize) {
                            cachedSize = n;
                            inverse = 1.0 / n;
                        }
                        end += n;
                    }
                }
            }
            sum.add(s);
            squares.add(q);
            between.add(b);
        }
        p.sum.copy(sum);
        p.squares.copy(squares);
        p.below = below;
        p.above = above;
        double q = p.squares.value();
        double pooled = q - between.value();
        if (q <= Pass.ILL_CONDITIONED * pooled) {
            p.within.add(pooled);
            p.weights.add(to - layout.count());
        } else {
            Pass exact = deviations(layout, false, size -> 1.0, size -> size - 1.0);
            p.within.add(exact.within());
            p.weights.add(exact.weights());
        }
        p.refine();
        return p;
    }

    /**
     * The mean of every subgroup into {@code means} and its range (or, with {@code ranges}
     * false, its standard deviation) into {@code dispersions}, if not null: the plotted points of
     * X-bar/R and X-bar/S charts.
     */
    public static void statistics(Layout layout, double[] means, double[] dispersions, boolean ranges) {
        double[] x = layout.values();
        int[] starts = layout.starts();
        int fixedSize = layout.fixedSize();
        int to = x.length;
        int g = 0;
        int n = layout.size(0);
        int end = n;
        int cachedSize = n;
        double inverse = 1.0 / n;
        double inverseDf = 1.0 / (n - 1);
        double first = x[0];
        double gs = 0.0;
        double gq = 0.0;
        double lo = first;
        double hi = first;
        for (int j = 0; j < to; j++) {
            double v = x[j];
            double e = v - first;
            gs += e;
            gq += e * e;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            if (j + 1 == end) {
                means[g] = first + gs / n;
                if (dispersions != null) {
                    dispersions[g] = ranges ? hi - lo : Math.sqrt(squaredDeviations(gs, gq, inverse) * inverseDf);
                }
                gs = 0.0;
                gq = 0.0;
                if (end < to) {
                    n = size(starts, fixedSize, ++g);
                    if (n != cachedSize) {
                        cachedSize = n;
                        inverse = 1.0 / n;
                        inverseDf = 1.0 / (n - 1);
                    }
                    end += n;
                    first = x[j + 1];
                    lo = first;
                    hi = first;
                }
            }
        }
    }

    /** Size of subgroup g (the layout's fields in locals, which the compiler keeps in registers). */
    private static int size(int[] starts, int fixedSize, int g) {
        return starts == null ? fixedSize : starts[g + 1] - starts[g];
    }

    /** A subgroup's sum of squared deviations from its sums of e and e^2 (inverse = 1/n). */
    private static double squaredDeviations(double sum, double sumSquares, double inverse) {
        return Math.max(0.0, sumSquares - sum * sum * inverse);
    }
}
