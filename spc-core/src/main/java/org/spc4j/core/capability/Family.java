package org.spc4j.core.capability;

/**
 * Distribution families for capability of non-normal data, each fitted by maximum likelihood
 * ({@link DistributionFit}). Parameters, in the order of {@link DistributionFit#param1()} and
 * {@link DistributionFit#param2()}:
 * <ul>
 *   <li>{@link #NORMAL}: mean \(\mu\), standard deviation \(\sigma\) (ML, divisor n).</li>
 *   <li>{@link #LOGNORMAL}: log-location \(\mu\) and log-scale \(\sigma\) of \(\ln x\) (ML, divisor n).</li>
 *   <li>{@link #WEIBULL}: shape \(k\), scale \(\lambda\); \(F(x) = 1 - e^{-(x/\lambda)^k}\).</li>
 *   <li>{@link #GAMMA}: shape \(k\), scale \(\theta\); mean \(k\theta\).</li>
 *   <li>{@link #EXPONENTIAL}: mean \(\theta\); the second parameter is NaN.</li>
 * </ul>
 * All but {@link #NORMAL} need strictly positive data.
 */
public enum Family {
    /** Normal. */
    NORMAL("mean", "sd"),
    /** Lognormal (two-parameter). */
    LOGNORMAL("log-location", "log-scale"),
    /** Weibull (two-parameter). */
    WEIBULL("shape", "scale"),
    /** Gamma (two-parameter). */
    GAMMA("shape", "scale"),
    /** Exponential (one-parameter). */
    EXPONENTIAL("mean", "");

    private final String first;
    private final String second;

    Family(String first, String second) {
        this.first = first;
        this.second = second;
    }

    /** Name of the first parameter. */
    public String firstParameter() {
        return first;
    }

    /** Name of the second parameter (empty for a one-parameter family). */
    public String secondParameter() {
        return second;
    }

    boolean needsPositiveData() {
        return this != NORMAL;
    }
}
