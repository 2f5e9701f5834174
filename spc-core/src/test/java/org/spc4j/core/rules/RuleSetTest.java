package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;

class RuleSetTest {

    /* --- presets and ids --- */

    @Test
    void presets_listTheirRulesInPublishedOrder() {
        assertThat(RuleSet.westernElectric().ids()).containsExactly("WE1", "WE2", "WE3", "WE4");
        assertThat(RuleSet.nelson().ids()).containsExactly("NELSON1", "NELSON2", "NELSON3", "NELSON4", "NELSON5",
                "NELSON6", "NELSON7", "NELSON8");
        assertThat(RuleSet.nelson(4).ids()).containsExactly("NELSON1", "NELSON2", "NELSON3", "NELSON4");
        assertThat(RuleSet.aiag().ids()).containsExactly("AIAG1", "AIAG2", "AIAG3");
        assertThat(RuleSet.westgard().ids()).containsExactly("1-2s", "1-3s", "2-2s", "R-4s", "4-1s", "10x");
        assertThat(RuleSet.nelson().options()).isEqualTo(RuleOptions.defaults());
    }

    @Test
    void presets_haveTheDesignDefaultCounts() {
        RuleSet n = RuleSet.nelson();
        assertThat(((StandardRule) n.rule("NELSON2")).count()).isEqualTo(9);
        assertThat(((StandardRule) n.rule("NELSON3")).count()).isEqualTo(6);
        assertThat(((StandardRule) n.rule("NELSON4")).count()).isEqualTo(14);
        assertThat(((StandardRule) n.rule("NELSON5")).count()).isEqualTo(2);
        assertThat(((StandardRule) n.rule("NELSON5")).window()).isEqualTo(3);
        assertThat(((StandardRule) n.rule("NELSON5")).zone()).isEqualTo(2.0);
        assertThat(((StandardRule) n.rule("NELSON6")).window()).isEqualTo(5);
        assertThat(((StandardRule) n.rule("NELSON7")).count()).isEqualTo(15);
        assertThat(((StandardRule) n.rule("NELSON8")).count()).isEqualTo(8);
        assertThat(Rules.we4().count()).isEqualTo(8);
        assertThat(Rules.we4().description()).isEqualTo("8 points in a row on one side of the centre line");
        assertThat(Rules.nelson6().description()).isEqualTo("4 of 5 points in a row beyond 1 sigma, same side");
        assertThat(Rules.ids()).hasSize(21).doesNotHaveDuplicates();
        for (String id : Rules.ids()) {
            assertThat(Rules.byId(id).id()).isEqualTo(id);
        }
    }

    @Test
    void withCount_and_withWindow_changeK_keepIdAndPlace() {
        RuleSet set = RuleSet.nelson().withCount("NELSON2", 7).withWindow("NELSON6", 5, 6);
        assertThat(set.ids()).isEqualTo(RuleSet.nelson().ids());
        assertThat(set.rule("NELSON2").description()).isEqualTo("7 points in a row on one side of the centre line");
        assertThat(set.rule("NELSON6").description()).isEqualTo("5 of 6 points in a row beyond 1 sigma, same side");
        double[] seven = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        assertThat(RuleSet.nelson().evaluate(seven, 0, 1).violationsOf("NELSON2")).isEmpty();
        assertThat(set.evaluate(seven, 0, 1).violationsOf("NELSON2")).containsExactly(new Violation("NELSON2", 7, 1));
        assertThat(Rules.nelson5().withZone(2.5).description()).isEqualTo("2 of 3 points in a row beyond 2.5 sigma, same side");
    }

    @Test
    void withRule_replacesSameIdOrAppends_and_without_removes() {
        RuleSet set = RuleSet.westernElectric().withRule(Rules.we4().withCount(7));
        assertThat(set.ids()).containsExactly("WE1", "WE2", "WE3", "WE4");
        assertThat(((StandardRule) set.rule("WE4")).count()).isEqualTo(7);
        set = set.withRule(Rules.nelson3()).without("WE2");
        assertThat(set.ids()).containsExactly("WE1", "WE3", "WE4", "NELSON3");
        assertThat(set.number("NELSON3")).isEqualTo(4);
    }

    @Test
    void options_areImmutable_andSetWideWithEveryEnum() {
        RuleSet base = RuleSet.nelson();
        RuleSet changed = base.with(ZoneComparison.INCLUSIVE).with(CenterLinePolicy.SKIPPED).with(TiePolicy.SKIPPED)
                .with(WindowCompletion.ANY_POINT).with(MixtureSides.EITHER_SIDE).with(StagePolicy.ACROSS_STAGES);
        assertThat(base.options()).isEqualTo(RuleOptions.defaults());
        assertThat(changed.options()).isEqualTo(new RuleOptions(ZoneComparison.INCLUSIVE, CenterLinePolicy.SKIPPED,
                TiePolicy.SKIPPED, WindowCompletion.ANY_POINT, MixtureSides.EITHER_SIDE, StagePolicy.ACROSS_STAGES));
        assertThat(changed.rules()).isEqualTo(base.rules());
        assertThat(changed).isNotEqualTo(base).isEqualTo(changed.withOptions(changed.options()));
        assertThat(changed.toString()).contains("INCLUSIVE");
    }

    /* --- user-defined rule next to built-in ones --- */

    /** A user rule: a point more than 4 sigma away from the previous point (a jump). */
    static final class JumpRule implements Rule {
        @Override
        public String id() {
            return "JUMP4";
        }

        @Override
        public String description() {
            return "1 point more than 4 sigma from the previous point";
        }

        @Override
        public RuleDetector newDetector(RuleOptions options) {
            return new RuleDetector() {
                private double previous = Double.NaN;

                @Override
                public long accept(double x, double center, double sigma) {
                    boolean hit = Math.abs(x - previous) > 4 * sigma;
                    previous = x;
                    return hit ? 2 : 0;
                }

                @Override
                public void reset() {
                    previous = Double.NaN;
                }
            };
        }
    }

    @Test
    void userRule_worksNextToBuiltInRules() {
        RuleSet set = RuleSet.westernElectric().withRule(new JumpRule());
        //                  1    2     3    4    5    6    7    8    9   10    11
        double[] x = {0.5, -2.5, 3.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -3.6};
        RuleViolations v = set.evaluate(x, 0, 1);
        assertThat(v.rules()).containsExactly("WE1", "WE2", "WE3", "WE4", "JUMP4");
        assertThat(v.violations()).containsExactly(
                new Violation("WE1", 3, 3), new Violation("JUMP4", 3, 2),
                new Violation("WE4", 10, 3), new Violation("WE1", 11, 11), new Violation("JUMP4", 11, 10));
        assertThat(v.points()).containsExactly(new FlaggedPoint(3, List.of("WE1", "JUMP4")),
                new FlaggedPoint(10, List.of("WE4")), new FlaggedPoint(11, List.of("WE1", "JUMP4")));
        assertThat(v.points().get(0).lowest()).isEqualTo("WE1");
        assertThat(set.number("JUMP4")).isEqualTo(5);
    }

    @Test
    void userRule_isResetAtStageBoundaries() {
        RuleSet set = RuleSet.of(new JumpRule());
        double[] x = {0, 5, 0, 5};
        assertThat(set.evaluate(x, new double[4], ones(4), List.of("A", "A", "B", "B")).violations())
                .containsExactly(new Violation("JUMP4", 2, 1), new Violation("JUMP4", 4, 3));
        assertThat(set.evaluate(x, new double[4], ones(4), List.of("A", "A", "B", "B")).violations()).hasSize(2);
        assertThat(set.with(StagePolicy.ACROSS_STAGES).evaluate(x, new double[4], ones(4), List.of("A", "A", "B", "B"))
                .violations()).hasSize(3);
    }

    /* --- per-point view --- */

    @Test
    void perPointView_listsAllRulesOfAPoint_lowestNumberedFirst() {
        // 2.5, 2.5: NELSON5 at 2; 3.5: NELSON1 and NELSON5 at 3 (NELSON6 not: 3 of 5);
        // 1.5: NELSON6 at 4 (4 beyond 1 sigma), not NELSON5 (the point itself is within 2 sigma)
        double[] x = {2.5, 2.5, 3.5, 1.5, 0};
        RuleViolations v = RuleSet.nelson().evaluate(x, 0, 1);
        assertThat(v.rulesAt(3)).containsExactly("NELSON1", "NELSON5");
        assertThat(v.rulesAt(4)).containsExactly("NELSON6");
        assertThat(v.rulesAt(5)).isEmpty();
        assertThat(v.points()).extracting(FlaggedPoint::index).containsExactly(2, 3, 4);
        assertThat(v.points()).extracting(FlaggedPoint::lowest).containsExactly("NELSON5", "NELSON1", "NELSON6");
        assertThat(v.indexesOf("NELSON5")).containsExactly(2, 3);
        assertThat(v.violationsOf("NELSON5")).containsExactly(new Violation("NELSON5", 2, 1), new Violation("NELSON5", 3, 1));
        assertThat(v.inControl()).isFalse();
        assertThat(v.toString()).contains("point 3: NELSON1, NELSON5");
        assertThat(RuleSet.nelson().evaluate(new double[] {0.5, -0.5}, 0, 1).inControl()).isTrue();
    }

    @Test
    void lowestNumbered_followsTheOrderOfTheSet() {
        RuleSet reversed = RuleSet.of(Rules.nelson5(), Rules.nelson1());
        assertThat(reversed.evaluate(new double[] {2.5, 3.5}, 0, 1).points().get(0).lowest()).isEqualTo("NELSON5");
    }

    /* --- charts --- */

    @Test
    void evaluateChart_usesTheChartsIndexesLimitsAndStages() {
        double[] values = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 3.5, -0.5, -0.5};
        Subgroups data = Subgroups.individuals(values);
        ChartResult result = ChartSpec.individuals().withKnownMean(0).withKnownSigma(1).chart(data);
        ControlChart chart = result.location();
        RuleViolations v = RuleSet.nelson().evaluate(chart);
        assertThat(v.chart()).isEqualTo("i");
        assertThat(v.violations()).isEqualTo(RuleSet.nelson().evaluate(values, 0, 1).violations());
        assertThat(v.rulesAt(9)).containsExactly("NELSON2");
        assertThat(v.rulesAt(10)).containsExactly("NELSON1", "NELSON2");

        // Phase II: the chart numbers its points after the 12 Phase I points; violations use those indexes.
        ControlLimits limits = ChartSpec.individuals().withKnownMean(0).withKnownSigma(1).fit(data);
        ControlChart phase2 = limits.apply(Subgroups.individuals(0.2, 3.2)).location();
        assertThat(RuleSet.nelson().evaluate(phase2).violations()).containsExactly(new Violation("NELSON1", 14, 14));

        // Stages: a run of 9 split 5 + 4 by a stage boundary is not a run.
        List<String> stages = new ArrayList<>(Collections.nCopies(5, "before"));
        stages.addAll(Collections.nCopies(7, "after"));
        ControlChart staged = ChartSpec.individuals().withKnownMean(0).withKnownSigma(1)
                .chart(data.withStages(stages)).location();
        assertThat(staged.stage(0)).isEqualTo("before");
        assertThat(RuleSet.nelson().evaluate(staged).violationsOf("NELSON2")).isEmpty();
        assertThat(RuleSet.nelson().with(StagePolicy.ACROSS_STAGES).evaluate(staged).violationsOf("NELSON2")).hasSize(2);
    }

    @Test
    void evaluateChart_varyingLimits_zonesPerPoint() {
        // X-bar with unequal subgroup sizes: sigma of the mean differs per point.
        Subgroups data = Subgroups.of(new double[] {10, 12}, new double[] {13.5, 13.5, 13.5, 13.5},
                new double[] {13, 13});
        ControlChart xbar = ChartSpec.xbarS().withKnownMean(10).withKnownSigma(2).chart(data).location();
        // sigma of the mean: 2/sqrt(2) = 1.414 (UCL 14.24), 2/sqrt(4) = 1 (UCL 13), 1.414
        RuleViolations v = RuleSet.nelson(1).evaluate(xbar);
        assertThat(v.violations()).containsExactly(new Violation("NELSON1", 2, 2));
        double[] stat = new double[xbar.size()];
        double[] cl = new double[xbar.size()];
        double[] sd = new double[xbar.size()];
        for (int i = 0; i < stat.length; i++) {
            stat[i] = xbar.statistic(i);
            cl[i] = xbar.center(i);
            sd[i] = xbar.sigmaOfStatistic(i);
        }
        assertThat(RuleSet.nelson().evaluate(stat, cl, sd).violations()).isEqualTo(RuleSet.nelson().evaluate(xbar).violations());
    }

    @Test
    void evaluateChart_zonesAreSigmaMultiples_notTheChartsLimitWidth() {
        ControlChart twoSigma = ChartSpec.individuals().withNsigmas(2).withKnownMean(0).withKnownSigma(1)
                .chart(Subgroups.individuals(0, 2.5, 0)).location();
        assertThat(twoSigma.pointsBeyondLimits()).hasSize(1);
        assertThat(RuleSet.nelson(1).evaluate(twoSigma).inControl()).isTrue();
        assertThat(RuleSet.of(Rules.nelson1().withZone(twoSigma.nsigmas())).evaluate(twoSigma).violations())
                .containsExactly(new Violation("NELSON1", 2, 2));
    }

    @Test
    void chartRules_defaultsPerChartKind() {
        ChartRules d = ChartRules.defaults();
        assertThat(d.forChart("xbar")).isEqualTo(RuleSet.nelson());
        assertThat(d.forChart("i")).isEqualTo(RuleSet.nelson());
        assertThat(d.forChart("ewma")).isEqualTo(RuleSet.nelson());
        for (String c : List.of("r", "s", "mr")) {
            assertThat(d.forChart(c).ids()).as(c).containsExactly("NELSON1");
        }
        for (String c : List.of("p", "np", "c", "u")) {
            assertThat(d.forChart(c).ids()).as(c).containsExactly("NELSON1", "NELSON2", "NELSON3", "NELSON4");
        }
        assertThat(d.with("r", RuleSet.nelson(4)).forChart("r").ids()).hasSize(4);
        assertThat(d.forChart("r").ids()).hasSize(1);
        assertThat(d.withOptions(RuleOptions.defaults().with(ZoneComparison.INCLUSIVE)).forChart("mr").options()
                .comparison()).isEqualTo(ZoneComparison.INCLUSIVE);
    }

    @Test
    void chartRules_evaluateBothChartsOfAResult() {
        // moving ranges 0.2, 0.2, ..., then a jump of 6: MR beyond its UCL; the individuals run of 9 above.
        double[] values = {0.1, 0.3, 0.1, 0.3, 0.1, 0.3, 0.1, 0.3, 0.1, 6.1};
        ChartResult r = ChartSpec.individuals().withKnownMean(0).withKnownSigma(1).chart(Subgroups.individuals(values));
        List<RuleViolations> v = ChartRules.defaults().evaluate(r);
        assertThat(v).extracting(RuleViolations::chart).containsExactly("i", "mr");
        assertThat(v.get(0).rules()).hasSize(8);
        assertThat(v.get(0).rulesAt(10)).containsExactly("NELSON1", "NELSON2");
        assertThat(v.get(1).rules()).containsExactly("NELSON1");
        // the MR chart starts at point 2; its index is the individuals point it ends at
        assertThat(v.get(1).violations()).containsExactly(new Violation("NELSON1", 10, 10));
    }

    static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }
}
