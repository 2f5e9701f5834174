package org.spc4j.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.spc4j.core.control.ControlChart;
import org.spc4j.core.internal.ChartAccess;

/**
 * An ordered set of run rules with the conventions they are evaluated under. Immutable and
 * thread-safe; every {@code with*} call returns a new set.
 *
 * <pre>{@code
 * RuleViolations v = RuleSet.nelson().evaluate(result.location());          // all 8 Nelson tests
 * RuleSet mine = RuleSet.westernElectric()
 *         .withCount("WE4", 7)                                             // 7 in a row on one side
 *         .withWindow("WE3", 5, 6)                                         // 5 of 6 beyond 1 sigma
 *         .with(ZoneComparison.INCLUSIVE)                                  // on a line counts as beyond
 *         .withRule(myRule);                                               // a user-defined rule
 * }</pre>
 *
 * <p>The order of the rules is their number: "lowest-numbered" in {@link FlaggedPoint#lowest()}
 * means first in this set, and the presets list their rules in published order. Ids are unique
 * within a set; a set holds at most {@value #MAX_RULES} rules.
 *
 * <p>Semantics (defaults; each is a {@link RuleOptions} choice): zones are \( CL \pm z\sigma \)
 * of the plotted statistic at each point, so they follow limits that vary from point to point;
 * comparisons are strict (a point on a zone line or limit is not beyond it); a point on the
 * centre line breaks a run on one side; equal neighbours break a trend or an alternation; a
 * pattern flags the point that completes it and every later point that extends it; "k of m"
 * rules flag their last point only when it is itself beyond the zone; NELSON8 needs points on
 * both sides; no pattern spans a stage boundary. Trends and alternations compare the plotted
 * values themselves. On charts bounded below (R, S, MR) the zone lines are the unclamped
 * \( CL - z\sigma \), so a statistic at the bound (a zero range) is never beyond a lower zone
 * line that the chart draws at 0. Zones are multiples of sigma whatever width the chart's limits
 * have: on a chart drawn with 2.5-sigma limits NELSON1 still means beyond 3 sigma; to test the
 * drawn limits use {@code withRule(Rules.nelson1().withZone(chart.nsigmas()))}.
 *
 * <p>Evaluation runs a {@link RuleEvaluator} over the points: one pass, O(n), no allocation per
 * point except for the violations found.
 *
 * @see Rules
 * @see ChartRules
 * @since 0.1
 */
public final class RuleSet {

    /** Most rules in one set (the evaluator reports the rules a point violates as bits of a {@code long}). */
    public static final int MAX_RULES = 64;

    private final List<Rule> rules;
    private final RuleOptions options;

    private RuleSet(List<Rule> rules, RuleOptions options) {
        this.rules = rules;
        this.options = options;
    }

    /**
     * The given rules, in this order, with the default options.
     *
     * @throws IllegalArgumentException for a null rule, a duplicate id or more than 64 rules
     */
    public static RuleSet of(Rule... rules) {
        Objects.requireNonNull(rules, "rules must not be null");
        return of(java.util.Arrays.asList(rules));
    }

    /** The given rules, in list order, with the default options. */
    public static RuleSet of(List<? extends Rule> rules) {
        Objects.requireNonNull(rules, "rules must not be null");
        return new RuleSet(check(rules), RuleOptions.defaults());
    }

    /** Western Electric (1956): WE1, WE2, WE3, WE4. */
    public static RuleSet westernElectric() {
        return of(Rules.we1(), Rules.we2(), Rules.we3(), Rules.we4());
    }

    /** Nelson (1984): NELSON1 to NELSON8. */
    public static RuleSet nelson() {
        return of(Rules.nelson1(), Rules.nelson2(), Rules.nelson3(), Rules.nelson4(), Rules.nelson5(),
                Rules.nelson6(), Rules.nelson7(), Rules.nelson8());
    }

    /** The first {@code n} Nelson tests, NELSON1 to NELSON{@code n} (1 &lt;= n &lt;= 8). */
    public static RuleSet nelson(int n) {
        if (n < 1 || n > 8) {
            throw new IllegalArgumentException("number of Nelson tests must be between 1 and 8, was " + n);
        }
        return of(nelson().rules.subList(0, n));
    }

    /** AIAG SPC manual: AIAG1 (beyond the limits), AIAG2 (7 on one side), AIAG3 (trend of 7). */
    public static RuleSet aiag() {
        return of(Rules.aiag1(), Rules.aiag2(), Rules.aiag3());
    }

    /**
     * Westgard et al. (1981) multi-rule for Levey-Jennings charts: 1-2s (warning), 1-3s, 2-2s,
     * R-4s, 4-1s, 10x. Use {@code without("1-2s")} for the rejection rules alone.
     */
    public static RuleSet westgard() {
        return of(Rules.westgard12s(), Rules.westgard13s(), Rules.westgard22s(), Rules.westgardR4s(),
                Rules.westgard41s(), Rules.westgard10x());
    }

    /** The rules, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rule ids, in order. */
    public List<String> ids() {
        return rules.stream().map(Rule::id).toList();
    }

    /** The conventions the rules are evaluated under. */
    public RuleOptions options() {
        return options;
    }

    /** The rule with this id. */
    public Rule rule(String id) {
        return rules.get(indexOf(id));
    }

    /** 1-based number of the rule with this id: its position in the set. */
    public int number(String id) {
        return indexOf(id) + 1;
    }

    /** This set with other options. */
    public RuleSet withOptions(RuleOptions newOptions) {
        return new RuleSet(rules, Objects.requireNonNull(newOptions, "options must not be null"));
    }

    /** This set with another zone comparison. */
    public RuleSet with(ZoneComparison value) {
        return withOptions(options.with(value));
    }

    /** This set with another centre-line policy. */
    public RuleSet with(CenterLinePolicy value) {
        return withOptions(options.with(value));
    }

    /** This set with another tie policy. */
    public RuleSet with(TiePolicy value) {
        return withOptions(options.with(value));
    }

    /** This set with another window completion. */
    public RuleSet with(WindowCompletion value) {
        return withOptions(options.with(value));
    }

    /** This set with another mixture-sides choice. */
    public RuleSet with(MixtureSides value) {
        return withOptions(options.with(value));
    }

    /** This set with another stage policy. */
    public RuleSet with(StagePolicy value) {
        return withOptions(options.with(value));
    }

    /** This set with {@code rule} in place of the rule with the same id, or appended when there is none. */
    public RuleSet withRule(Rule rule) {
        Objects.requireNonNull(rule, "rule must not be null");
        List<Rule> list = new ArrayList<>(rules);
        int at = ids().indexOf(rule.id());
        if (at >= 0) {
            list.set(at, rule);
        } else {
            list.add(rule);
        }
        return new RuleSet(check(list), options);
    }

    /** This set without the rule with this id. */
    public RuleSet without(String id) {
        List<Rule> list = new ArrayList<>(rules);
        list.remove(indexOf(id));
        return new RuleSet(List.copyOf(list), options);
    }

    /**
     * This set with another count K for the standard rule {@code id}: for example
     * {@code withCount("NELSON2", 7)} for 7 in a row on one side. See {@link StandardRule#withCount}.
     */
    public RuleSet withCount(String id, int count) {
        return withRule(standard(id).withCount(count));
    }

    /** This set with "count of window" points for the standard rule {@code id}, for example {@code withWindow("NELSON6", 5, 6)}. */
    public RuleSet withWindow(String id, int count, int window) {
        return withRule(standard(id).withWindow(count, window));
    }

    /** A new state machine for these rules, to be fed one point at a time. */
    public RuleEvaluator newEvaluator() {
        return new RuleEvaluator(this);
    }

    /**
     * Evaluates the rules on every point of a chart, stage by stage. Indexes in the result are the
     * chart's own 1-based point indexes.
     */
    public RuleViolations evaluate(ControlChart chart) {
        Objects.requireNonNull(chart, "chart must not be null");
        RuleEvaluator ev = newEvaluator();
        List<String> ids = ids();
        ViolationList.Builder out = new ViolationList.Builder(ids);
        RuleEvaluator.HitSink sink = (r, position, first) ->
                out.add(r, chart.index((int) position), chart.index((int) first));
        // A stored statistic is read in place; one computed on access (moving ranges) is copied a
        // chunk at a time, leaving slot 0 free: the evaluator's SIMD path reads one value before a block.
        double[] stored = ChartAccess.storedStatistics(chart);
        double[] chunk = stored != null ? null : new double[1 + Math.min(CHUNK, chart.size())];
        for (int i = 0; i < chart.size(); ) {
            int end = chart.sameLimitsUntil(i);
            double center = chart.center(i);
            double sigma = chart.sigmaOfStatistic(i);
            ev.enterStage(chart.stage(i));
            if (stored != null) {
                ev.acceptRun(stored, i, end, center, sigma, sink);
            } else {
                for (; i < end; i += CHUNK) {
                    int length = Math.min(CHUNK, end - i);
                    chart.copyStatistics(i, chunk, 1, length);
                    ev.acceptRun(chunk, 1, 1 + length, center, sigma, sink);
                }
            }
            i = end;
        }
        return new RuleViolations(chart.name(), ids, out.build());
    }

    /** Points copied from a chart at a time (a multiple of the evaluator's 64-point blocks). */
    private static final int CHUNK = 4096;

    /** Evaluates the rules on values with constant limits, for example in sigma units ({@code center 0, sigma 1}); points numbered from 1. */
    public RuleViolations evaluate(double[] statistic, double center, double sigma) {
        Objects.requireNonNull(statistic, "statistic must not be null");
        RuleEvaluator ev = newEvaluator();
        List<String> ids = ids();
        ViolationList.Builder out = new ViolationList.Builder(ids);
        try {
            ev.acceptRun(statistic, 0, statistic.length, center, sigma, sink(out));
        } catch (IllegalArgumentException e) {
            int i = (int) ev.position() + 1;
            throw badPoint(i, statistic[i], center, sigma, e);
        }
        return new RuleViolations("", ids, out.build());
    }

    /** Evaluates the rules on values with a centre and sigma per point (no stages); points numbered from 1. */
    public RuleViolations evaluate(double[] statistic, double[] center, double[] sigma) {
        return evaluate(statistic, center, sigma, null);
    }

    /**
     * Evaluates the rules on values with a centre, sigma and stage name per point; points numbered
     * from 1. A stage starts wherever the name differs from the previous point's.
     *
     * @param stages stage name per point, or null when there are no stages
     * @throws IllegalArgumentException when the arrays differ in length, or for a non-finite value
     *         or a sigma not &gt; 0 (naming the value and its 1-based index)
     */
    public RuleViolations evaluate(double[] statistic, double[] center, double[] sigma, List<String> stages) {
        Objects.requireNonNull(statistic, "statistic must not be null");
        Objects.requireNonNull(center, "center must not be null");
        Objects.requireNonNull(sigma, "sigma must not be null");
        int n = statistic.length;
        if (center.length != n || sigma.length != n || (stages != null && stages.size() != n)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "statistic, center, sigma and stages must have one entry per point: lengths %d, %d, %d, %s",
                    n, center.length, sigma.length, stages == null ? "none" : Integer.toString(stages.size())));
        }
        RuleEvaluator ev = newEvaluator();
        List<String> ids = ids();
        ViolationList.Builder out = new ViolationList.Builder(ids);
        RuleEvaluator.HitSink sink = sink(out);
        int i = 0;
        try {
            while (i < n) {
                String stage = stages == null ? null : stages.get(i);
                int end = i + 1;
                while (end < n && center[end] == center[i] && sigma[end] == sigma[i]
                        && (stages == null || Objects.equals(stages.get(end), stage))) {
                    end++;
                }
                ev.enterStage(stage);
                ev.acceptRun(statistic, i, end, center[i], sigma[i], sink);
                i = end;
            }
        } catch (IllegalArgumentException e) {
            i = (int) ev.position() + 1;
            throw badPoint(i, statistic[i], center[i], sigma[i], e);
        }
        return new RuleViolations("", ids, out.build());
    }

    /** Collects violations of points numbered by position + 1. */
    private static RuleEvaluator.HitSink sink(ViolationList.Builder out) {
        return (r, position, first) -> out.add(r, (int) position + 1, (int) first + 1);
    }

    private static IllegalArgumentException badPoint(int i, double statistic, double center, double sigma,
                                                     IllegalArgumentException cause) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "point %d: %s", i + 1,
                RuleEvaluator.problem(statistic, center, sigma)), cause);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RuleSet[");
        for (int r = 0; r < rules.size(); r++) {
            sb.append(r == 0 ? "" : "; ").append(rules.get(r).id()).append(": ").append(rules.get(r).description());
        }
        if (!options.equals(RuleOptions.defaults())) {
            sb.append("; ").append(options);
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSet && ((RuleSet) o).rules.equals(rules) && ((RuleSet) o).options.equals(options);
    }

    @Override
    public int hashCode() {
        return 31 * rules.hashCode() + options.hashCode();
    }

    private int indexOf(String id) {
        Objects.requireNonNull(id, "id must not be null");
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "no rule '%s' in this set; its rules are %s",
                id, ids()));
    }

    private StandardRule standard(String id) {
        Rule rule = rule(id);
        if (!(rule instanceof StandardRule)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule '%s' is user-defined (%s): set its counts where it is made", id, rule.getClass().getName()));
        }
        return (StandardRule) rule;
    }

    private static List<Rule> check(List<? extends Rule> rules) {
        if (rules.size() > MAX_RULES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a rule set holds at most %d rules, was given %d", MAX_RULES, rules.size()));
        }
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (rule == null) {
                throw new IllegalArgumentException("rule " + (r + 1) + " of the set is null");
            }
            String id = Objects.requireNonNull(rule.id(), () -> "rule " + rule.getClass().getName() + " has a null id");
            if (!seen.add(id)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "rule id '%s' appears twice in the set; ids must be unique", id));
            }
        }
        return List.copyOf(rules);
    }
}
