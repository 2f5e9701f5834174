package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.Subgroups;

/**
 * The batch paths take whole blocks of 64 points at once ({@code RuleEvaluator.acceptRun}, bit
 * parallel). These properties pin that path to the point-by-point state machine, which
 * {@link RulesPropertiesTest} pins to the brute-force checker: on long series (several blocks,
 * few stage changes) whose values fall on zone lines, on the centre line and on their
 * neighbours' values, for every built-in pattern with counts up to the 64-point limit of a
 * block, under every combination of options. Besides the flags, the evaluator's whole saved state
 * after each block must be byte for byte what 64 single calls leave.
 */
class BlockPathTest {

    private static final int EXAMPLES = 400;

    /** A long series in sigma units: codes choose the value; a new stage starts rarely. */
    record Long64(double[] x, double center, double sigma, String[] stages, int mode) {

        static Long64 of(List<Integer> codes, int mode) {
            int n = codes.size();
            double[] x = new double[n];
            String[] st = new String[n];
            Random random = new Random(n * 31L + mode);
            double center = mode % 2 == 0 ? 0.0 : 74.0;
            double sigma = mode % 3 == 0 ? 1.0 : 0.01;
            int walk = 0;
            int stage = 0;
            for (int i = 0; i < n; i++) {
                int code = codes.get(i);
                double u;
                switch (mode) {
                    case 0, 1 -> u = (code % 17 - 8) / 2.0;                     // on the lines often
                    case 2 -> u = random.nextGaussian();                         // in control
                    case 3 -> {
                        walk = Math.max(-8, Math.min(8, walk + code % 4 - 1));  // trends and ties
                        u = walk / 2.0;
                    }
                    case 4 -> u = (i % 2 == 0 ? 1 : -1) * (code % 8) / 2.0;      // alternation
                    case 5 -> u = (code % 7 - 3) / 2.0;                          // within 1.5 sigma
                    default -> u = ((code / 5) % 4 == 0 ? -1 : 1) * (2 + code % 5) / 2.0;   // beyond 1 sigma
                }
                x[i] = center + u * sigma;
                if (i > 0 && code % 97 == 0) {
                    stage++;
                }
                st[i] = "S" + stage;
            }
            return new Long64(x, center, sigma, st, mode);
        }

        double[] centers() {
            double[] c = new double[x.length];
            Arrays.fill(c, center);
            return c;
        }

        double[] sigmas() {
            double[] s = new double[x.length];
            Arrays.fill(s, sigma);
            return s;
        }

        @Override
        public String toString() {
            return "mode " + mode + ", " + x.length + " points: " + Arrays.toString(x);
        }
    }

    static Gen<Long64> longSeries() {
        return lists().of(integers().between(0, 999)).ofSizeBetween(0, 700)
                .zip(integers().between(0, 6), Long64::of).describedAs(Long64::toString);
    }

    /** Built-in rules at zones 1, 2, 3 (the block path's) with counts up to its limits. */
    static Gen<StandardRule> blockRules() {
        Gen<Integer> kinds = integers().between(0, 7);
        Gen<Integer> a = integers().between(1, 64);
        Gen<Integer> b = integers().between(0, 62);
        Gen<Double> zone = integers().between(1, 3).map(Integer::doubleValue);
        return kinds.zip(a, b, zone, (kind, k, m, z) -> switch (kind) {
            case 0 -> StandardRule.beyond("R", z);
            case 1 -> StandardRule.window("R", 1 + (k - 1) % (1 + m), 1 + m, z);   // k of m, m up to 63
            case 2 -> StandardRule.sideRun("R", Math.max(2, k % 16 == 0 ? k : k % 16));
            case 3 -> StandardRule.trend("R", k % 4 == 0 ? Math.max(3, k) : 3 + k % 8);
            case 4 -> StandardRule.alternation("R", 3 + (k % 4 == 0 ? k : k % 16));
            case 5 -> StandardRule.stratification("R", Math.max(2, k % 4 == 0 ? k : k % 20), z);
            case 6 -> StandardRule.mixture("R", Math.max(2, k % 10), z);
            default -> StandardRule.opposite("R", z);
        });
    }

    /** Every published rule plus one random one; random options. */
    @Test
    void batch_equalsPointByPoint_andSavedStateAfterEveryBlock() {
        AtomicLong flags = new AtomicLong();
        qt().withExamples(EXAMPLES).forAll(longSeries(), blockRules(), RulesPropertiesTest.options())
                .checkAssert((s, extra, o) -> {
                    List<Rule> rules = new ArrayList<>(Rules.ids().stream().map(Rules::byId).toList());
                    rules.add(extra);
                    RuleSet set = RuleSet.of(rules).withOptions(o);
                    List<Violation> expected = pointByPoint(set, s, true);
                    RuleViolations batch = set.evaluate(s.x(), s.centers(), s.sigmas(), Arrays.asList(s.stages()));
                    assertThat(batch.violations()).isEqualTo(expected);
                    flags.addAndGet(expected.size());
                });
        assertThat(flags.get()).as("violations over all examples").isGreaterThan(EXAMPLES * 20L);
    }

    /** One random rule alone (so the block gate sees only its own kind), against brute force too. */
    @Test
    void singleRule_equalsPointByPointAndBruteForce() {
        qt().withExamples(EXAMPLES).forAll(longSeries(), blockRules(), RulesPropertiesTest.options())
                .checkAssert((s, rule, o) -> {
                    RuleSet set = RuleSet.of(rule).withOptions(o);
                    RuleViolations batch = set.evaluate(s.x(), s.centers(), s.sigmas(), Arrays.asList(s.stages()));
                    assertThat(batch.violations()).as("%s", rule).isEqualTo(pointByPoint(set, s, false));
                    List<String> brute = BruteForceRules.flags(rule, o, s.x(), s.centers(), s.sigmas(), s.stages())
                            .stream().map(f -> (f.position() + 1) + ":" + (f.first() + 1)).toList();
                    assertThat(ConformanceTest.flags(batch.violations(), "R")).as("%s", rule).isEqualTo(brute);
                });
    }

    /** Constant limits, no stages: {@code evaluate(double[], double, double)}. */
    @Test
    void constantLimitsPath_equalsPointByPoint() {
        qt().withExamples(EXAMPLES).forAll(longSeries(), RulesPropertiesTest.options()).checkAssert((s, o) -> {
            RuleSet set = RuleSet.nelson().withOptions(o);
            Long64 oneStage = new Long64(s.x(), s.center(), s.sigma(), new String[s.x().length], s.mode());
            Arrays.fill(oneStage.stages(), "");
            assertThat(set.evaluate(s.x(), s.center(), s.sigma()).violations())
                    .isEqualTo(pointByPoint(set, oneStage, false));
        });
    }

    /**
     * The chart path: per-point limits and stages of a real chart, against single calls; on the
     * I chart (stored statistics) and on the MR charts (moving ranges computed when read).
     */
    @Test
    void chartPath_equalsPointByPoint() {
        Random random = new Random(7);
        double[] x = new double[5000];
        List<String> stages = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + random.nextGaussian() + (i > 3000 ? 0.8 : 0);   // a shift the rules find
            stages.add(i < 1700 ? "before" : "after");
        }
        var staged = ChartSpec.individuals().chart(Subgroups.individuals(x).withStages(stages));
        var oneStage = ChartSpec.individuals().chart(Subgroups.individuals(x));
        for (ControlChart chart : List.of(staged.location(), staged.dispersion(), oneStage.location(),
                oneStage.dispersion())) {
            RuleSet set = RuleSet.nelson();
            RuleEvaluator ev = set.newEvaluator();
            List<Violation> expected = new ArrayList<>();
            for (int i = 0; i < chart.size(); i++) {
                long hits = ev.accept(chart.statistic(i), chart.center(i), chart.sigmaOfStatistic(i), chart.stage(i));
                for (long h = hits; h != 0; h &= h - 1) {
                    int r = Long.numberOfTrailingZeros(h);
                    expected.add(new Violation(set.ids().get(r), chart.index(i), chart.index((int) ev.patternStart(r))));
                }
            }
            RuleViolations got = set.evaluate(chart);
            assertThat(got.violations()).as(chart.name()).isEqualTo(expected);
            assertThat(got.violations()).as(chart.name()).hasSizeGreaterThan(20);
        }
    }

    /**
     * The two classifiers of the block path, SIMD ({@code SimdBlocks}, on in the test JVM) and point
     * by point, fed the same runs: the same violations and the same saved state after every run.
     */
    @Test
    void simdAndScalarBlocks_agree() {
        assertThat(RuleEvaluator.SIMD).isTrue();
        qt().withExamples(EXAMPLES).forAll(longSeries(), blockRules(), RulesPropertiesTest.options())
                .checkAssert((s, extra, o) -> {
                    List<Rule> rules = new ArrayList<>(Rules.ids().stream().map(Rules::byId).toList());
                    rules.add(extra);
                    RuleSet set = RuleSet.of(rules).withOptions(o);
                    RuleEvaluator simd = new RuleEvaluator(set, true);
                    RuleEvaluator scalar = new RuleEvaluator(set, false);
                    List<long[]> fromSimd = new ArrayList<>();
                    List<long[]> fromScalar = new ArrayList<>();
                    int i = 0;
                    boolean split = s.x().length % 2 == 0;   // runs cut at 300 points, or whole stages (up to 700: more than the 8 blocks classified ahead)
                    while (i < s.x().length) {
                        int end = i + 1;
                        while (end < s.x().length && s.stages()[end].equals(s.stages()[i]) && (!split || end - i < 300)) {
                            end++;
                        }
                        simd.enterStage(s.stages()[i]);
                        scalar.enterStage(s.stages()[i]);
                        simd.acceptRun(s.x(), i, end, s.center(), s.sigma(), (r, p, f) -> fromSimd.add(new long[] {r, p, f}));
                        scalar.acceptRun(s.x(), i, end, s.center(), s.sigma(), (r, p, f) -> fromScalar.add(new long[] {r, p, f}));
                        assertThat(simd.saveState()).isEqualTo(scalar.saveState());
                        i = end;
                    }
                    assertThat(fromSimd).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(fromScalar);
                });
    }

    /** Blocks and single points mixed on one evaluator give the single-point results and state. */
    @Test
    void runsAndSinglePointsMixed_equalSinglePoints() {
        qt().withExamples(200).forAll(longSeries(), integers().between(1, 200)).checkAssert((s, seed) -> {
            RuleSet set = RuleSet.nelson();
            RuleEvaluator mixed = set.newEvaluator();
            RuleEvaluator single = set.newEvaluator();
            Random random = new Random(seed);
            List<long[]> fromMixed = new ArrayList<>();
            List<long[]> fromSingle = new ArrayList<>();
            int i = 0;
            while (i < s.x().length) {
                int end = Math.min(s.x().length, i + (random.nextBoolean() ? random.nextInt(3) : random.nextInt(200)));
                end = Math.max(end, i + 1);
                mixed.acceptRun(s.x(), i, end, s.center(), s.sigma(), (r, p, f) -> fromMixed.add(new long[] {r, p, f}));
                for (int k = i; k < end; k++) {
                    for (long h = single.accept(s.x()[k], s.center(), s.sigma()); h != 0; h &= h - 1) {
                        int r = Long.numberOfTrailingZeros(h);
                        fromSingle.add(new long[] {r, single.position(), single.patternStart(r)});
                    }
                }
                assertThat(mixed.saveState()).isEqualTo(single.saveState());
                i = end;
            }
            assertThat(fromMixed).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(fromSingle);
        });
    }

    /**
     * Runs taken from separate arrays, each with another value just before its first point (as the
     * chart path's chunk buffers have): the first point's step is from the previous point taken,
     * not from the value before it in its array; the results and the state are those of single calls.
     */
    @Test
    void runsFromSeparateArrays_stepFromThePreviousPoint() {
        double[] garbage = {Double.NaN, Double.POSITIVE_INFINITY, -1e300, 1e300, 0.0, -0.0};
        qt().withExamples(200).forAll(longSeries(), integers().between(1, 1000)).checkAssert((s, seed) -> {
            RuleSet set = RuleSet.nelson();
            RuleEvaluator byArrays = set.newEvaluator();
            RuleEvaluator single = set.newEvaluator();
            Random random = new Random(seed);
            List<long[]> fromArrays = new ArrayList<>();
            List<long[]> fromSingle = new ArrayList<>();
            int i = 0;
            while (i < s.x().length) {
                int end = Math.min(s.x().length, i + 1 + random.nextInt(random.nextBoolean() ? 80 : 700));
                double[] piece = new double[1 + end - i];
                piece[0] = garbage[random.nextInt(garbage.length)];
                System.arraycopy(s.x(), i, piece, 1, end - i);
                byArrays.acceptRun(piece, 1, piece.length, s.center(), s.sigma(),
                        (r, p, f) -> fromArrays.add(new long[] {r, p, f}));
                for (int k = i; k < end; k++) {
                    for (long h = single.accept(s.x()[k], s.center(), s.sigma()); h != 0; h &= h - 1) {
                        int r = Long.numberOfTrailingZeros(h);
                        fromSingle.add(new long[] {r, single.position(), single.patternStart(r)});
                    }
                }
                assertThat(byArrays.saveState()).isEqualTo(single.saveState());
                i = end;
            }
            assertThat(fromArrays).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(fromSingle);
        });
    }

    /** A value that is not finite inside a block: the message names it and its index, as before. */
    @Test
    void nonFiniteValueInsideABlock_isNamedWithItsIndex() {
        double[] x = new double[300];
        x[170] = Double.NaN;
        assertThatThrownBy(() -> RuleSet.nelson().evaluate(x, 0.0, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("point 171").hasMessageContaining("NaN");
        double[] c = new double[300];
        double[] sd = new double[300];
        Arrays.fill(sd, 1.0);
        sd[250] = 0.0;
        x[170] = 0.0;
        assertThatThrownBy(() -> RuleSet.nelson().evaluate(x, c, sd))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("point 251").hasMessageContaining("sigma");
    }

    /**
     * The single-call reference: accept per point, stage by stage; with {@code checkState}, the
     * saved state after every 64th point also equals that of an evaluator fed by runs.
     */
    private static List<Violation> pointByPoint(RuleSet set, Long64 s, boolean checkState) {
        RuleEvaluator ev = set.newEvaluator();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < s.x().length; i++) {
            long hits = ev.accept(s.x()[i], s.center(), s.sigma(), s.stages()[i]);
            for (long h = hits; h != 0; h &= h - 1) {
                int r = Long.numberOfTrailingZeros(h);
                out.add(new Violation(set.ids().get(r), i + 1, (int) ev.patternStart(r) + 1));
            }
        }
        if (checkState && s.x().length > 0 && set.rules().stream().allMatch(r -> r instanceof StandardRule)) {
            RuleEvaluator byRuns = set.newEvaluator();
            int i = 0;
            while (i < s.x().length) {
                int end = i + 1;
                while (end < s.x().length && s.stages()[end].equals(s.stages()[i])) {
                    end++;
                }
                byRuns.enterStage(s.stages()[i]);
                byRuns.acceptRun(s.x(), i, end, s.center(), s.sigma(), (r, p, f) -> { });
                i = end;
            }
            assertThat(byRuns.saveState()).isEqualTo(ev.saveState());
        }
        return out;
    }
}
