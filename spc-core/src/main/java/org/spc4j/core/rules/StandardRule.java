package org.spc4j.core.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A built-in run rule: one of eight patterns with its counts and zone. Immutable; {@code with*}
 * calls return new rules. {@link Rules} names the published rules (WE1, NELSON5, 2-2s, ...);
 * the factories here build any variant, for example 7 in a row on one side or 5 of 6 beyond 1 sigma.
 *
 * <p>Zones are \( CL \pm z\sigma \) of the plotted statistic at each point. "Beyond" is
 * strict by default ({@link ZoneComparison}); a pattern flags the point that completes it and
 * every later point that extends it, and reports its first point (see {@link Pattern}).
 *
 * <p>Counts are validated here: a count or window that makes no sense for the pattern, or a zone
 * that is not finite and &gt; 0, is refused with an {@link IllegalArgumentException} naming the
 * rule and the value.
 *
 * @since 0.1
 */
public final class StandardRule implements Rule {

    /** Longest window of a {@link Pattern#WINDOW} rule: the engine keeps one bit per point in a {@code long}. */
    public static final int MAX_WINDOW = 64;

    /** The built-in patterns. "Count" is K, the number of points in the pattern. */
    public enum Pattern {
        /** 1 point beyond \( z\sigma \) on either side (WE1, NELSON1, 1-3s, 1-2s). Flags the point; first = itself. */
        BEYOND,
        /**
         * k of m consecutive points beyond \( z\sigma \), same side (WE2, WE3, NELSON5, NELSON6, 2-2s,
         * 4-1s). Flags the last point of the window when it is itself beyond on that side
         * ({@link WindowCompletion}); first = the earliest point of the window beyond on that side.
         */
        WINDOW,
        /**
         * K points in a row on one side of the centre line (WE4, NELSON2, 10x). Flags every point
         * from the K-th on while the run lasts; first = the first point of the run.
         */
        SIDE_RUN,
        /**
         * K points in a row steadily increasing or steadily decreasing (NELSON3): each strictly
         * above (below) its predecessor. Flags every point from the K-th on; first = run start.
         */
        TREND,
        /**
         * K points in a row alternating up and down (NELSON4): consecutive differences non-zero
         * with alternating signs. Flags every point from the K-th on; first = run start.
         */
        ALTERNATION,
        /**
         * K points in a row within \( z\sigma \) of the centre line, either side (NELSON7,
         * stratification). Flags every point from the K-th on; first = run start.
         */
        STRATIFICATION,
        /**
         * K points in a row beyond \( z\sigma \), with points on both sides of the centre line
         * (NELSON8, mixture; {@link MixtureSides}). Flags every point of the run from the one that
         * completes K points with both sides present; first = run start.
         */
        MIXTURE,
        /**
         * 2 consecutive points beyond \( z\sigma \) on opposite sides (Westgard R-4s with z = 2).
         * Flags the second point; first = the one before it.
         */
        OPPOSITE
    }

    private final String id;
    private final Pattern pattern;
    private final int count;
    private final int window;
    private final double zone;

    private StandardRule(String id, Pattern pattern, int count, int window, double zone) {
        this.id = checkId(id);
        this.pattern = pattern;
        this.count = count;
        this.window = window;
        this.zone = zone;
        validate();
    }

    /** 1 point beyond \( z\sigma \) on either side. */
    public static StandardRule beyond(String id, double zone) {
        return new StandardRule(id, Pattern.BEYOND, 1, 1, zone);
    }

    /** {@code count} of {@code window} consecutive points beyond \( z\sigma \), same side; 1 &lt;= count &lt;= window &lt;= 64. */
    public static StandardRule window(String id, int count, int window, double zone) {
        return new StandardRule(id, Pattern.WINDOW, count, window, zone);
    }

    /** {@code count} points in a row on one side of the centre line; count &gt;= 2. */
    public static StandardRule sideRun(String id, int count) {
        return new StandardRule(id, Pattern.SIDE_RUN, count, count, Double.NaN);
    }

    /** {@code count} points in a row steadily increasing or decreasing; count &gt;= 3. */
    public static StandardRule trend(String id, int count) {
        return new StandardRule(id, Pattern.TREND, count, count, Double.NaN);
    }

    /** {@code count} points in a row alternating up and down; count &gt;= 3. */
    public static StandardRule alternation(String id, int count) {
        return new StandardRule(id, Pattern.ALTERNATION, count, count, Double.NaN);
    }

    /** {@code count} points in a row within \( z\sigma \) of the centre line; count &gt;= 2. */
    public static StandardRule stratification(String id, int count, double zone) {
        return new StandardRule(id, Pattern.STRATIFICATION, count, count, zone);
    }

    /** {@code count} points in a row beyond \( z\sigma \), points on both sides; count &gt;= 2. */
    public static StandardRule mixture(String id, int count, double zone) {
        return new StandardRule(id, Pattern.MIXTURE, count, count, zone);
    }

    /** 2 consecutive points beyond \( z\sigma \) on opposite sides. */
    public static StandardRule opposite(String id, double zone) {
        return new StandardRule(id, Pattern.OPPOSITE, 2, 2, zone);
    }

    /**
     * This rule with another K: the run length, or for a {@link Pattern#WINDOW} rule the number
     * of points that must be beyond the zone (the window is kept).
     *
     * @throws IllegalArgumentException for a rule without a count (BEYOND, OPPOSITE) or a count
     *         out of range
     */
    public StandardRule withCount(int newCount) {
        if (pattern == Pattern.BEYOND || pattern == Pattern.OPPOSITE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule %s (%s) has no count to set; asked for %d", id, pattern, newCount));
        }
        return new StandardRule(id, pattern, newCount, pattern == Pattern.WINDOW ? window : newCount, zone);
    }

    /**
     * This {@link Pattern#WINDOW} rule with {@code newCount} of {@code newWindow} points, for
     * example 5 of 6 beyond 1 sigma.
     *
     * @throws IllegalArgumentException for another pattern or a count/window out of range
     */
    public StandardRule withWindow(int newCount, int newWindow) {
        if (pattern != Pattern.WINDOW) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule %s (%s) has no window; asked for %d of %d", id, pattern, newCount, newWindow));
        }
        return new StandardRule(id, pattern, newCount, newWindow, zone);
    }

    /**
     * This rule with another zone multiplier z (zone line \( CL \pm z\sigma \)).
     *
     * @throws IllegalArgumentException for a rule without a zone (SIDE_RUN, TREND, ALTERNATION)
     *         or a zone that is not finite and &gt; 0
     */
    public StandardRule withZone(double newZone) {
        if (!hasZone(pattern)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule %s (%s) has no zone; asked for %s", id, pattern, newZone));
        }
        return new StandardRule(id, pattern, count, window, newZone);
    }

    /** This rule under another id. */
    public StandardRule withId(String newId) {
        return new StandardRule(newId, pattern, count, window, zone);
    }

    @Override
    public String id() {
        return id;
    }

    /** The pattern. */
    public Pattern pattern() {
        return pattern;
    }

    /**
     * K: the number of points of the pattern (for WINDOW the number beyond the zone; 1 for BEYOND,
     * 2 for OPPOSITE).
     */
    public int count() {
        return count;
    }

    /** The number of consecutive points looked at: m for WINDOW, otherwise equal to {@link #count()}. */
    public int window() {
        return window;
    }

    /** The zone multiplier z, or NaN for patterns that use no zone (SIDE_RUN, TREND, ALTERNATION). */
    public double zone() {
        return zone;
    }

    @Override
    public String description() {
        switch (pattern) {
            case BEYOND:
                return String.format(Locale.ROOT, "1 point beyond %s sigma", num(zone));
            case WINDOW:
                return String.format(Locale.ROOT, "%d of %d points in a row beyond %s sigma, same side", count,
                        window, num(zone));
            case SIDE_RUN:
                return String.format(Locale.ROOT, "%d points in a row on one side of the centre line", count);
            case TREND:
                return String.format(Locale.ROOT, "%d points in a row steadily increasing or decreasing", count);
            case ALTERNATION:
                return String.format(Locale.ROOT, "%d points in a row alternating up and down", count);
            case STRATIFICATION:
                return String.format(Locale.ROOT, "%d points in a row within %s sigma, either side", count,
                        num(zone));
            case MIXTURE:
                return String.format(Locale.ROOT, "%d points in a row beyond %s sigma, points on both sides", count,
                        num(zone));
            default:
                return String.format(Locale.ROOT, "2 points in a row beyond %s sigma on opposite sides", num(zone));
        }
    }

    /**
     * A detector for this rule alone; it runs the same state machine as {@link RuleEvaluator}, so
     * a standard rule behaves identically inside and outside a rule set.
     */
    @Override
    public RuleDetector newDetector(RuleOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        RuleEvaluator evaluator = RuleSet.of(this).withOptions(options).newEvaluator();
        return new RuleDetector() {
            @Override
            public long accept(double statistic, double center, double sigma) {
                return evaluator.accept(statistic, center, sigma) == 0 ? 0
                        : evaluator.position() - evaluator.patternStart(0) + 1;
            }

            @Override
            public void reset() {
                evaluator.reset();
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StandardRule)) {
            return false;
        }
        StandardRule r = (StandardRule) o;
        return id.equals(r.id) && pattern == r.pattern && count == r.count && window == r.window
                && Double.compare(zone, r.zone) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, pattern, count, window, zone);
    }

    @Override
    public String toString() {
        return id + ": " + description();
    }

    static boolean hasZone(Pattern p) {
        return p != Pattern.SIDE_RUN && p != Pattern.TREND && p != Pattern.ALTERNATION;
    }

    private static String checkId(String id) {
        Objects.requireNonNull(id, "id must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("rule id must not be blank, was '" + id + "'");
        }
        return id;
    }

    private void validate() {
        if (hasZone(pattern) && !(zone > 0 && zone < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule %s: zone must be a finite number of sigmas > 0, was %s", id, zone));
        }
        switch (pattern) {
            case WINDOW:
                if (count < 1 || window < count || window > MAX_WINDOW) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "rule %s: need 1 <= count <= window <= %d for 'count of window' points, was %d of %d",
                            id, MAX_WINDOW, count, window));
                }
                break;
            case SIDE_RUN:
            case STRATIFICATION:
            case MIXTURE:
                requireCount(2);
                break;
            case TREND:
            case ALTERNATION:
                requireCount(3);
                break;
            default:
                break;
        }
    }

    private void requireCount(int min) {
        if (count < min) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule %s: count must be >= %d points for a %s rule, was %d", id, min, pattern, count));
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
