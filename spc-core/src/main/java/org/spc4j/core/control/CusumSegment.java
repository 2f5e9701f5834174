package org.spc4j.core.control;

import java.io.Serializable;
import java.util.Locale;
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
 * <p>Use: {@link #create} (the empty segment), {@link #accept(double)} per point in time order,
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
