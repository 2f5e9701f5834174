package org.spc4j.spark;

import java.io.Serializable;

/**
 * The moments of one subgroup of one characteristic: the first level of the Phase I aggregation
 * (a Java bean for {@code Encoders.bean}).
 */
public final class SubgroupMoments implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private long order;
    private MomentsBuffer moments = new MomentsBuffer();

    /** An empty bean for Spark's encoder. */
    public SubgroupMoments() {
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public long getOrder() {
        return order;
    }

    public void setOrder(long order) {
        this.order = order;
    }

    public MomentsBuffer getMoments() {
        return moments;
    }

    public void setMoments(MomentsBuffer moments) {
        this.moments = moments;
    }
}
