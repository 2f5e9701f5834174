package org.spc4j.core.rules;

/**
 * Whether a point exactly on a zone boundary or control limit counts as beyond it.
 *
 * <p>Tools differ: the Western Electric handbook and Nelson speak of points "beyond" a limit,
 * which most software reads as strictly outside; some implementations use {@code >=}.
 *
 * @since 0.1
 */
public enum ZoneComparison {
    /** Default. A point is beyond the line \( CL + z\sigma \) only when \( x &gt; CL + z\sigma \) (below: \( x &lt; CL - z\sigma \)). */
    STRICT,
    /** A point on the line counts as beyond it: \( x \ge CL + z\sigma \) (below: \( x \le CL - z\sigma \)). */
    INCLUSIVE
}
