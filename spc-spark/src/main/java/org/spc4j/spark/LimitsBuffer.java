package org.spc4j.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Aggregation buffer of {@link LimitsAggregator}: per characteristic, the moments of all values,
 * the moments of the per-subgroup sigma contributions and of their weights, the pooled degrees of
 * freedom and the distinct subgroup sizes. A Java bean for {@code Encoders.bean}.
 */
public final class LimitsBuffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private long subgroups;
    private long pooledDf;
    private int[] sizes = new int[0];
    private MomentsBuffer values = new MomentsBuffer();
    private MomentsBuffer contributions = new MomentsBuffer();
    private MomentsBuffer weights = new MomentsBuffer();

    /** An empty buffer. */
    public LimitsBuffer() {
    }

    /** Adds a subgroup size to the sorted set of distinct sizes. */
    void addSize(int n) {
        int at = Arrays.binarySearch(sizes, n);
        if (at < 0) {
            int ins = -at - 1;
            int[] s = new int[sizes.length + 1];
            System.arraycopy(sizes, 0, s, 0, ins);
            s[ins] = n;
            System.arraycopy(sizes, ins, s, ins + 1, sizes.length - ins);
            sizes = s;
        }
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public long getSubgroups() {
        return subgroups;
    }

    public void setSubgroups(long subgroups) {
        this.subgroups = subgroups;
    }

    public long getPooledDf() {
        return pooledDf;
    }

    public void setPooledDf(long pooledDf) {
        this.pooledDf = pooledDf;
    }

    public int[] getSizes() {
        return sizes;
    }

    public void setSizes(int[] sizes) {
        this.sizes = sizes;
    }

    public MomentsBuffer getValues() {
        return values;
    }

    public void setValues(MomentsBuffer values) {
        this.values = values;
    }

    public MomentsBuffer getContributions() {
        return contributions;
    }

    public void setContributions(MomentsBuffer contributions) {
        this.contributions = contributions;
    }

    public MomentsBuffer getWeights() {
        return weights;
    }

    public void setWeights(MomentsBuffer weights) {
        this.weights = weights;
    }
}
