package org.spc4j.core.capability;

/**
 * Which sigma Cpm uses in \(\tau^2 = \sigma^2 + (\bar x - T)^2\): the overall standard deviation
 * (Minitab, the default) or the within-subgroup sigma (qcc).
 */
public enum CpmSigma {
    /** The overall sigma, as Minitab (default). */
    OVERALL,
    /** The within-subgroup sigma, as qcc. */
    WITHIN
}
