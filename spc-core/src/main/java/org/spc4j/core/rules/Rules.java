package org.spc4j.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The published run rules, by their usual names, with their default counts. Every count can be
 * changed on the returned {@link StandardRule} ({@code Rules.nelson2().withCount(7)},
 * {@code Rules.nelson6().withWindow(5, 6)}); the id stays the same.
 *
 * <p>Zones are \( CL \pm 1\sigma, 2\sigma, 3\sigma \) of the plotted statistic (zone C within
 * 1 sigma, zone B between 1 and 2, zone A between 2 and 3). Default semantics (each a
 * {@link RuleOptions} choice): comparisons are strict, a point on the centre line breaks a run,
 * equal neighbours break a trend or an alternation, a pattern flags the point that completes it
 * and every later point that extends it, and no pattern spans a stage boundary.
 *
 * <table>
 * <caption>Rules</caption>
 * <tr><th>id</th><th>rule (default K)</th><th>source</th></tr>
 * <tr><td>WE1</td><td>1 point beyond 3 sigma</td><td>Western Electric (1956)</td></tr>
 * <tr><td>WE2</td><td>2 of 3 points in a row beyond 2 sigma, same side</td><td>Western Electric</td></tr>
 * <tr><td>WE3</td><td>4 of 5 points in a row beyond 1 sigma, same side</td><td>Western Electric</td></tr>
 * <tr><td>WE4</td><td>8 points in a row on one side of the centre line</td><td>Western Electric</td></tr>
 * <tr><td>NELSON1</td><td>1 point beyond 3 sigma</td><td>Nelson (1984), test 1</td></tr>
 * <tr><td>NELSON2</td><td>9 points in a row on one side of the centre line</td><td>Nelson, test 2</td></tr>
 * <tr><td>NELSON3</td><td>6 points in a row steadily increasing or decreasing</td><td>Nelson, test 3</td></tr>
 * <tr><td>NELSON4</td><td>14 points in a row alternating up and down</td><td>Nelson, test 4</td></tr>
 * <tr><td>NELSON5</td><td>2 of 3 points in a row beyond 2 sigma, same side</td><td>Nelson, test 5</td></tr>
 * <tr><td>NELSON6</td><td>4 of 5 points in a row beyond 1 sigma, same side</td><td>Nelson, test 6</td></tr>
 * <tr><td>NELSON7</td><td>15 points in a row within 1 sigma, either side</td><td>Nelson, test 7</td></tr>
 * <tr><td>NELSON8</td><td>8 points in a row beyond 1 sigma, with points on both sides</td><td>Nelson, test 8</td></tr>
 * <tr><td>AIAG1</td><td>1 point beyond 3 sigma (beyond the control limits)</td><td>AIAG SPC manual</td></tr>
 * <tr><td>AIAG2</td><td>7 points in a row on one side of the centre line</td><td>AIAG SPC manual</td></tr>
 * <tr><td>AIAG3</td><td>7 points in a row steadily increasing or decreasing</td><td>AIAG SPC manual</td></tr>
 * <tr><td>1-2s</td><td>1 point beyond 2 sigma (warning rule)</td><td>Westgard et al. (1981)</td></tr>
 * <tr><td>1-3s</td><td>1 point beyond 3 sigma</td><td>Westgard et al.</td></tr>
 * <tr><td>2-2s</td><td>2 points in a row beyond 2 sigma, same side</td><td>Westgard et al.</td></tr>
 * <tr><td>R-4s</td><td>2 points in a row beyond 2 sigma on opposite sides (range &gt; 4 sigma)</td>
 *     <td>Westgard et al.</td></tr>
 * <tr><td>4-1s</td><td>4 points in a row beyond 1 sigma, same side</td><td>Westgard et al.</td></tr>
 * <tr><td>10x</td><td>10 points in a row on one side of the mean</td><td>Westgard et al.</td></tr>
 * </table>
 *
 * <p>The Westgard rules are read on one Levey-Jennings series (consecutive control values); the
 * "across runs" and "across materials" readings of Westgard et al. need several series and are
 * not provided.
 *
 * <p>References:
 * <ul>
 * <li>Western Electric Company (1956), <i>Statistical Quality Control Handbook</i>, Indianapolis:
 *     Western Electric Co., section I-B (tests for unnatural patterns).</li>
 * <li>Nelson, L. S. (1984), "The Shewhart Control Chart&mdash;Tests for Special Causes",
 *     <i>Journal of Quality Technology</i> 16(4), 237&ndash;239, doi:10.1080/00224065.1984.11978921.</li>
 * <li>Westgard, J. O., Barry, P. L., Hunt, M. R., Groth, T. (1981), "A multi-rule Shewhart chart
 *     for quality control in clinical chemistry", <i>Clinical Chemistry</i> 27(3), 493&ndash;501,
 *     doi:10.1093/clinchem/27.3.493.</li>
 * <li>Automotive Industry Action Group, <i>Statistical Process Control (SPC) Reference Manual</i>,
 *     2nd ed. (2005): points beyond the control limits, runs of 7 on one side, trends of 7.</li>
 * </ul>
 *
 * @see RuleSet
 * @since 0.1
 */
public final class Rules {

    private static final Map<String, Supplier<StandardRule>> BY_ID = new LinkedHashMap<>();

    static {
        BY_ID.put("WE1", Rules::we1);
        BY_ID.put("WE2", Rules::we2);
        BY_ID.put("WE3", Rules::we3);
        BY_ID.put("WE4", Rules::we4);
        BY_ID.put("NELSON1", Rules::nelson1);
        BY_ID.put("NELSON2", Rules::nelson2);
        BY_ID.put("NELSON3", Rules::nelson3);
        BY_ID.put("NELSON4", Rules::nelson4);
        BY_ID.put("NELSON5", Rules::nelson5);
        BY_ID.put("NELSON6", Rules::nelson6);
        BY_ID.put("NELSON7", Rules::nelson7);
        BY_ID.put("NELSON8", Rules::nelson8);
        BY_ID.put("AIAG1", Rules::aiag1);
        BY_ID.put("AIAG2", Rules::aiag2);
        BY_ID.put("AIAG3", Rules::aiag3);
        BY_ID.put("1-2s", Rules::westgard12s);
        BY_ID.put("1-3s", Rules::westgard13s);
        BY_ID.put("2-2s", Rules::westgard22s);
        BY_ID.put("R-4s", Rules::westgardR4s);
        BY_ID.put("4-1s", Rules::westgard41s);
        BY_ID.put("10x", Rules::westgard10x);
    }

    private Rules() {
    }

    /** The ids of all published rules, in the order of the table above. */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /**
     * The published rule with this id (case-sensitive), with its default counts.
     *
     * @throws IllegalArgumentException naming the id and the known ids when there is none
     */
    public static StandardRule byId(String id) {
        Objects.requireNonNull(id, "id must not be null");
        Supplier<StandardRule> rule = BY_ID.get(id);
        if (rule == null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no published rule has id '%s'; known ids are %s", id, BY_ID.keySet()));
        }
        return rule.get();
    }

    /** WE1: 1 point beyond 3 sigma (beyond a control limit). */
    public static StandardRule we1() {
        return StandardRule.beyond("WE1", 3);
    }

    /** WE2: 2 of 3 points in a row beyond 2 sigma (in zone A or beyond), same side. */
    public static StandardRule we2() {
        return StandardRule.window("WE2", 2, 3, 2);
    }

    /** WE3: 4 of 5 points in a row beyond 1 sigma (in zone B or beyond), same side. */
    public static StandardRule we3() {
        return StandardRule.window("WE3", 4, 5, 1);
    }

    /** WE4: 8 points in a row on one side of the centre line. */
    public static StandardRule we4() {
        return StandardRule.sideRun("WE4", 8);
    }

    /** NELSON1: 1 point beyond 3 sigma (beyond zone A). */
    public static StandardRule nelson1() {
        return StandardRule.beyond("NELSON1", 3);
    }

    /** NELSON2: 9 points in a row on one side of the centre line. */
    public static StandardRule nelson2() {
        return StandardRule.sideRun("NELSON2", 9);
    }

    /** NELSON3: 6 points in a row steadily increasing or steadily decreasing. */
    public static StandardRule nelson3() {
        return StandardRule.trend("NELSON3", 6);
    }

    /** NELSON4: 14 points in a row alternating up and down. */
    public static StandardRule nelson4() {
        return StandardRule.alternation("NELSON4", 14);
    }

    /** NELSON5: 2 of 3 points in a row beyond 2 sigma (in zone A or beyond), same side. */
    public static StandardRule nelson5() {
        return StandardRule.window("NELSON5", 2, 3, 2);
    }

    /** NELSON6: 4 of 5 points in a row beyond 1 sigma (in zone B or beyond), same side. */
    public static StandardRule nelson6() {
        return StandardRule.window("NELSON6", 4, 5, 1);
    }

    /** NELSON7: 15 points in a row within 1 sigma (in zone C), either side of the centre line. */
    public static StandardRule nelson7() {
        return StandardRule.stratification("NELSON7", 15, 1);
    }

    /** NELSON8: 8 points in a row beyond 1 sigma (none in zone C), with points on both sides. */
    public static StandardRule nelson8() {
        return StandardRule.mixture("NELSON8", 8, 1);
    }

    /** AIAG1: 1 point beyond the control limits (3 sigma). */
    public static StandardRule aiag1() {
        return StandardRule.beyond("AIAG1", 3);
    }

    /** AIAG2: 7 points in a row on one side of the centre line. */
    public static StandardRule aiag2() {
        return StandardRule.sideRun("AIAG2", 7);
    }

    /** AIAG3: 7 points in a row steadily increasing or decreasing. */
    public static StandardRule aiag3() {
        return StandardRule.trend("AIAG3", 7);
    }

    /** Westgard 1-2s: 1 point beyond 2 sigma; a warning that calls for the other rules to be checked. */
    public static StandardRule westgard12s() {
        return StandardRule.beyond("1-2s", 2);
    }

    /** Westgard 1-3s: 1 point beyond 3 sigma. */
    public static StandardRule westgard13s() {
        return StandardRule.beyond("1-3s", 3);
    }

    /** Westgard 2-2s: 2 points in a row beyond 2 sigma, same side. */
    public static StandardRule westgard22s() {
        return StandardRule.window("2-2s", 2, 2, 2);
    }

    /** Westgard R-4s: 2 points in a row, one beyond +2 sigma and the other beyond -2 sigma. */
    public static StandardRule westgardR4s() {
        return StandardRule.opposite("R-4s", 2);
    }

    /** Westgard 4-1s: 4 points in a row beyond 1 sigma, same side. */
    public static StandardRule westgard41s() {
        return StandardRule.window("4-1s", 4, 4, 1);
    }

    /** Westgard 10x: 10 points in a row on one side of the mean. */
    public static StandardRule westgard10x() {
        return StandardRule.sideRun("10x", 10);
    }
}
