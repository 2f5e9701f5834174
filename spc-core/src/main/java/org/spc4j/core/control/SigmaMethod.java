package org.spc4j.core.control;

import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;

/**
 * How the process standard deviation sigma is estimated from Phase I data. With \(m\) subgroups
 * of sizes \(n_i\), ranges \(R_i\) and standard deviations \(S_i\); for individuals \(x_1..x_N\)
 * and moving ranges \(MR_i\) of span \(w\) (the range of \(x_{i-w+1}..x_i\)):
 *
 * <ul>
 *   <li>{@link #R_BAR}: \(\hat\sigma = \tfrac1m \sum R_i / d_2(n_i)\) (\(\bar R/d_2\) for equal sizes).
 *       Default for X-bar/R.</li>
 *   <li>{@link #S_BAR}: \(\hat\sigma = \tfrac1m \sum S_i / c_4(n_i)\). Default for X-bar/S.</li>
 *   <li>{@link #MVLUE_R}: minimum-variance weighting of the unbiased \(R_i/d_2(n_i)\) with weights
 *       \(f_i = d_2(n_i)^2 / d_3(n_i)^2\) (Burr 1969).</li>
 *   <li>{@link #MVLUE_S}: the same for \(S_i/c_4(n_i)\) with weights \(h_i = c_4(n_i)^2/(1 - c_4(n_i)^2)\).</li>
 *   <li>{@link #POOLED}: \(s_p = \sqrt{\sum (n_i-1) S_i^2 / \sum (n_i - 1)}\), \(\hat\sigma = s_p / c_4(d+1)\)
 *       with \(d = \sum (n_i - 1)\) the pooled degrees of freedom (as Minitab).</li>
 *   <li>{@link #AVERAGE_MOVING_RANGE}: \(\hat\sigma = \overline{MR} / d_2(w)\). Default for I-MR.</li>
 *   <li>{@link #MEDIAN_MOVING_RANGE}: \(\hat\sigma = \widetilde{MR} / d_4(w)\), \(d_4\) the median of
 *       the range of \(w\) standard normals.</li>
 *   <li>{@link #MSSD}: \(\hat\sigma = \sqrt{\sum_{i=2}^N (x_i - x_{i-1})^2 / (2(N-1))}\), the square
 *       root of half the mean squared successive difference (von Neumann et al. 1941), without a
 *       small-sample unbiasing constant.</li>
 *   <li>{@link #OVERALL}: \(\hat\sigma = s / c_4(N)\), the standard deviation of all \(N\) values
 *       (divisor \(N-1\)) made unbiased; this is qcc's {@code std.dev = "SD"} for individuals.</li>
 * </ul>
 *
 * <p>For subgroups the moving-range and MSSD methods work on the subgroup means in time order.
 *
 * <p>References: Montgomery, <i>Introduction to Statistical Quality Control</i>, 8th ed., ch. 6;
 * Burr (1969), "Control charts for measurements with varying sample sizes", J. Quality Technology
 * 1(3), doi:10.1080/00224065.1969.11980372; von Neumann, Kent, Bellinson and Hart (1941), "The mean
 * square successive difference", Ann. Math. Statist. 12(2), doi:10.1214/aoms/1177731746.
 */
public enum SigmaMethod {
    /** Average of R_i / d2(n_i). */
    R_BAR,
    /** Average of S_i / c4(n_i). */
    S_BAR,
    /** Minimum-variance weighted average of R_i / d2(n_i). */
    MVLUE_R,
    /** Minimum-variance weighted average of S_i / c4(n_i). */
    MVLUE_S,
    /** Pooled standard deviation over c4 of the pooled degrees of freedom + 1. */
    POOLED,
    /** Average moving range over d2(span). */
    AVERAGE_MOVING_RANGE,
    /** Median moving range over d4(span). */
    MEDIAN_MOVING_RANGE,
    /** Square root of half the mean squared successive difference. */
    MSSD,
    /** Overall standard deviation over c4(N). */
    OVERALL;

    /**
     * Estimates sigma from {@code data} with this method, exactly as a chart fit does (one
     * stage; stages are ignored). For subgroups the moving-range and MSSD methods work on the
     * subgroup means in time order.
     *
     * @param data the values, in time order
     * @param movingRangeSpan span w of the moving range (moving-range methods only; 2..1000)
     * @param constants the constants table
     * @return the estimate (0 when the data have no spread)
     * @throws IllegalArgumentException when the data do not fit the method (a subgroup of size 1
     *     for a subgroup method, too few values), naming the subgroup or the count
     */
    public double estimate(Subgroups data, int movingRangeSpan, ControlConstants constants) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(constants, "constants must not be null");
        if (movingRangeSpan < 2 || movingRangeSpan > ControlConstants.MAX_N) {
            throw new IllegalArgumentException("moving range span must be in 2..1000, was " + movingRangeSpan);
        }
        if (data.count() == 0) {
            throw new IllegalArgumentException("no data: sigma cannot be estimated from 0 subgroups");
        }
        return SigmaEstimation.estimate(data, this, movingRangeSpan, constants);
    }

    /** True for the methods that need subgroups of at least two values. */
    public boolean needsSubgroups() {
        return this == R_BAR || this == S_BAR || this == MVLUE_R || this == MVLUE_S || this == POOLED;
    }
}
