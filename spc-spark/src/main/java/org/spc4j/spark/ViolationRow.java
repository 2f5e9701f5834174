package org.spc4j.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One run-rule violation of one characteristic: a row of the result of {@link SparkRules}. A Java
 * bean for {@code Encoders.bean}.
 */
public final class ViolationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String chart;
    private int index;
    private long order;
    private String rule;
    private int firstIndex;

    /** An empty bean for Spark's encoder; use {@link #of}. */
    public ViolationRow() {
    }

    /**
     * A violation.
     *
     * @param key the characteristic
     * @param chart chart name: {@code xbar}, {@code r}, {@code s}, {@code i} or {@code mr}
     * @param index 1-based point index (Phase II numbering continues after the Phase I subgroups)
     * @param order subgroup id or time order of that point
     * @param rule rule id, for example {@code NELSON2}
     * @param firstIndex index of the first point of the pattern
     */
    public static ViolationRow of(String key, String chart, int index, long order, String rule, int firstIndex) {
        ViolationRow v = new ViolationRow();
        v.key = Objects.requireNonNull(key, "key must not be null");
        v.chart = Objects.requireNonNull(chart, "chart must not be null");
        v.index = index;
        v.order = order;
        v.rule = Objects.requireNonNull(rule, "rule must not be null");
        v.firstIndex = firstIndex;
        return v;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getChart() {
        return chart;
    }

    public void setChart(String chart) {
        this.chart = chart;
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
    }

    public long getOrder() {
        return order;
    }

    public void setOrder(long order) {
        this.order = order;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public int getFirstIndex() {
        return firstIndex;
    }

    public void setFirstIndex(int firstIndex) {
        this.firstIndex = firstIndex;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ViolationRow)) {
            return false;
        }
        ViolationRow v = (ViolationRow) o;
        return key.equals(v.key) && chart.equals(v.chart) && index == v.index && order == v.order
                && rule.equals(v.rule) && firstIndex == v.firstIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, chart, index, order, rule, firstIndex);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %s@%d (order %d, from %d)", key, chart, rule, index, order, firstIndex);
    }
}
