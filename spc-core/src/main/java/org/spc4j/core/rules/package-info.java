/**
 * Run rules (tests for special causes): Western Electric, Nelson, AIAG and Westgard rules and
 * user-defined ones, evaluated by one state machine for both charts and online streams.
 *
 * <ul>
 * <li>{@link org.spc4j.core.rules.Rules} names the published rules; {@link org.spc4j.core.rules.StandardRule}
 *     builds any variant (every K overridable);</li>
 * <li>{@link org.spc4j.core.rules.RuleSet} holds ordered rules and the {@link org.spc4j.core.rules.RuleOptions}
 *     (the conventions tools disagree on, each a named enum) and evaluates a chart;</li>
 * <li>{@link org.spc4j.core.rules.RuleEvaluator} is the incremental state machine, one point at a time;</li>
 * <li>{@link org.spc4j.core.rules.Rule} and {@link org.spc4j.core.rules.RuleDetector} are the interface for user rules;</li>
 * <li>{@link org.spc4j.core.rules.ChartRules} maps chart names to their default rule sets;</li>
 * <li>results: {@link org.spc4j.core.rules.RuleViolations}, {@link org.spc4j.core.rules.Violation},
 *     {@link org.spc4j.core.rules.FlaggedPoint}.</li>
 * </ul>
 *
 * <p>The conformance file {@code spc-core/src/test/resources/rules/conformance.csv} shows every
 * semantic case with short sequences in sigma units.
 */
package org.spc4j.core.rules;
