package org.spc4j.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One measurement: the characteristic it belongs to, its position in time and its value. A Java
 * bean (public no-argument constructor, getters and setters) so that {@code Encoders.bean} can
 * encode it; build one with {@link #of}.
 *
 * <p>{@code order} is the subgroup id for X-bar charts (all values of a subgroup share it, and
 * subgroups follow one another in increasing order) and the time order of each value for
 * individuals charts. Order values need not be consecutive.
 */
public final class Measurement implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private long order;
    private double value;

    /** An empty bean for Spark's encoder; use {@link #of}. */
    public Measurement() {
    }

    /** A measurement of characteristic {@code key} at subgroup or time {@code order}. */
    public static Measurement of(String key, long order, double value) {
        Measurement m = new Measurement();
        m.key = Objects.requireNonNull(key, "key must not be null");
        m.order = order;
        m.value = value;
        return m;
    }

    /** The characteristic. */
    public String getKey() {
        return key;
    }

    /** Sets the characteristic (for the encoder). */
    public void setKey(String key) {
        this.key = key;
    }

    /** Subgroup id (X-bar charts) or time order (individuals). */
    public long getOrder() {
        return order;
    }

    /** Sets the order (for the encoder). */
    public void setOrder(long order) {
        this.order = order;
    }

    /** The measured value. */
    public double getValue() {
        return value;
    }

    /** Sets the value (for the encoder). */
    public void setValue(double value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measurement && ((Measurement) o).key.equals(key) && ((Measurement) o).order == order
                && Double.compare(((Measurement) o).value, value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, order, value);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Measurement[%s, order %d, value %s]", key, order, value);
    }
}
