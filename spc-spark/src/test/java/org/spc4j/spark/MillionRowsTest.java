package org.spc4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.CapabilityAnalysis;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.core.rules.Violation;
import org.spc4j.spark.examples.SyntheticMeasurements;

/**
 * The proof at scale: one million rows of 100 characteristics, X-bar/R (subgroups of 5) and I-MR
 * (the same number of individual values). Phase I limits are fitted on the first half of each
 * characteristic's series, Phase II rules run on the second half (where the synthetic shifts and
 * drifts are), capability uses the whole series; every number is compared with the single-machine
 * path, which is built here directly from the core on the values in generation order.
 */
class MillionRowsTest {

    /**
     * Capability numbers: Spark delivers a subgroup's values in its own order, so subgroup sums
     * may round differently; observed counts, N and the subgroup count are exact.
     */
    static final double CAPABILITY_ULPS = 64;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("MillionRowsTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void xbarR_limitsCapabilityViolations_equalSingleMachine() {
        check(new SyntheticMeasurements(1_000_000, 100, 5, 42), SparkLimits.xbarR(),
                SparkLimits.xbarS().withSigmaMethod(SigmaMethod.POOLED));
    }

    @Test
    void individuals_limitsCapabilityViolations_equalSingleMachine() {
        check(new SyntheticMeasurements(1_000_000, 100, 1, 43), SparkLimits.individuals(), SparkLimits.individuals());
    }

    private static void check(SyntheticMeasurements data, SparkLimits spec, SparkLimits within) {
        assertThat(data.size()).isGreaterThanOrEqualTo(1_000_000);
        int n = data.subgroupSize();
        long half = data.perCharacteristic() / n / 2;
        Dataset<Measurement> rows = data.generate(spark).cache();
        Dataset<Measurement> phase1 = rows.filter(col("order").lt(half));
        Dataset<Measurement> phase2 = rows.filter(col("order").geq(half));

        Map<String, CharacteristicLimits> limits = SparkLimitsTest.byKey(spec.fit(phase1));
        List<ViolationRow> violations = new ArrayList<>(SparkRules.of(RulePreset.NELSON).evaluate(phase2, limits)
                .collectAsList());
        Map<String, SpecLimits> specs = new HashMap<>();
        for (int k = 0; k < data.characteristics(); k++) {
            double mean = 10.0 + k;
            specs.put(SyntheticMeasurements.key(k), SpecLimits.twoSided(mean - 2.5, mean + 3.0));
        }
        Map<String, CharacteristicCapability> capability = new HashMap<>();
        SparkCapability.analyze(rows, specs).collectAsList().forEach(c -> capability.put(c.getKey(), c));
        Map<String, CharacteristicCapability> aggregated = new HashMap<>();
        SparkCapability.aggregate(rows, specs, within).collectAsList().forEach(c -> aggregated.put(c.getKey(), c));
        rows.unpersist();

        assertThat(limits).hasSize(data.characteristics());
        assertThat(capability).hasSize(data.characteristics());
        assertThat(aggregated).hasSize(data.characteristics());
        double worst = 0;
        double worstCenter = 0;
        double worstSigma = 0;
        List<ViolationRow> expected = new ArrayList<>();
        for (int k = 0; k < data.characteristics(); k++) {
            String key = SyntheticMeasurements.key(k);
            double[] x = data.series(k);
            int cut = Math.toIntExact(half * n);
            Subgroups first = subgroups(Arrays.copyOfRange(x, 0, cut), n);
            Subgroups second = subgroups(Arrays.copyOfRange(x, cut, x.length), n);
            ControlLimits single = spec.chartSpec().fit(first);
            SparkLimitsTest.assertSameLimits(limits.get(key), single);
            worstCenter = Math.max(worstCenter, SparkLimitsTest.ulps(limits.get(key).getCenter(), single.center()));
            worstSigma = Math.max(worstSigma, SparkLimitsTest.ulps(limits.get(key).getSigma(), single.sigma()));

            ControlLimits saved = limits.get(key).toControlLimits();
            ChartResult chart = saved.apply(second);
            for (RuleViolations rv : ChartRules.defaults().evaluate(chart)) {
                for (Violation v : rv.violations()) {
                    long order = half + (v.index() - saved.phase1Count() - 1);
                    expected.add(ViolationRow.of(key, rv.chart(), v.index(), order, v.rule(), v.firstIndex()));
                }
            }

            Capability c = CapabilityAnalysis.withDefaults().analyze(subgroups(x, n), specs.get(key));
            assertSameCapability(capability.get(key), c, CAPABILITY_ULPS);
            worst = Math.max(worst, assertSameCapability(aggregated.get(key), c, aggregatedUlps(c)));
        }
        System.out.printf("%s: limits centre within %.0f ulps, sigma within %.0f ulps, aggregated capability within "
                + "%.0f ulps of the single machine%n", spec.kind(), worstCenter, worstSigma, worst);
        Comparator<ViolationRow> order = Comparator.comparing(ViolationRow::getKey).thenComparing(ViolationRow::getChart)
                .thenComparingInt(ViolationRow::getIndex).thenComparing(ViolationRow::getRule);
        violations.sort(order);
        expected.sort(order);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(violations).containsExactlyElementsOf(expected);
    }

    private static Subgroups subgroups(double[] x, int n) {
        return n == 1 ? Subgroups.individuals(x) : Subgroups.ofSize(n, x);
    }

    /**
     * Capability through aggregators: the core's within sigma sums its k subgroup terms in plain
     * floating point (up to 2k ulps, halved by the square root of the pooled variance), and an
     * expected ppm moves by about z^2 times the relative error of z = (limit - mean) / sigma.
     */
    static double aggregatedUlps(Capability e) {
        double z = Math.max(Math.abs(e.zBenchWithin()), Math.abs(e.zBenchOverall()));
        return Math.max(64, 2.0 * e.subgroups()) * Math.max(1, z * z);
    }

    /** Asserts agreement within {@code ulps}; returns the largest difference seen, in ulps. */
    private static double assertSameCapability(CharacteristicCapability a, Capability e, double ulps) {
        assertThat(a.getN()).isEqualTo(e.n());
        assertThat(a.getSubgroups()).isEqualTo(e.subgroups());
        assertThat(a.getWithinMethod()).isEqualTo(e.withinMethod().name());
        double[] got = {a.getMean(), a.getWithinSigma(), a.getOverallSigma(), a.getCp(), a.getCpk(), a.getPp(),
            a.getPpk(), a.getCpm(), a.getZbenchWithin(), a.getZbenchOverall(), a.getExpectedPpmWithin()};
        double[] want = {e.mean(), e.withinSigma(), e.overallSigma(), e.cp(), e.cpk(), e.pp(), e.ppk(), e.cpm(),
            e.zBenchWithin(), e.zBenchOverall(), e.expectedWithin().total()};
        double worst = 0;
        for (int i = 0; i < got.length; i++) {
            double d = SparkLimitsTest.ulps(got[i], want[i]);
            assertThat(d).as("%s number %d: %s vs %s", a.getKey(), i, got[i], want[i]).isLessThanOrEqualTo(ulps);
            worst = Math.max(worst, d);
        }
        assertThat(a.getObservedPpm()).isEqualTo(e.observed().total());
        return worst;
    }
}
