package org.spc4j.spark;

import java.io.Serializable;

/**
 * Per characteristic, what {@link SparkCapability#aggregate} gathers from the values besides the
 * within sigma: the moments of all values and the counts outside the specification limits. A
 * Java bean for {@code Encoders.bean}.
 */
public final class CapabilityInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private MomentsBuffer moments = new MomentsBuffer();
    private long below;
    private long above;

    /** An empty bean for Spark's encoder. */
    public CapabilityInputs() {
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public MomentsBuffer getMoments() {
        return moments;
    }

    public void setMoments(MomentsBuffer moments) {
        this.moments = moments;
    }

    /** Values strictly below the LSL. */
    public long getBelow() {
        return below;
    }

    public void setBelow(long below) {
        this.below = below;
    }

    /** Values strictly above the USL. */
    public long getAbove() {
        return above;
    }

    public void setAbove(long above) {
        this.above = above;
    }
}
