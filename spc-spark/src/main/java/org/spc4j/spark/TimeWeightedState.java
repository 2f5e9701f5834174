package org.spc4j.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * Where the EWMA and the tabular CUSUM of one characteristic stand after its data: a row of the
 * result of {@link SparkTimeWeighted#endStates}. The EWMA fields are those of the core's
 * {@code EwmaState}, the CUSUM fields those of {@code CusumState} plus the largest sums reached
 * (a CUSUM signals when one exceeds h). A Java bean for {@code Encoders.bean}.
 */
public final class TimeWeightedState implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private long points;
    private double ewma;
    private double ewmaVarianceFactor;
    private double cusumUpper;
    private double cusumLower;
    private double cusumPeakUpper;
    private double cusumPeakLower;

    /** An empty bean for Spark's encoder. */
    public TimeWeightedState() {
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** Number of points (subgroups) seen. */
    public long getPoints() {
        return points;
    }

    public void setPoints(long points) {
        this.points = points;
    }

    /** The EWMA z after the last point. */
    public double getEwma() {
        return ewma;
    }

    public void setEwma(double ewma) {
        this.ewma = ewma;
    }

    /** Var(z) / sigma^2 after the last point. */
    public double getEwmaVarianceFactor() {
        return ewmaVarianceFactor;
    }

    public void setEwmaVarianceFactor(double ewmaVarianceFactor) {
        this.ewmaVarianceFactor = ewmaVarianceFactor;
    }

    /** Upper CUSUM sum C+ after the last point (sigma units). */
    public double getCusumUpper() {
        return cusumUpper;
    }

    public void setCusumUpper(double cusumUpper) {
        this.cusumUpper = cusumUpper;
    }

    /** Lower CUSUM sum C- after the last point (sigma units). */
    public double getCusumLower() {
        return cusumLower;
    }

    public void setCusumLower(double cusumLower) {
        this.cusumLower = cusumLower;
    }

    /** Largest C+ reached at any point. */
    public double getCusumPeakUpper() {
        return cusumPeakUpper;
    }

    public void setCusumPeakUpper(double cusumPeakUpper) {
        this.cusumPeakUpper = cusumPeakUpper;
    }

    /** Largest C- reached at any point. */
    public double getCusumPeakLower() {
        return cusumPeakLower;
    }

    public void setCusumPeakLower(double cusumPeakLower) {
        this.cusumPeakLower = cusumPeakLower;
    }

    /** True when C+ or C- exceeded the decision interval h somewhere. */
    public boolean cusumSignals(double h) {
        return cusumPeakUpper > h || cusumPeakLower > h;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TimeWeightedState[%s: %d points, EWMA %s, C+ %s (peak %s), C- %s (peak %s)]",
                key, points, ewma, cusumUpper, cusumPeakUpper, cusumLower, cusumPeakLower);
    }
}
