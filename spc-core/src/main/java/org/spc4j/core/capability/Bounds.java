package org.spc4j.core.capability;

/**
 * Which confidence bounds an interval gives. A one-sided bound at level \(1-\alpha\) uses the
 * \(1-\alpha\) quantile; a two-sided interval uses \(\alpha/2\) and \(1-\alpha/2\).
 *
 * <p>Note on qcc: {@code qcc::process.capability} prints its Cp_l and Cp_u limits under the
 * column headings "2.5%" and "97.5%", but computes them with \(z_{0.95}\): they are the
 * {@link #LOWER} and {@link #UPPER} one-sided 95% bounds, not a two-sided 95% interval.
 */
public enum Bounds {
    /** Lower and upper limit, \(\alpha/2\) in each tail. */
    TWO_SIDED,
    /** A lower confidence bound only; the upper end is {@code +Infinity}. */
    LOWER,
    /** An upper confidence bound only; the lower end is {@code -Infinity}. */
    UPPER
}
