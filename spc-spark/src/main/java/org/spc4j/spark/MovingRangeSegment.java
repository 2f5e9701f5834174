package org.spc4j.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

import org.spc4j.core.stats.Moments;

/**
 * An ordered segment of one characteristic's individual values, for the moving-range sigma of
 * I-MR limits computed on partitions: what the segment contributes (the moments of its values
 * and of the window statistics wholly inside it) and what a neighbour needs to finish the windows
 * that straddle the boundary (its first and last w - 1 values). Composing segment A then segment
 * B adds the windows that start in A and end in B, computed from A's tail and B's head; the
 * composition is associative with the empty segment as identity, so segments computed on any
 * partitioning and combined in time order see exactly the windows of the sequential series. A
 * window statistic is the range of w consecutive values ({@code AVERAGE_MOVING_RANGE}) or, for
 * {@code MSSD}, the squared successive difference (w = 2); the window moments are an order-free
 * core {@link Moments} accumulator. The same idea as the core's {@code EwmaSegment} and
 * {@code CusumSegment}, for a sliding window.
 *
 * <p>A Java bean for {@code Encoders.bean}; not thread-safe.
 */
public final class MovingRangeSegment implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private int span;
    private boolean squared;
    private long firstOrder;
    private long lastOrder;
    private double[] head = new double[0];
    private double[] tail = new double[0];
    private MomentsBuffer values = new MomentsBuffer();
    private MomentsBuffer windows = new MomentsBuffer();

    /** An empty bean for Spark's encoder; use {@link #start}. */
    public MovingRangeSegment() {
    }

    /**
     * The empty segment of characteristic {@code key}.
     *
     * @param span window length w, at least 2
     * @param squared true for squared successive differences (MSSD, needs w = 2), false for ranges
     */
    public static MovingRangeSegment start(String key, int span, boolean squared) {
        if (span < 2 || (squared && span != 2)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "span must be >= 2 (and 2 for squared differences), was %d", span));
        }
        MovingRangeSegment s = new MovingRangeSegment();
        s.key = key;
        s.span = span;
        s.squared = squared;
        return s;
    }

    /**
     * Appends the value observed at {@code order}, which must be later than every value already in
     * the segment.
     *
     * @throws IllegalArgumentException for an order not after the last one, naming both
     */
    public void add(long order, double x) {
        long n = values.getCount();
        if (n > 0 && order <= lastOrder) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "characteristic %s: order %d does not follow order %d; individual values need strictly "
                            + "increasing order values", key, order, lastOrder));
        }
        if (n == 0) {
            firstOrder = order;
        }
        lastOrder = order;
        Moments v = values.toMoments();
        v.accept(x);
        values.set(v);
        int w1 = span - 1;
        if (tail.length == w1) {
            double[] window = Arrays.copyOf(tail, span);
            window[w1] = x;
            acceptWindow(window, 0);
        }
        if (head.length < w1) {
            head = append(head, x);
        }
        tail = append(tail, x);
        if (tail.length > w1) {
            tail = Arrays.copyOfRange(tail, tail.length - w1, tail.length);
        }
    }

    /**
     * Appends the segment that follows this one in time; {@code next} is unchanged.
     *
     * @return this segment
     * @throws IllegalArgumentException when {@code next} does not start after this segment ends, or
     *     differs in key, span or statistic
     */
    public MovingRangeSegment append(MovingRangeSegment next) {
        if (next.values.getCount() == 0) {
            return this;
        }
        if (!key.equals(next.key) || span != next.span || squared != next.squared) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "cannot combine segments of (%s, span %d, squared %s) and (%s, span %d, squared %s)",
                    key, span, squared, next.key, next.span, next.squared));
        }
        if (values.getCount() == 0) {
            firstOrder = next.firstOrder;
            lastOrder = next.lastOrder;
            head = next.head.clone();
            tail = next.tail.clone();
            values = MomentsBuffer.of(next.values.toMoments());
            windows = MomentsBuffer.of(next.windows.toMoments());
            return this;
        }
        if (next.firstOrder <= lastOrder) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "characteristic %s: a segment starting at order %d cannot follow one ending at order %d",
                    key, next.firstOrder, lastOrder));
        }
        int w1 = span - 1;
        double[] joint = concat(tail, next.head);
        int a = tail.length;
        // Windows that start in this segment's tail and end in next's head.
        for (int s = Math.max(0, a - w1); s < a && s + span <= joint.length; s++) {
            acceptWindow(joint, s);
        }
        Moments wm = windows.toMoments().combine(next.windows.toMoments());
        windows.set(wm);
        values.set(values.toMoments().combine(next.values.toMoments()));
        if (head.length < w1) {
            double[] h = concat(head, next.head);
            head = Arrays.copyOf(h, Math.min(w1, h.length));
        }
        double[] t = concat(tail, next.tail);
        tail = Arrays.copyOfRange(t, Math.max(0, t.length - w1), t.length);
        lastOrder = next.lastOrder;
        return this;
    }

    private void acceptWindow(double[] x, int from) {
        double stat;
        if (squared) {
            double d = x[from + 1] - x[from];
            stat = d * d;
        } else {
            double lo = x[from + span - 1];
            double hi = lo;
            for (int j = from; j < from + span - 1; j++) {
                lo = Math.min(lo, x[j]);
                hi = Math.max(hi, x[j]);
            }
            stat = hi - lo;
        }
        Moments wm = windows.toMoments();
        wm.accept(stat);
        windows.set(wm);
    }

    private static double[] append(double[] a, double x) {
        double[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = x;
        return b;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public int getSpan() {
        return span;
    }

    public void setSpan(int span) {
        this.span = span;
    }

    public boolean isSquared() {
        return squared;
    }

    public void setSquared(boolean squared) {
        this.squared = squared;
    }

    public long getFirstOrder() {
        return firstOrder;
    }

    public void setFirstOrder(long firstOrder) {
        this.firstOrder = firstOrder;
    }

    public long getLastOrder() {
        return lastOrder;
    }

    public void setLastOrder(long lastOrder) {
        this.lastOrder = lastOrder;
    }

    public double[] getHead() {
        return head;
    }

    public void setHead(double[] head) {
        this.head = head;
    }

    public double[] getTail() {
        return tail;
    }

    public void setTail(double[] tail) {
        this.tail = tail;
    }

    /** Moments of the values. */
    public MomentsBuffer getValues() {
        return values;
    }

    public void setValues(MomentsBuffer values) {
        this.values = values;
    }

    /** Moments of the window statistics (moving ranges or squared successive differences). */
    public MomentsBuffer getWindows() {
        return windows;
    }

    public void setWindows(MomentsBuffer windows) {
        this.windows = windows;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MovingRangeSegment[%s, orders %d..%d, %d values, %d windows of %d]", key,
                firstOrder, lastOrder, values.getCount(), windows.getCount(), span);
    }
}
