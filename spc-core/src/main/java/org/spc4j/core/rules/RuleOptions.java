package org.spc4j.core.rules;

import java.util.Objects;

/**
 * The conventions on which run-rule tools disagree, each a named choice with the spc4j default.
 * Immutable: every {@code with} call returns new options.
 *
 * <table>
 * <caption>Options and defaults</caption>
 * <tr><th>option</th><th>default</th><th>alternative</th></tr>
 * <tr><td>{@link ZoneComparison}</td><td>{@code STRICT}: a point on a zone line or limit is not beyond it</td>
 *     <td>{@code INCLUSIVE}</td></tr>
 * <tr><td>{@link CenterLinePolicy}</td><td>{@code BREAKS_RUN}: a point on the centre line ends a run</td>
 *     <td>{@code SKIPPED}</td></tr>
 * <tr><td>{@link TiePolicy}</td><td>{@code BREAKS_RUN}: equal neighbours end a trend or alternation</td>
 *     <td>{@code SKIPPED}</td></tr>
 * <tr><td>{@link WindowCompletion}</td><td>{@code POINT_BEYOND_ZONE}: "2 of 3" flags its last point only
 *     when that point is beyond the zone</td><td>{@code ANY_POINT}</td></tr>
 * <tr><td>{@link MixtureSides}</td><td>{@code BOTH_SIDES}: NELSON8 needs points on both sides</td>
 *     <td>{@code EITHER_SIDE}</td></tr>
 * <tr><td>{@link StagePolicy}</td><td>{@code RESTART_AT_STAGE}: no pattern spans a stage boundary</td>
 *     <td>{@code ACROSS_STAGES}</td></tr>
 * </table>
 *
 * @param comparison whether a point on a zone line is beyond it
 * @param centerLine what a point on the centre line does to a run on one side
 * @param ties what equal neighbours do to a trend or an alternation
 * @param windowCompletion which points a "k of m" rule flags
 * @param mixtureSides whether a NELSON8 run needs points on both sides
 * @param stages whether patterns restart at stage boundaries
 * @since 0.1
 */
public record RuleOptions(ZoneComparison comparison, CenterLinePolicy centerLine, TiePolicy ties,
                          WindowCompletion windowCompletion, MixtureSides mixtureSides, StagePolicy stages) {

    private static final RuleOptions DEFAULTS = new RuleOptions(ZoneComparison.STRICT, CenterLinePolicy.BREAKS_RUN,
            TiePolicy.BREAKS_RUN, WindowCompletion.POINT_BEYOND_ZONE, MixtureSides.BOTH_SIDES,
            StagePolicy.RESTART_AT_STAGE);

    public RuleOptions {
        Objects.requireNonNull(comparison, "comparison must not be null");
        Objects.requireNonNull(centerLine, "centerLine must not be null");
        Objects.requireNonNull(ties, "ties must not be null");
        Objects.requireNonNull(windowCompletion, "windowCompletion must not be null");
        Objects.requireNonNull(mixtureSides, "mixtureSides must not be null");
        Objects.requireNonNull(stages, "stages must not be null");
    }

    /** The defaults of DESIGN.md "Run-rule semantics" (the first constant of every option). */
    public static RuleOptions defaults() {
        return DEFAULTS;
    }

    /** These options with the given zone comparison. */
    public RuleOptions with(ZoneComparison value) {
        return new RuleOptions(value, centerLine, ties, windowCompletion, mixtureSides, stages);
    }

    /** These options with the given centre-line policy. */
    public RuleOptions with(CenterLinePolicy value) {
        return new RuleOptions(comparison, value, ties, windowCompletion, mixtureSides, stages);
    }

    /** These options with the given tie policy. */
    public RuleOptions with(TiePolicy value) {
        return new RuleOptions(comparison, centerLine, value, windowCompletion, mixtureSides, stages);
    }

    /** These options with the given window completion. */
    public RuleOptions with(WindowCompletion value) {
        return new RuleOptions(comparison, centerLine, ties, value, mixtureSides, stages);
    }

    /** These options with the given mixture sides. */
    public RuleOptions with(MixtureSides value) {
        return new RuleOptions(comparison, centerLine, ties, windowCompletion, value, stages);
    }

    /** These options with the given stage policy. */
    public RuleOptions with(StagePolicy value) {
        return new RuleOptions(comparison, centerLine, ties, windowCompletion, mixtureSides, value);
    }
}
