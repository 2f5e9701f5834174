package org.spc4j.core.internal;

/**
 * One pass over individual values (issue 9): the moment sums of {@link Pass}, the sum of the
 * moving ranges of span 2 and the counts outside specification limits, in the same loop. An
 * I-MR fit needs the mean and the mean moving range, a capability analysis of individuals all
 * four; reading the values once serves both.
 *
 * <p>Per value: \(d = x_i - K\) into S and \(d^2\) into Q, \(|x_i - x_{i-1}|\) into the moving-range
 * sum (the first value has no predecessor and adds 0), and the comparisons with the limits on
 * the integer units ({@link OrderedBits}); the sums follow the order of {@link Pass}, so the
 * moments equal {@link Pass#moments} bit for bit.
 */
public final class IndividualsPass {

    private IndividualsPass() {
    }

    /**
     * The pass over {@code values[from, to)} (at least one value).
     *
     * @param lsl lower specification limit; NaN for none
     * @param usl upper specification limit; NaN for none
     */
    public static Pass of(double[] values, int from, int to, double lsl, double usl) {
        Pass p = new Pass(values, from, to);
        double[] x = values;
        double k = p.shift;
        long belowKey = OrderedBits.belowKey(lsl);
        long aboveKey = OrderedBits.aboveKey(usl);
        long below = 0;
        long above = 0;
        double previous = x[from];
        for (int i = from; i < to; i += Pass.BLOCK) {
            int end = Math.min(i + Pass.BLOCK, to);
            double s = 0.0;
            double q = 0.0;
            double mr = 0.0;
            for (int j = i; j < end; j++) {
                double v = x[j];
                double d = v - k;
                s += d;
                q += d * d;
                mr += Math.abs(v - previous);
                previous = v;
                long key = OrderedBits.of(v);
                if (key < belowKey) {
                    below++;
                } else if (key > aboveKey) {
                    above++;
                }
            }
            p.sum.add(s);
            p.squares.add(q);
            p.movingRanges.add(mr);
        }
        p.below = below;
        p.above = above;
        p.refine();
        return p;
    }

    /** The pass over {@code values[from, to)} without specification limits. */
    public static Pass of(double[] values, int from, int to) {
        return of(values, from, to, Double.NaN, Double.NaN);
    }
}
