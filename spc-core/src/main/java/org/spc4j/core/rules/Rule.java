package org.spc4j.core.rules;

/**
 * A run rule: a pattern of points on a control chart that signals a special cause.
 *
 * <p>The built-in rules are {@link StandardRule}s, made by {@link Rules}. A user-defined rule
 * implements this interface and its {@link RuleDetector}, and joins a {@link RuleSet} next to
 * built-in ones:
 *
 * <pre>{@code
 * Rule jump = new Rule() {                       // a point more than 4 sigma from the previous one
 *     public String id() { return "JUMP4"; }
 *     public String description() { return "1 point more than 4 sigma from the previous point"; }
 *     public RuleDetector newDetector(RuleOptions options) {
 *         return new RuleDetector() {
 *             double previous = Double.NaN;
 *             public long accept(double x, double center, double sigma) {
 *                 boolean hit = Math.abs(x - previous) > 4 * sigma;   // false for the first point
 *                 previous = x;
 *                 return hit ? 2 : 0;                                  // the pattern is 2 points long
 *             }
 *             public void reset() { previous = Double.NaN; }
 *         };
 *     }
 * };
 * RuleSet rules = RuleSet.nelson().withRule(jump);
 * }</pre>
 *
 * <p>Implementations should be immutable; all per-series state lives in the detector.
 *
 * @since 0.1
 */
public interface Rule {

    /** Short identifier reported with each violation, for example {@code NELSON2}; unique within a rule set. */
    String id();

    /** One line of plain text saying what the rule detects, with its counts. */
    String description();

    /**
     * A new detector, in its initial state, for one series of points.
     *
     * @param options the conventions of the rule set the rule is evaluated in
     */
    RuleDetector newDetector(RuleOptions options);
}
