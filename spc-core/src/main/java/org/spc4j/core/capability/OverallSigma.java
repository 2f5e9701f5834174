package org.spc4j.core.capability;

/**
 * How the overall (long-term) sigma of Pp/Ppk is computed from all N values.
 */
public enum OverallSigma {
    /** The sample standard deviation \(s\), divisor \(N-1\) (AIAG; Minitab's default). */
    SAMPLE,
    /** \(s / c_4(N)\), made unbiased for normal data (Minitab's option). */
    UNBIASED
}
