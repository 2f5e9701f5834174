package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of {@code rules/conformance.csv}: the engine (alone and among all published
 * rules, and through the user-rule interface) and the brute-force checker must flag exactly the
 * points the row lists, with the same first points.
 */
class ConformanceTest {

    static List<ConformanceCase> cases() {
        List<ConformanceCase> out = new ArrayList<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/rules/conformance.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    assertThat(line).isEqualTo("case,rule,options,values,stages,expected");
                    header = false;
                    continue;
                }
                out.add(ConformanceCase.parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Stream<ConformanceCase> rows() {
        return cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void engine_ruleAlone_flagsExpectedPoints(ConformanceCase c) {
        RuleViolations v = RuleSet.of(c.rule()).withOptions(c.options()).evaluate(c.x(), c.center(), c.sigma(),
                c.stages());
        assertThat(flags(v.violations(), c.rule().id())).as(c.name()).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void engine_amongAllPublishedRules_flagsExpectedPoints(ConformanceCase c) {
        RuleSet all = RuleSet.of(Rules.ids().stream().map(Rules::byId).toList()).withRule(c.rule())
                .withOptions(c.options());
        RuleViolations v = all.evaluate(c.x(), c.center(), c.sigma(), c.stages());
        assertThat(flags(v.violations(), c.rule().id())).as(c.name()).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void engine_throughUserRuleInterface_flagsExpectedPoints(ConformanceCase c) {
        Rule wrapped = new Rule() {
            @Override
            public String id() {
                return c.rule().id();
            }

            @Override
            public String description() {
                return c.rule().description();
            }

            @Override
            public RuleDetector newDetector(RuleOptions options) {
                return c.rule().newDetector(options);
            }
        };
        RuleViolations v = RuleSet.of(wrapped).withOptions(c.options()).evaluate(c.x(), c.center(), c.sigma(),
                c.stages());
        assertThat(flags(v.violations(), c.rule().id())).as(c.name()).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void bruteForce_flagsExpectedPoints(ConformanceCase c) {
        String[] stages = c.stages() == null ? null : c.stages().toArray(new String[0]);
        List<String> got = BruteForceRules.flags(c.rule(), c.options(), c.x(), c.center(), c.sigma(), stages)
                .stream().map(f -> (f.position() + 1) + ":" + (f.first() + 1)).toList();
        assertThat(got).as(c.name()).isEqualTo(c.expected());
    }

    @Test
    void conformanceFile_coversEveryPublishedRuleAndEveryOption() {
        List<ConformanceCase> all = cases();
        Set<String> ids = new HashSet<>();
        Set<Enum<?>> opts = new HashSet<>();
        for (ConformanceCase c : all) {
            ids.add(c.rule().id());
            RuleOptions o = c.options();
            opts.addAll(List.of(o.comparison(), o.centerLine(), o.ties(), o.windowCompletion(), o.mixtureSides(),
                    o.stages()));
        }
        assertThat(ids).containsAll(Rules.ids());
        Set<Enum<?>> every = new HashSet<>();
        every.addAll(EnumSet.allOf(ZoneComparison.class));
        every.addAll(EnumSet.allOf(CenterLinePolicy.class));
        every.addAll(EnumSet.allOf(TiePolicy.class));
        every.addAll(EnumSet.allOf(WindowCompletion.class));
        every.addAll(EnumSet.allOf(MixtureSides.class));
        every.addAll(EnumSet.allOf(StagePolicy.class));
        assertThat(opts).containsAll(every);
        assertThat(all.stream().filter(c -> c.stages() != null)).isNotEmpty();
        assertThat(all.stream().filter(c -> !allEqual(c.sigma()) || !allEqual(c.center()))).isNotEmpty();
    }

    private static boolean allEqual(double[] a) {
        for (double v : a) {
            if (v != a[0]) {
                return false;
            }
        }
        return true;
    }

    static List<String> flags(List<Violation> violations, String rule) {
        return violations.stream().filter(v -> v.rule().equals(rule))
                .map(v -> v.index() + ":" + v.firstIndex()).toList();
    }
}
