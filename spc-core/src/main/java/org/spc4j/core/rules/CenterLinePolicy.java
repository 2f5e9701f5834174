package org.spc4j.core.rules;

/**
 * What a point exactly on the centre line does to a run on one side of it (WE4, NELSON2, 10x and
 * any {@link StandardRule.Pattern#SIDE_RUN} rule). Only side runs are affected: such a point is
 * within 1 sigma for NELSON7 and breaks a NELSON8 run whatever this policy says.
 *
 * @since 0.1
 */
public enum CenterLinePolicy {
    /** Default. A point on the centre line is on neither side: it ends the run and is never flagged. */
    BREAKS_RUN,
    /**
     * A point on the centre line is passed over: it neither counts nor breaks the run (the run on
     * either side of it continues as if it were not there) and is never flagged itself.
     */
    SKIPPED
}
