package org.spc4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spc4j.core.control.ControlChart;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleSet;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.core.rules.Rules;

/**
 * The {@code --rules} option: {@code default} (the rules that suit each chart), a preset
 * ({@code we}, {@code nelson}, {@code aiag}, {@code westgard}), {@code none}, or a list of rule
 * ids with optional counts ({@code WE1,WE4}, {@code NELSON2:7}). A preset or list applies to every
 * chart except the R, S and MR charts, which keep their default (NELSON1): zone and run tests
 * assume a symmetric statistic.
 */
final class RuleOption {

    private static final Set<String> DISPERSION = Set.of("r", "s", "mr");

    private final String text;
    private final RuleSet chosen;
    private final boolean none;

    private RuleOption(String text, RuleSet chosen, boolean none) {
        this.text = text;
        this.chosen = chosen;
        this.none = none;
    }

    static RuleOption parse(String text) {
        String t = text == null ? "default" : text.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "default":
                return new RuleOption("default", null, false);
            case "none":
                return new RuleOption("none", null, true);
            case "we":
            case "western-electric":
                return new RuleOption(t, RuleSet.westernElectric(), false);
            case "nelson":
                return new RuleOption(t, RuleSet.nelson(), false);
            case "aiag":
                return new RuleOption(t, RuleSet.aiag(), false);
            case "westgard":
                return new RuleOption(t, RuleSet.westgard(), false);
            default:
                break;
        }
        List<String> ids = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (String part : t.split(",")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                throw new IllegalArgumentException("--rules '" + text + "' has an empty entry");
            }
            int colon = p.indexOf(':');
            String id = colon < 0 ? p : p.substring(0, colon);
            Rules.byId(id); // names the known ids when unknown
            ids.add(id);
            if (colon >= 0) {
                try {
                    counts.add(new int[] {ids.size() - 1, Integer.parseInt(p.substring(colon + 1))});
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--rules entry '" + part.trim() + "': the count after ':' must be an integer");
                }
            }
        }
        RuleSet set = RuleSet.of(ids.stream().map(Rules::byId).toList());
        for (int[] c : counts) {
            set = set.withCount(ids.get(c[0]), c[1]);
        }
        return new RuleOption(t, set, false);
    }

    /** The name recorded in limits files and reports. */
    String name() {
        return text;
    }

    RuleViolations evaluate(ControlChart chart) {
        if (none) {
            return new RuleViolations(chart.name(), List.of(), List.of());
        }
        if (chosen != null && !DISPERSION.contains(chart.name())) {
            return chosen.evaluate(chart);
        }
        return ChartRules.defaults().evaluate(chart);
    }
}
