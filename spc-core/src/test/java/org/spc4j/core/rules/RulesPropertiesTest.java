package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Property tests: on many random series (grid values that hit zone lines, the centre line and
 * ties often; varying limits; stages), with random options and several K values, the engine
 * flags exactly the points the brute-force checker flags, with the same first points, for every
 * built-in pattern.
 */
class RulesPropertiesTest {

    private static final int EXAMPLES = 600;
    private static final double[] ZONES = {0.5, 1, 1.5, 2, 3};

    /* --- generators --- */

    static Gen<Series> series(int maxSize) {
        return lists().of(integers().between(0, Series.CODES - 1)).ofSizeBetween(0, maxSize)
                .zip(integers().between(0, Series.MODES - 1), Series::of).describedAs(Series::toString);
    }

    static Gen<RuleOptions> options() {
        return integers().between(0, 63).map(b -> RuleOptions.defaults()
                .with(ZoneComparison.values()[b & 1])
                .with(CenterLinePolicy.values()[(b >> 1) & 1])
                .with(TiePolicy.values()[(b >> 2) & 1])
                .with(WindowCompletion.values()[(b >> 3) & 1])
                .with(MixtureSides.values()[(b >> 4) & 1])
                .with(StagePolicy.values()[(b >> 5) & 1]));
    }

    static Gen<Double> zones(int from, int to) {
        return integers().between(from, to).map(i -> ZONES[i]);
    }

    /* --- the properties --- */

    @Test
    void beyond_agreesWithBruteForce() {
        check(zones(0, 4).map(z -> StandardRule.beyond("B", z)));
    }

    @Test
    void window_kOfM_agreesWithBruteForce() {
        Gen<int[]> km = integers().between(1, 6).zip(integers().between(0, 4), (k, extra) -> new int[] {k, k + extra});
        check(km.zip(zones(1, 4), (a, z) -> StandardRule.window("W", a[0], a[1], z)));
    }

    @Test
    void window_longWindows_agreeWithBruteForce() {
        Gen<int[]> km = integers().between(40, 64).zip(integers().between(1, 30), (m, k) -> new int[] {k, m});
        check(km.zip(zones(0, 2), (a, z) -> StandardRule.window("W", a[0], a[1], z)));
    }

    @Test
    void sideRun_agreesWithBruteForce() {
        check(integers().between(2, 12).map(k -> StandardRule.sideRun("S", k)));
    }

    @Test
    void trend_agreesWithBruteForce() {
        check(integers().between(3, 8).map(k -> StandardRule.trend("T", k)));
    }

    @Test
    void alternation_agreesWithBruteForce() {
        check(integers().between(3, 16).map(k -> StandardRule.alternation("A", k)));
    }

    @Test
    void stratification_agreesWithBruteForce() {
        check(integers().between(2, 15).zip(zones(1, 3), (k, z) -> StandardRule.stratification("C", k, z)));
    }

    @Test
    void mixture_agreesWithBruteForce() {
        check(integers().between(2, 10).zip(zones(0, 3), (k, z) -> StandardRule.mixture("M", k, z)));
    }

    @Test
    void opposite_agreesWithBruteForce() {
        check(zones(1, 4).map(z -> StandardRule.opposite("R", z)));
    }

    /** All 21 published rules in one set, with shared zones: each rule still agrees with the checker. */
    @Test
    void allPublishedRulesTogether_agreeWithBruteForce() {
        List<StandardRule> rules = Rules.ids().stream().map(Rules::byId).toList();
        qt().withExamples(EXAMPLES).forAll(series(160), options()).checkAssert((s, o) -> {
            RuleViolations v = RuleSet.of(rules).withOptions(o).evaluate(s.x, s.center, s.sigma, s.stageList());
            for (StandardRule r : rules) {
                assertThat(engineFlags(v, r.id())).as(r.id()).isEqualTo(bruteFlags(r, o, s));
            }
        });
    }

    /**
     * Extreme but finite values (huge, tiny, signed zeros, differences that overflow): the
     * engine's sign-bit comparisons agree with plain comparisons in the checker.
     */
    @Test
    void extremeFiniteValues_agreeWithBruteForce() {
        double[] pool = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, -1e-300, 1, -1, 2, 3,
            1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, 0.5, -2.5};
        double[] sigmas = {Double.MIN_VALUE, 1e-300, 1, 1e300, Double.MAX_VALUE};
        List<StandardRule> rules = Rules.ids().stream().map(Rules::byId).toList();
        Gen<int[]> codes = lists().of(integers().between(0, pool.length * pool.length * sigmas.length - 1))
                .ofSizeBetween(0, 60).map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        qt().withExamples(EXAMPLES).forAll(codes, options()).checkAssert((code, o) -> {
            int n = code.length;
            double[] x = new double[n];
            double[] c = new double[n];
            double[] sd = new double[n];
            String[] st = new String[n];
            for (int i = 0; i < n; i++) {
                x[i] = pool[code[i] % pool.length];
                c[i] = pool[(code[i] / pool.length) % pool.length];
                sd[i] = sigmas[code[i] / (pool.length * pool.length)];
                st[i] = "S";
            }
            RuleViolations v = RuleSet.of(rules).withOptions(o).evaluate(x, c, sd);
            for (StandardRule r : rules) {
                List<String> expected = BruteForceRules.flags(r, o, x, c, sd, st).stream()
                        .map(f -> (f.position() + 1) + ":" + (f.first() + 1)).toList();
                assertThat(engineFlags(v, r.id())).as(r.id()).isEqualTo(expected);
            }
        });
    }

    /** An online evaluator fed point by point, with explicit stage starts, gives the batch result. */
    @Test
    void pointByPoint_equalsBatch() {
        RuleSet all = RuleSet.of(Rules.ids().stream().map(Rules::byId).toList());
        qt().withExamples(EXAMPLES).forAll(series(160), options()).checkAssert((s, o) -> {
            RuleSet set = all.withOptions(o);
            RuleViolations batch = set.evaluate(s.x, s.center, s.sigma, s.stageList());
            RuleEvaluator ev = set.newEvaluator();
            List<Violation> online = new ArrayList<>();
            for (int i = 0; i < s.x.length; i++) {
                if (i > 0 && !s.stages[i].equals(s.stages[i - 1])) {
                    ev.startStage();
                }
                long hits = ev.accept(s.x[i], s.center[i], s.sigma[i]);
                assertThat(ev.position()).isEqualTo(i);
                for (int r = 0; r < set.rules().size(); r++) {
                    assertThat(ev.violated(r)).isEqualTo((hits >>> r & 1) == 1);
                    if (ev.violated(r)) {
                        online.add(new Violation(set.rules().get(r).id(), i + 1, (int) ev.patternStart(r) + 1));
                    } else {
                        assertThat(ev.patternStart(r)).isEqualTo(-1);
                    }
                }
            }
            assertThat(online).isEqualTo(batch.violations());
        });
    }

    /** A built-in rule run through the user-rule interface (its own detector) gives the fused result. */
    @Test
    void detectorPath_equalsFusedPath() {
        List<StandardRule> rules = Rules.ids().stream().map(Rules::byId).toList();
        List<Rule> wrapped = rules.stream().map(RulesPropertiesTest::asUserRule).toList();
        qt().withExamples(300).forAll(series(120), options()).checkAssert((s, o) -> {
            RuleViolations fused = RuleSet.of(rules).withOptions(o).evaluate(s.x, s.center, s.sigma, s.stageList());
            RuleViolations viaDetectors = RuleSet.of(wrapped).withOptions(o)
                    .evaluate(s.x, s.center, s.sigma, s.stageList());
            assertThat(viaDetectors.violations()).isEqualTo(fused.violations());
        });
    }

    /* --- helpers --- */

    /**
     * Engine == brute force on random series, rules and options; and the generators must make the
     * pattern fire often, or the agreement proves little.
     */
    private static void check(Gen<StandardRule> rules) {
        AtomicLong flags = new AtomicLong();
        AtomicLong examples = new AtomicLong();
        qt().withExamples(EXAMPLES).forAll(series(150), rules, options()).checkAssert((s, rule, o) -> {
            RuleViolations v = RuleSet.of(rule).withOptions(o).evaluate(s.x, s.center, s.sigma, s.stageList());
            List<String> expected = bruteFlags(rule, o, s);
            assertThat(engineFlags(v, rule.id())).as("%s with %s", rule, o).isEqualTo(expected);
            flags.addAndGet(expected.size());
            examples.incrementAndGet();
        });
        assertThat(examples.get()).isGreaterThan(EXAMPLES / 2);
        assertThat(flags.get()).as("points flagged over all examples").isGreaterThan(EXAMPLES);
    }

    private static List<String> engineFlags(RuleViolations v, String id) {
        return ConformanceTest.flags(v.violations(), id);
    }

    private static List<String> bruteFlags(StandardRule rule, RuleOptions o, Series s) {
        return BruteForceRules.flags(rule, o, s.x, s.center, s.sigma, s.stages).stream()
                .map(f -> (f.position() + 1) + ":" + (f.first() + 1)).toList();
    }

    private static Rule asUserRule(StandardRule r) {
        return new Rule() {
            @Override
            public String id() {
                return r.id();
            }

            @Override
            public String description() {
                return r.description();
            }

            @Override
            public RuleDetector newDetector(RuleOptions options) {
                return r.newDetector(options);
            }
        };
    }
}
