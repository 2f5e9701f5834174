package org.spc4j.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ControlChart;

/**
 * Which rule set applies to which chart, keyed by chart name ({@link ControlChart#name()}).
 * Immutable; {@link #with} returns a new mapping.
 *
 * <p>Defaults (only rules that make sense for the plotted statistic):
 * <ul>
 * <li>{@code xbar}, {@code i}, {@code ewma}: all eight Nelson tests;</li>
 * <li>{@code p}, {@code np}, {@code c}, {@code u} (attribute charts): NELSON1 to NELSON4 (as SAS
 *     and Minitab recommend: the zone tests assume a symmetric, normal statistic);</li>
 * <li>{@code p'}, {@code u'} (Laney), {@code g}, {@code t} (rare events): NELSON1 to NELSON4, like
 *     the attribute charts;</li>
 * <li>{@code r}, {@code s}, {@code mr}: NELSON1 only (the dispersion statistics are skewed and,
 *     for MR, serially correlated, so run and zone tests give false alarms);</li>
 * <li>{@code ma}, {@code cusum+}, {@code cusum-}: NELSON1 only (successive moving averages and
 *     cumulative sums are correlated by construction; for CUSUM, NELSON1 is the signal "sum &gt; h").</li>
 * </ul>
 *
 * <pre>{@code
 * List<RuleViolations> v = ChartRules.defaults().evaluate(ChartSpec.xbarR().chart(data));
 * ChartRules strict = ChartRules.defaults().with("r", RuleSet.nelson(4));
 * }</pre>
 *
 * @since 0.1
 */
public final class ChartRules {

    private static final ChartRules DEFAULTS;

    static {
        Map<String, RuleSet> m = new LinkedHashMap<>();
        RuleSet all = RuleSet.nelson();
        RuleSet first4 = RuleSet.nelson(4);
        RuleSet first = RuleSet.nelson(1);
        for (String name : List.of("xbar", "i", "ewma")) {
            m.put(name, all);
        }
        for (String name : List.of("p", "np", "c", "u", "p'", "u'", "g", "t")) {
            m.put(name, first4);
        }
        for (String name : List.of("r", "s", "mr", "ma", "cusum+", "cusum-")) {
            m.put(name, first);
        }
        DEFAULTS = new ChartRules(m);
    }

    private final Map<String, RuleSet> byChart;

    private ChartRules(Map<String, RuleSet> byChart) {
        this.byChart = Collections.unmodifiableMap(new LinkedHashMap<>(byChart));
    }

    /** The default rule set of every known chart name (see the class description). */
    public static ChartRules defaults() {
        return DEFAULTS;
    }

    /** This mapping with {@code rules} for the chart called {@code chart} (added or replaced). */
    public ChartRules with(String chart, RuleSet rules) {
        Objects.requireNonNull(chart, "chart must not be null");
        Objects.requireNonNull(rules, "rules must not be null");
        Map<String, RuleSet> m = new LinkedHashMap<>(byChart);
        m.put(chart, rules);
        return new ChartRules(m);
    }

    /** This mapping with the same options for every chart's rule set. */
    public ChartRules withOptions(RuleOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        Map<String, RuleSet> m = new LinkedHashMap<>();
        byChart.forEach((k, v) -> m.put(k, v.withOptions(options)));
        return new ChartRules(m);
    }

    /** The chart names with a rule set, in order. */
    public List<String> charts() {
        return List.copyOf(byChart.keySet());
    }

    /**
     * The rule set for the chart called {@code chart}.
     *
     * @throws IllegalArgumentException naming the chart and the known names when there is none
     */
    public RuleSet forChart(String chart) {
        Objects.requireNonNull(chart, "chart must not be null");
        RuleSet rules = byChart.get(chart);
        if (rules == null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no rule set for chart '%s'; charts with rules are %s (add one with ChartRules.with)", chart,
                    byChart.keySet()));
        }
        return rules;
    }

    /** Evaluates one chart with its rule set. */
    public RuleViolations evaluate(ControlChart chart) {
        Objects.requireNonNull(chart, "chart must not be null");
        return forChart(chart.name()).evaluate(chart);
    }

    /** Evaluates both charts of a result (location first), each with its rule set. */
    public List<RuleViolations> evaluate(ChartResult result) {
        Objects.requireNonNull(result, "result must not be null");
        List<RuleViolations> out = new ArrayList<>();
        for (ControlChart c : result.charts()) {
            out.add(evaluate(c));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ChartRules[");
        byChart.forEach((k, v) -> sb.append(sb.length() > 11 ? "; " : "").append(k).append(": ").append(v.ids()));
        return sb.append(']').toString();
    }
}
