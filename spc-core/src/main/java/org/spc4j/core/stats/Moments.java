package org.spc4j.core.stats;

import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.stream.Collector;

import org.spc4j.core.internal.Pass;

/**
 * Count, mean, variance, standard deviation, minimum and maximum of a sequence of values: a
 * mergeable accumulator.
 *
 * <p>Definitions: \( \bar x = \tfrac1n \sum x_i \), \( s^2 = \tfrac{1}{n-1} \sum (x_i - \bar x)^2 \),
 * range = max - min.
 *
 * <ul>
 *   <li>No values: count 0, every other statistic NaN.</li>
 *   <li>One value: mean, min and max equal it; variance and standard deviation are NaN (no
 *       degrees of freedom), range is 0.</li>
 *   <li>A NaN or infinite value makes every statistic except count, min and max NaN (they follow
 *       {@link Math#min}/{@link Math#max}). Callers that must reject such data validate first;
 *       this accumulator never throws on data.</li>
 * </ul>
 *
 * <p>Algorithm. {@link #accept} works on deviations from a shift, the first value accepted, and
 * sums \(d = x - K\) and \(d^2\) with Neumaier's compensated summation; the mean is
 * \(K + \sum d / n\) and the sum of squared deviations \(\sum d^2 - (\sum d)^2 / n\). Because the
 * shift is a data value, the data are already centred and the subtraction loses almost nothing,
 * so large offsets (NIST StRD NumAcc4: 1e7 + 0.1 steps) cost no accuracy. {@link #combine}
 * re-expresses the other accumulator's sums around this shift. {@link #of(double...)} and
 * {@link #ofRange} sum the same deviations from the first value in one pass, in blocks of 32
 * values whose plain sums are added with compensation (the per-value compensation of
 * {@code accept} is a serial chain that runs at a third of the speed of memory); when the shift
 * lies so far from the mean that \(\sum d^2 > 16 \sum (x - ar x)^2\), they sum again around the
 * first-pass mean (the corrected two-pass algorithm). Both give a log relative error of at least
 * 13 on the NIST StRD univariate datasets (see the tests); the chart fits and the capability
 * analysis compute the mean and the standard deviation of all values exactly as {@code of}
 * does.
 *
 * <p>Thread safety: instances are mutable and not thread-safe. They can be the supplier,
 * accumulator and combiner of {@link java.util.stream.DoubleStream#collect} on a parallel
 * stream: {@code combine} is associative up to rounding and {@link #create()} is its identity.
 *
 * <p>References: Chan, Golub and LeVeque (1983), "Algorithms for computing the sample variance:
 * analysis and recommendations", The American Statistician 37(3), doi:10.2307/2683386;
 * Neumaier (1974), "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen",
 * ZAMM 54(1), doi:10.1002/zamm.19740540106; NIST StRD, https://www.itl.nist.gov/div898/strd/.
 */
public final class Moments implements DoubleConsumer {

    private long count;
    private double shift;
    // Two Neumaier sums kept as plain fields (not objects) so that a Moments is one small object,
    // which the JIT can keep in registers when it does not escape.
    /** Sum of the deviations from the shift, and its compensation. */
    private double sum;
    private double sumCompensation;
    /** Sum of the squared deviations from the shift, and its compensation. */
    private double sumSquares;
    private double sumSquaresCompensation;
    private double min = Double.NaN;
    private double max = Double.NaN;

    private Moments() {
    }

    /** An empty accumulator: the identity of {@link #combine}. */
    public static Moments create() {
        return new Moments();
    }

    /** Moments of all values, in one pass (two for ill-conditioned data); see the class description. */
    public static Moments of(double... values) {
        Objects.requireNonNull(values, "values must not be null");
        return ofRange(values, 0, values.length);
    }

    /**
     * Moments of {@code values[from, to)}, in one pass over the values (two for ill-conditioned
     * data); see the class description.
     */
    public static Moments ofRange(double[] values, int from, int to) {
        Objects.requireNonNull(values, "values must not be null");
        Objects.checkFromToIndex(from, to, values.length);
        Moments m = new Moments();
        if (from == to) {
            return m;
        }
        Pass p = Pass.moments(values, from, to);
        m.count = p.count();
        m.shift = p.shift();
        m.sum = p.sum().high();
        m.sumCompensation = p.sum().low();
        m.sumSquares = p.squares().high();
        m.sumSquaresCompensation = p.squares().low();
        m.min = p.min();
        m.max = p.max();
        return m;
    }

    /** A collector of boxed values; for a {@code DoubleStream} use {@code collect(Moments::create, Moments::accept, Moments::combine)}. */
    public static Collector<Double, Moments, Moments> collector() {
        return Collector.of(Moments::create, Moments::accept, Moments::combine,
                Collector.Characteristics.IDENTITY_FINISH);
    }

    @Override
    public void accept(double x) {
        if (count == 0) {
            shift = x;
            min = x;
            max = x;
        } else {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        count++;
        double d = x - shift;
        addSum(d);
        addSumSquares(d * d);
    }

    /** Neumaier's compensated addition to {@link #sum}. */
    private void addSum(double x) {
        double t = sum + x;
        sumCompensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }

    /** Neumaier's compensated addition to {@link #sumSquares}. */
    private void addSumSquares(double x) {
        double t = sumSquares + x;
        sumSquaresCompensation += Math.abs(sumSquares) >= Math.abs(x) ? (sumSquares - t) + x : (x - t) + sumSquares;
        sumSquares = t;
    }

    private double sumValue() {
        return sum + sumCompensation;
    }

    private double sumSquaresValue() {
        return sumSquares + sumSquaresCompensation;
    }

    /**
     * Adds the values of {@code other} to this accumulator; {@code other} is unchanged.
     *
     * @return this accumulator
     */
    public Moments combine(Moments other) {
        Objects.requireNonNull(other, "other must not be null");
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            count = other.count;
            shift = other.shift;
            sum = other.sum;
            sumCompensation = other.sumCompensation;
            sumSquares = other.sumSquares;
            sumSquaresCompensation = other.sumSquaresCompensation;
            min = other.min;
            max = other.max;
            return this;
        }
        // Deviations of other's values from our shift: d' + delta, delta = K_other - K_this.
        double delta = other.shift - shift;
        double otherSum = other.sumValue();
        addSumSquares(other.sumSquares);
        addSumSquares(other.sumSquaresCompensation);
        addSumSquares(2.0 * delta * otherSum);
        addSumSquares(other.count * delta * delta);
        addSum(other.sum);
        addSum(other.sumCompensation);
        addSum(other.count * delta);
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    /**
     * The complete internal state, to ship this accumulator between processes (for example as the
     * buffer of a Spark {@code Aggregator}); {@link #fromState} restores it exactly, so that
     * accepting or combining after a round trip gives the same bits as without one.
     */
    public State state() {
        return new State(count, shift, sum, sumCompensation, sumSquares, sumSquaresCompensation, min, max);
    }

    /**
     * An accumulator in the given state, as returned by {@link #state()}.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public static Moments fromState(State state) {
        Objects.requireNonNull(state, "state must not be null");
        Moments m = new Moments();
        m.count = state.count();
        m.shift = state.shift();
        m.sum = state.sum();
        m.sumCompensation = state.sumCompensation();
        m.sumSquares = state.sumSquares();
        m.sumSquaresCompensation = state.sumSquaresCompensation();
        m.min = state.min();
        m.max = state.max();
        return m;
    }

    /** Number of values. */
    public long count() {
        return count;
    }

    /** Arithmetic mean; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : shift + sumValue() / count;
    }

    /** Sum of squared deviations from the mean, \(\sum (x_i - \bar x)^2\); NaN when empty. */
    public double sumOfSquaredDeviations() {
        if (count == 0) {
            return Double.NaN;
        }
        double s = sumValue();
        double ss = sumSquaresValue() - s * s / count;
        return Math.max(0.0, ss);
    }

    /** Sample variance with divisor n - 1; NaN for fewer than two values. */
    public double variance() {
        return count < 2 ? Double.NaN : sumOfSquaredDeviations() / (count - 1);
    }

    /** Sample standard deviation with divisor n - 1; NaN for fewer than two values. */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** Smallest value; NaN when empty. */
    public double min() {
        return min;
    }

    /** Largest value; NaN when empty. */
    public double max() {
        return max;
    }

    /** max - min; NaN when empty. */
    public double range() {
        return max - min;
    }

    /** An immutable snapshot of the current state. */
    public Summary summary() {
        return new Summary(count, mean(), standardDeviation(), min, max);
    }

    @Override
    public String toString() {
        return summary().toString();
    }

    /**
     * The internal state of {@link Moments}: the count, the shift K (the first value, or for
     * {@link #of} on ill-conditioned data the first-pass mean), compensated sums of \(d = x - K\)
     * and of \(d^2\) (each a running sum and its lost low-order part), and the extremes. An empty accumulator has count 0,
     * zero sums and NaN extremes.
     *
     * @param count number of values, &gt;= 0
     * @param shift the shift K
     * @param sum running sum of the deviations d
     * @param sumCompensation rounding error lost by {@code sum}
     * @param sumSquares running sum of d squared
     * @param sumSquaresCompensation rounding error lost by {@code sumSquares}
     * @param min smallest value (NaN when empty)
     * @param max largest value (NaN when empty)
     */
    public record State(long count, double shift, double sum, double sumCompensation, double sumSquares,
                        double sumSquaresCompensation, double min, double max) {
        public State {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0, was " + count);
            }
        }
    }

    /**
     * Immutable snapshot of {@link Moments}: the per-subgroup summary the charts need (size,
     * mean, range, standard deviation) and the overall moments.
     *
     * @param count number of values
     * @param mean arithmetic mean (NaN when empty)
     * @param standardDeviation sample standard deviation, divisor n - 1 (NaN below two values)
     * @param min smallest value (NaN when empty)
     * @param max largest value (NaN when empty)
     */
    public record Summary(long count, double mean, double standardDeviation, double min, double max) {
        public Summary {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0, was " + count);
            }
        }

        /** max - min. */
        public double range() {
            return max - min;
        }

        /** Sample variance, divisor n - 1. */
        public double variance() {
            return standardDeviation * standardDeviation;
        }
    }
}
