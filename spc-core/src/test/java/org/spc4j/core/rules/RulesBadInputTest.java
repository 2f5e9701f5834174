package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad parameters and bad points are refused with a message that names the value. */
class RulesBadInputTest {

    /* --- counts, windows and zones --- */

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -3, 0, 1})
    void sideRun_countBelow2_throws(int k) {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardRule.sideRun("RUN", k))
                .withMessageContaining("RUN").withMessageContaining("count must be >= 2").withMessageContaining("was " + k);
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.nelson().withCount("NELSON2", k))
                .withMessageContaining("NELSON2").withMessageContaining("was " + k);
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson7().withCount(k))
                .withMessageContaining("NELSON7").withMessageContaining("was " + k);
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson8().withCount(k))
                .withMessageContaining("NELSON8").withMessageContaining("was " + k);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 2})
    void trendAndAlternation_countBelow3_throw(int k) {
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson3().withCount(k))
                .withMessageContaining("NELSON3").withMessageContaining(">= 3").withMessageContaining("was " + k);
        assertThatIllegalArgumentException().isThrownBy(() -> StandardRule.alternation("ALT", k))
                .withMessageContaining("ALT").withMessageContaining("was " + k);
    }

    @Test
    void window_nonsensicalCountOrWindow_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson5().withWindow(0, 3))
                .withMessageContaining("NELSON5").withMessageContaining("was 0 of 3");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson5().withWindow(4, 3))
                .withMessageContaining("was 4 of 3");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson6().withCount(6))
                .withMessageContaining("was 6 of 5");
        assertThatIllegalArgumentException().isThrownBy(() -> StandardRule.window("W", 2, 65, 1))
                .withMessageContaining("<= 64").withMessageContaining("was 2 of 65");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.nelson().withWindow("NELSON6", -1, -1))
                .withMessageContaining("was -1 of -1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void zone_notFinitePositive_throws(double z) {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardRule.beyond("B", z))
                .withMessageContaining("zone").withMessageContaining("was " + z);
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson5().withZone(z))
                .withMessageContaining("NELSON5").withMessageContaining("was " + z);
        assertThatIllegalArgumentException().isThrownBy(() -> StandardRule.opposite("R", z))
                .withMessageContaining("was " + z);
    }

    @Test
    void parameterThePatternDoesNotHave_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson1().withCount(2))
                .withMessageContaining("NELSON1").withMessageContaining("no count").withMessageContaining("2");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.westgardR4s().withCount(3))
                .withMessageContaining("R-4s");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson2().withWindow(5, 6))
                .withMessageContaining("NELSON2").withMessageContaining("no window").withMessageContaining("5 of 6");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.nelson3().withZone(2))
                .withMessageContaining("NELSON3").withMessageContaining("no zone");
    }

    @Test
    void ruleIds_nullBlankUnknownOrDuplicate_throw() {
        assertThatNullPointerException().isThrownBy(() -> StandardRule.beyond(null, 3)).withMessageContaining("id");
        assertThatIllegalArgumentException().isThrownBy(() -> StandardRule.beyond("  ", 3))
                .withMessageContaining("blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.byId("NELSON9"))
                .withMessageContaining("NELSON9").withMessageContaining("NELSON8");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.of(Rules.nelson1(), Rules.nelson1()))
                .withMessageContaining("'NELSON1' appears twice");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.nelson().withCount("WE4", 7))
                .withMessageContaining("'WE4'").withMessageContaining("NELSON1");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.nelson().without("nope"))
                .withMessageContaining("'nope'");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.nelson().withRule(new RuleSetTest.JumpRule())
                .withCount("JUMP4", 3)).withMessageContaining("JUMP4").withMessageContaining("user-defined");
    }

    /* --- rule sets --- */

    @Test
    void ruleSet_nullsAndSizes_throw() {
        assertThatNullPointerException().isThrownBy(() -> RuleSet.of((Rule[]) null)).withMessageContaining("rules");
        assertThatNullPointerException().isThrownBy(() -> RuleSet.of((List<Rule>) null)).withMessageContaining("rules");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.of(Rules.nelson1(), null))
                .withMessageContaining("rule 2");
        assertThatNullPointerException().isThrownBy(() -> RuleSet.nelson().withRule(null)).withMessageContaining("rule");
        assertThatNullPointerException().isThrownBy(() -> RuleSet.nelson().withOptions(null))
                .withMessageContaining("options");
        assertThatNullPointerException().isThrownBy(() -> RuleSet.nelson().with((ZoneComparison) null))
                .withMessageContaining("comparison");
        List<Rule> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add(StandardRule.beyond("B" + i, 3));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.of(many))
                .withMessageContaining("at most 64").withMessageContaining("given 65");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.nelson(0)).withMessageContaining("was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.nelson(9)).withMessageContaining("was 9");
        assertThatNullPointerException().isThrownBy(() -> new RuleOptions(null, CenterLinePolicy.BREAKS_RUN,
                TiePolicy.BREAKS_RUN, WindowCompletion.POINT_BEYOND_ZONE, MixtureSides.BOTH_SIDES,
                StagePolicy.RESTART_AT_STAGE)).withMessageContaining("comparison");
    }

    @Test
    void chartRules_unknownChartOrNulls_throw() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChartRules.defaults().forChart("cusum"))
                .withMessageContaining("'cusum'").withMessageContaining("xbar");
        assertThatNullPointerException().isThrownBy(() -> ChartRules.defaults().with(null, RuleSet.nelson()))
                .withMessageContaining("chart");
        assertThatNullPointerException().isThrownBy(() -> ChartRules.defaults().with("x", null))
                .withMessageContaining("rules");
        assertThatNullPointerException().isThrownBy(
                () -> ChartRules.defaults().evaluate((org.spc4j.core.control.ChartResult) null))
                .withMessageContaining("result");
        assertThatNullPointerException().isThrownBy(
                () -> RuleSet.nelson().evaluate((org.spc4j.core.control.ControlChart) null))
                .withMessageContaining("chart");
    }

    /* --- points --- */

    @Test
    void evaluator_nonFinitePointOrBadSigma_throwsNamingValueAndPosition() {
        RuleEvaluator ev = RuleSet.nelson().newEvaluator();
        ev.accept(0, 0, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> ev.accept(Double.NaN, 0, 1))
                .withMessage("statistic must be finite, was NaN (position 1)");
        assertThatIllegalArgumentException().isThrownBy(() -> ev.accept(0, Double.POSITIVE_INFINITY, 1))
                .withMessage("center must be finite, was Infinity (position 1)");
        assertThatIllegalArgumentException().isThrownBy(() -> ev.accept(0, 0, 0))
                .withMessage("sigma must be finite and > 0, was 0.0 (position 1)");
        assertThatIllegalArgumentException().isThrownBy(() -> ev.accept(0, 0, -2))
                .withMessageContaining("was -2.0");
        assertThatIllegalArgumentException().isThrownBy(() -> ev.accept(0, 0, Double.NaN))
                .withMessageContaining("was NaN");
        // a refused point is not counted
        ev.accept(0, 0, 1);
        org.assertj.core.api.Assertions.assertThat(ev.position()).isEqualTo(1);
    }

    @Test
    void evaluateArrays_badLengthsOrValues_throw() {
        RuleSet set = RuleSet.nelson();
        assertThatIllegalArgumentException().isThrownBy(
                () -> set.evaluate(new double[3], new double[2], new double[3]))
                .withMessageContaining("lengths 3, 2, 3");
        assertThatIllegalArgumentException().isThrownBy(
                () -> set.evaluate(new double[2], new double[2], new double[] {1, 1}, List.of("A")))
                .withMessageContaining("lengths 2, 2, 2, 1");
        assertThatIllegalArgumentException().isThrownBy(
                () -> set.evaluate(new double[] {0, 1, Double.NaN}, 0, 1))
                .withMessage("point 3: statistic must be finite, was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> set.evaluate(new double[] {0}, 0, -1))
                .withMessage("point 1: sigma must be finite and > 0, was -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> set.evaluate(new double[] {0, 0},
                new double[] {0, Double.NaN}, new double[] {1, 1})).withMessage("point 2: center must be finite, was NaN");
        assertThatNullPointerException().isThrownBy(() -> set.evaluate(null, 0, 1)).withMessageContaining("statistic");
        assertThatNullPointerException().isThrownBy(() -> set.evaluate(new double[1], null, new double[1]))
                .withMessageContaining("center");
    }

    @Test
    void userDetector_reportingAnImpossiblePattern_throwsIllegalState() {
        Rule liar = new Rule() {
            @Override
            public String id() {
                return "LIAR";
            }

            @Override
            public String description() {
                return "claims a 5-point pattern at every point";
            }

            @Override
            public RuleDetector newDetector(RuleOptions options) {
                return new RuleDetector() {
                    @Override
                    public long accept(double statistic, double center, double sigma) {
                        return 5;
                    }

                    @Override
                    public void reset() {
                    }
                };
            }
        };
        assertThatIllegalStateException().isThrownBy(() -> RuleSet.of(liar).evaluate(new double[3], 0, 1))
                .withMessageContaining("LIAR").withMessageContaining("5 points");
        Rule nullDetector = new Rule() {
            @Override
            public String id() {
                return "NULL";
            }

            @Override
            public String description() {
                return "";
            }

            @Override
            public RuleDetector newDetector(RuleOptions options) {
                return null;
            }
        };
        assertThatNullPointerException().isThrownBy(() -> RuleSet.of(nullDetector).newEvaluator())
                .withMessageContaining("NULL");
    }

    @Test
    void violationRecords_validate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Violation("X", 3, 4))
                .withMessageContaining("4 > 3");
        assertThatIllegalArgumentException().isThrownBy(() -> new FlaggedPoint(3, List.of()))
                .withMessageContaining("point 3");
    }
}
