package org.spc4j.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of evaluating a rule set on one chart: every violation, and a per-point view.
 *
 * @param chart name of the evaluated chart ({@code xbar}, {@code r}, ...), empty for plain arrays
 * @param rules ids of the rules evaluated, in rule-set order ("lowest-numbered" means first here)
 * @param violations every violation, ordered by point, then by rule-set order
 * @since 0.1
 */
public record RuleViolations(String chart, List<String> rules, List<Violation> violations) {

    public RuleViolations {
        Objects.requireNonNull(chart, "chart must not be null");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
        Objects.requireNonNull(violations, "violations must not be null");
        violations = violations instanceof ViolationList ? violations : List.copyOf(violations);   // both unmodifiable
    }

    /** True when no point violates any rule. */
    public boolean inControl() {
        return violations.isEmpty();
    }

    /** The points that violate at least one rule, in order, each with all its rules. */
    public List<FlaggedPoint> points() {
        List<FlaggedPoint> points = new ArrayList<>();
        int i = 0;
        while (i < violations.size()) {
            int index = indexAt(i);
            List<String> ids = new ArrayList<>();
            while (i < violations.size() && indexAt(i) == index) {
                ids.add(ruleAt(i));
                i++;
            }
            points.add(new FlaggedPoint(index, ids));
        }
        return points;
    }

    /** Ids of the rules violated by the point with this 1-based index, in rule-set order; empty when none. */
    public List<String> rulesAt(int index) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < violations.size(); i++) {
            if (indexAt(i) == index) {
                ids.add(ruleAt(i));
            }
        }
        return List.copyOf(ids);
    }

    /** The violations of one rule, in point order. */
    public List<Violation> violationsOf(String rule) {
        Objects.requireNonNull(rule, "rule must not be null");
        int r = rules.indexOf(rule);
        if (r < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule '%s' was not evaluated; the rules are %s", rule, rules));
        }
        if (violations instanceof ViolationList compact) {
            return compact.ofRule(r);                  // without a record per violation of every rule
        }
        return violations.stream().filter(v -> v.rule().equals(rule)).toList();
    }

    /** 1-based indexes of the points that violate one rule. */
    public int[] indexesOf(String rule) {
        return violationsOf(rule).stream().mapToInt(Violation::index).toArray();
    }

    /** 1-based point index of violation i (read from the compact list without making the record). */
    private int indexAt(int i) {
        return violations instanceof ViolationList compact ? compact.indexAt(i) : violations.get(i).index();
    }

    /** Rule id of violation i. */
    private String ruleAt(int i) {
        return violations instanceof ViolationList compact ? compact.id(compact.ruleAt(i)) : violations.get(i).rule();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%srules %s: %s%n", chart.isEmpty() ? "" : chart + " chart, ", rules,
                inControl() ? "no violations" : violations.size() + " violations"));
        for (FlaggedPoint p : points()) {
            sb.append(String.format(Locale.ROOT, "  point %d: %s%n", p.index(), String.join(", ", p.rules())));
        }
        return sb.toString();
    }
}
