package org.spc4j.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * The EWMA and CUSUM segments of one characteristic's run in one partition, with the order of
 * its first point so that segments can be put back in time order. The core segments are
 * {@link Serializable}; they travel as bytes in a Java bean. Plumbing of
 * {@link SparkTimeWeighted}, public only because Spark's bean encoder needs public classes.
 */
public final class SegmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private long firstOrder;
    private byte[] ewma;
    private byte[] cusum;

    /** An empty bean for Spark's encoder. */
    public SegmentRow() {
    }

    static byte[] bytes(Serializable o) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    static <T> T object(byte[] bytes, Class<T> type) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(in.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("segment class not found: " + e.getMessage(), e);
        }
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public long getFirstOrder() {
        return firstOrder;
    }

    public void setFirstOrder(long firstOrder) {
        this.firstOrder = firstOrder;
    }

    public byte[] getEwma() {
        return ewma;
    }

    public void setEwma(byte[] ewma) {
        this.ewma = ewma;
    }

    public byte[] getCusum() {
        return cusum;
    }

    public void setCusum(byte[] cusum) {
        this.cusum = cusum;
    }
}
