package org.spc4j.core.rules;

/**
 * The mutable state of one rule over one series of points, fed one point at a time. Created by
 * {@link Rule#newDetector}; not thread-safe (one detector per series).
 *
 * <p>Implementations must not allocate per point: {@link RuleEvaluator} calls {@link #accept}
 * once for every point of a chart or of an online stream.
 *
 * @since 0.1
 */
public interface RuleDetector {

    /**
     * Takes the next point of the current stage.
     *
     * @param statistic the plotted value
     * @param center the centre line at this point
     * @param sigma the standard deviation of the plotted statistic at this point (zone lines are
     *        {@code center + z * sigma}), finite and &gt; 0
     * @return 0 when this point does not violate the rule; otherwise the number of points from the
     *         first point of the pattern to this point inclusive (1 for a single-point rule), at
     *         most the number of points accepted since the last {@link #reset}
     */
    long accept(double statistic, double center, double sigma);

    /** Forgets every earlier point: the next point starts a new stage. */
    void reset();
}
