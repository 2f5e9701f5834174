package org.spc4j.core.control;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The effect of an ordered run of points on an EWMA: an affine map of the state. Because maps
 * compose, an EWMA over a long series can be computed on segments (in parallel, or on a
 * distributed engine) and the segments combined in order, giving the same state as the
 * sequential recursion up to rounding.
 *
 * <p>One point \(x\) (a subgroup mean of \(n\) values) maps \( z \mapsto (1-\lambda) z + \lambda x \)
 * and \( v \mapsto (1-\lambda)^2 v + \lambda^2/n \), where \(v = \operatorname{Var}(z)/\sigma^2\). A
 * segment of points is therefore \( z \mapsto a z + b \), \( v \mapsto a^2 v + c \) with
 * \(a = (1-\lambda)^{\text{len}}\); composing segment 1 then segment 2 gives
 * \[ a = a_1 a_2, \qquad b = a_2 b_1 + b_2, \qquad c = a_2^2 c_1 + c_2 , \]
 * an associative operation whose identity is the empty segment (\(a = 1, b = c = 0\)).
 *
 * <p>Use: {@link #create} (the empty segment), {@link #accept(double)} per point in time order
 * (or {@link #accept(double[], int, int)} for a run of individual values, the same bits),
 * {@link #combine} with the segment that follows, {@link #apply} to a start state. Not
 * thread-safe; {@code combine} is order-dependent (this segment first), mutates and returns
 * {@code this} and leaves {@code other} unchanged, so {@link #collector} is correct on sequential
 * and ordered parallel streams ({@code combine} and the readers first settle pending work,
 * which changes nothing observable). Segments are {@link Serializable}, to ship between workers.
 * Rounding: a composed state differs from the sequential one by a few ulps of the largest
 * magnitude involved per point.
 *
 * <p>Reference: Roberts, S. W. (1959), "Control chart tests based on geometric moving averages",
 * Technometrics 1(3), 239-250, doi:10.1080/00401706.1959.10489860.
 *
 * @see EwmaLimits#segment()
 */
public final class EwmaSegment implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double lambda;
    private double decay = 1.0;
    private double offset;
    private double varianceOffset;
    private long count;
    /*
     * decay and varianceOffset depend on the subgroup sizes only, not on the values: the last
     * runLength points, all of size runSize, are folded into them when they are read (settle), so
     * that a point costs the offset step alone. Not serialized (writeObject settles first); a new
     * segment expects individuals, so that accepting them never calls settle.
     */
    private transient long runLength;
    private transient int runSize = 1;

    private EwmaSegment(double lambda) {
        this.lambda = lambda;
    }

    /** The empty segment (identity map) of an EWMA with smoothing constant lambda in (0, 1]. */
    public static EwmaSegment create(double lambda) {
        EwmaSpec.checkLambda(lambda);
        return new EwmaSegment(lambda);
    }

    /**
     * A collector of individual values in encounter order into a segment; correct on sequential
     * and on ordered parallel streams (segments are combined left to right).
     */
    public static Collector<Double, EwmaSegment, EwmaSegment> collector(double lambda) {
        EwmaSpec.checkLambda(lambda);
        return Collector.of(() -> new EwmaSegment(lambda), EwmaSegment::accept, EwmaSegment::combine);
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
        offset = TimeWeightedKernels.ewmaStep(offset, mean, lambda, 1.0 - lambda);
        if (n != runSize) {
            settle();
            runSize = n;
        }
        runLength++;
        count++;
    }

    /**
     * Appends the individual values {@code values[from, to)} (subgroup size 1) in index order: the
     * same state, bit for bit, as {@link #accept(double)} called on each value in turn. Each value
     * advances the offset \( b \leftarrow \lambda x + (1-\lambda) b \) (Roberts 1959); decay and
     * variance depend on the number of points alone and are folded in when read, as for single points.
     *
     * <p>Algorithm: the offset is carried in a local variable through the range and stored once.
     *
     * <ul>
     * <li>Bad input is answered before anything changes: a value that is not a finite number throws
     *     an {@code IllegalArgumentException} naming its array index and its position in the
     *     segment, and the segment is left as it was (where calling {@link #accept(double)} point by
     *     point would have taken the values before it).</li>
     * <li>An empty range ({@code from == to}) changes nothing.</li>
     * </ul>
     *
     * @param values individual values in time order
     * @param from   index of the first value, inclusive
     * @param to     index after the last value
     * @throws NullPointerException      if {@code values} is null
     * @throws IndexOutOfBoundsException if {@code [from, to)} is not a range of {@code values}
     * @throws IllegalArgumentException  if a value in the range is not finite; the segment is then unchanged
     */
    public void accept(double[] values, int from, int to) {
        Objects.requireNonNull(values, "values must not be null");
        Objects.checkFromToIndex(from, to, values.length);
        if (from == to) {
            return;
        }
        double lambda = this.lambda;
        double q = 1.0 - lambda;
        double z = offset;
        for (int i = from; i < to; i++) {
            double x = values[i];
            if (!(Math.abs(x) <= Double.MAX_VALUE)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "value %s at index %d (segment position %d) is not a finite number", x, i,
                        count + (i - from)));
            }
            z = TimeWeightedKernels.ewmaStep(z, x, lambda, q);
        }
        offset = z;
        if (runSize != 1) {
            settle();
            runSize = 1;
        }
        runLength += to - from;
        count += to - from;
    }

    /**
     * Folds the pending run into decay and varianceOffset: the variance step by step as accepting
     * the points would, stopping early at the fixed point of its recursion (the rest of the run
     * would give the same bits); the decay as one power \((1-\lambda)^{\text{len}}\)
     * ({@link StrictMath#pow}: within an ulp, where a running product rounds once a point, and the
     * same on every JVM). The decay only scales the start value, so it drops out of the state from
     * a start at 0, the one that equals the chart's bit for bit.
     */
    private void settle() {
        double q = 1.0 - lambda;
        decay *= StrictMath.pow(q, runLength);
        double gain = TimeWeightedKernels.gain(lambda, Math.max(1, runSize));
        double v = varianceOffset;
        for (long i = 0; i < runLength; i++) {
            double next = TimeWeightedKernels.varianceStep(v, q * q, gain);
            if (next == v) {
                break;
            }
            v = next;
        }
        varianceOffset = v;
        runLength = 0;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        settle();
        out.defaultWriteObject();
    }

    /** Appends the segment that follows this one; returns {@code this}. */
    public EwmaSegment combine(EwmaSegment next) {
        if (Double.compare(lambda, next.lambda) != 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "cannot combine EWMA segments with different lambda: %s and %s", lambda, next.lambda));
        }
        settle();
        next.settle();
        double a2 = next.decay;
        offset = a2 * offset + next.offset;
        varianceOffset = a2 * a2 * varianceOffset + next.varianceOffset;
        decay *= a2;
        count += next.count;
        return this;
    }

    /** The state after this segment, starting from {@code start}. */
    public EwmaState apply(EwmaState start) {
        settle();
        return new EwmaState(start.steps() + count, decay * start.value() + offset,
                decay * decay * start.varianceFactor() + varianceOffset);
    }

    /** Smoothing constant lambda. */
    public double lambda() {
        return lambda;
    }

    /** Number of points in the segment. */
    public long count() {
        return count;
    }

    @Override
    public String toString() {
        settle();
        return String.format(Locale.ROOT, "EwmaSegment[lambda %s, %d points: z -> %s z + %s]",
                ControlChart.fmt(lambda), count, ControlChart.fmt(decay), ControlChart.fmt(offset));
    }
}
