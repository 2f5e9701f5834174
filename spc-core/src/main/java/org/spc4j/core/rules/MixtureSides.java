package org.spc4j.core.rules;

/**
 * Whether a run of points beyond 1 sigma (NELSON8, "mixture") must have points on both sides of
 * the centre line.
 *
 * @since 0.1
 */
public enum MixtureSides {
    /** Default. Nelson (1984): "eight points in a row on both sides of the centerline with none in zone C". */
    BOTH_SIDES,
    /** Minitab's test 8: "8 points in a row more than 1 sigma from the centre line (either side)". */
    EITHER_SIDE
}
