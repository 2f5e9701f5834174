package org.spc4j.core.rules;

/**
 * Whether patterns may span a stage boundary (a change of the stage name between consecutive points).
 *
 * @since 0.1
 */
public enum StagePolicy {
    /** Default. Every rule starts afresh at the first point of a stage: no pattern spans two stages. */
    RESTART_AT_STAGE,
    /** Stages are ignored: patterns run on across stage boundaries (as tools without stages do). */
    ACROSS_STAGES
}
