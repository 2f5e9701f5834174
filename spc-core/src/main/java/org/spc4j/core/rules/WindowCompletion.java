package org.spc4j.core.rules;

/**
 * Which point a "k of m beyond z sigma, same side" rule (WE2, WE3, NELSON5, NELSON6) flags.
 *
 * @since 0.1
 */
public enum WindowCompletion {
    /**
     * Default. The last point of the m-point window is flagged only when it is itself beyond the
     * zone on the side that has k points beyond (Nelson 1984; Minitab).
     */
    POINT_BEYOND_ZONE,
    /** The last point of every m-point window that holds k points beyond the zone on one side is flagged. */
    ANY_POINT
}
