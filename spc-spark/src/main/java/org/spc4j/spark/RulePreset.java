package org.spc4j.spark;

import java.util.Locale;

import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleSet;

/**
 * The run rules Phase II applies to each chart of a pair: a rule set for the location chart
 * (X-bar or individuals) and NELSON1 (one point beyond 3 sigma) for the dispersion chart (R, S,
 * MR), as {@link ChartRules#defaults()} recommends. An enum, so that it travels to the executors;
 * its {@link #id()} is what a limits file records as {@code rulePreset}.
 */
public enum RulePreset {
    /** Nelson tests 1-8 on the location chart: {@link ChartRules#defaults()}. */
    NELSON("nelson"),
    /** Western Electric WE1-WE4 on the location chart. */
    WESTERN_ELECTRIC("western-electric"),
    /** AIAG1-AIAG3 on the location chart. */
    AIAG("aiag");

    private final String id;

    RulePreset(String id) {
        this.id = id;
    }

    /** The preset's name in limits files, for example {@code nelson}. */
    public String id() {
        return id;
    }

    /** The rules per chart name. */
    public ChartRules chartRules() {
        ChartRules defaults = ChartRules.defaults();
        switch (this) {
            case WESTERN_ELECTRIC:
                return defaults.with("xbar", RuleSet.westernElectric()).with("i", RuleSet.westernElectric());
            case AIAG:
                return defaults.with("xbar", RuleSet.aiag()).with("i", RuleSet.aiag());
            default:
                return defaults;
        }
    }

    /**
     * The preset with this id ({@code nelson}, {@code western-electric} or {@code aiag}).
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public static RulePreset ofId(String id) {
        for (RulePreset p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown rule preset '%s'; known presets are nelson, western-electric, aiag", id));
    }
}
