package org.spc4j.core.rules;

/**
 * What a point equal to its predecessor does to a trend (NELSON3) or an alternation (NELSON4).
 *
 * @since 0.1
 */
public enum TiePolicy {
    /** Default. Equal neighbours are neither up nor down: the tie ends the trend or alternation. */
    BREAKS_RUN,
    /**
     * A point equal to its predecessor is passed over: it neither counts nor breaks, the next
     * point is compared with the same value again, and the tied point is never flagged itself.
     */
    SKIPPED
}
