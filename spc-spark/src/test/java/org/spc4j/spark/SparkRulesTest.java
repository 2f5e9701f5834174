package org.spc4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.core.rules.Violation;
import org.spc4j.spark.examples.SyntheticMeasurements;

class SparkRulesTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkRulesTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static final Comparator<ViolationRow> ORDER = Comparator.comparing(ViolationRow::getKey)
            .thenComparing(ViolationRow::getChart).thenComparingInt(ViolationRow::getIndex)
            .thenComparing(ViolationRow::getRule);

    /** Fit on the first half, save, read back, evaluate the second half; compare with the core path. */
    private static void check(SyntheticMeasurements data, SparkLimits spec, RulePreset preset, Path dir) {
        int n = data.subgroupSize();
        long half = data.perCharacteristic() / n / 2;
        Dataset<Measurement> rows = data.generate(spark);
        LimitsFiles.write(spec.fit(rows.filter(col("order").lt(half))).collectAsList(), dir, preset, "test");
        Map<String, CharacteristicLimits> saved = LimitsFiles.read(dir);
        List<ViolationRow> got = new ArrayList<>(SparkRules.of(preset)
                .evaluate(rows.filter(col("order").geq(half)), saved).collectAsList());

        List<ViolationRow> want = new ArrayList<>();
        for (int k = 0; k < data.characteristics(); k++) {
            String key = SyntheticMeasurements.key(k);
            double[] x = data.series(k);
            double[] second = Arrays.copyOfRange(x, Math.toIntExact(half * n), x.length);
            ControlLimits limits = saved.get(key).toControlLimits();
            List<RuleViolations> result = preset.chartRules().evaluate(limits.apply(
                    n == 1 ? Subgroups.individuals(second) : Subgroups.ofSize(n, second)));
            for (RuleViolations rv : result) {
                for (Violation v : rv.violations()) {
                    want.add(ViolationRow.of(key, rv.chart(), v.index(), half + v.index() - limits.phase1Count() - 1,
                            v.rule(), v.firstIndex()));
                }
            }
        }
        got.sort(ORDER);
        want.sort(ORDER);
        assertThat(want).isNotEmpty();
        assertThat(got).containsExactlyElementsOf(want);
    }

    @Test
    void evaluate_xbarR_westernElectric_equalsSingleMachine(@TempDir Path dir) {
        check(new SyntheticMeasurements(40_000, 8, 5, 11), SparkLimits.xbarR(), RulePreset.WESTERN_ELECTRIC, dir);
    }

    @Test
    void evaluate_xbarS_aiag_equalsSingleMachine(@TempDir Path dir) {
        check(new SyntheticMeasurements(24_000, 6, 4, 12), SparkLimits.xbarS(), RulePreset.AIAG, dir);
    }

    @Test
    void evaluate_individuals_nelson_flagsBothCharts(@TempDir Path dir) {
        SyntheticMeasurements data = new SyntheticMeasurements(20_000, 10, 1, 13);
        check(data, SparkLimits.individuals(), RulePreset.NELSON, dir);
    }

    @Test
    void evaluate_characteristicWithoutLimits_failsNamingIt() {
        Dataset<Measurement> rows = spark.createDataset(List.of(Measurement.of("X", 1, 1.0), Measurement.of("X", 2, 2.0)),
                Encoders.bean(Measurement.class));
        assertThatThrownBy(() -> SparkRules.of(RulePreset.NELSON).evaluate(rows, Map.of()).collectAsList())
                .hasStackTraceContaining("characteristic X has no limits; limits were given for 0 characteristics");
    }

    @Test
    void evaluate_ordersNotMatchingSubgroups_refused() {
        ControlLimits limits = SparkLimits.individuals().chartSpec().fit(Subgroups.individuals(1, 2, 4, 3));
        assertThatThrownBy(() -> SparkRules.evaluate("K", Subgroups.individuals(1, 2), new long[] {1}, limits,
                RulePreset.NELSON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("characteristic K: 1 orders for 2 subgroups");
    }

    @Test
    void rulePreset_ofId_roundTripsAndRefusesUnknown() {
        for (RulePreset p : RulePreset.values()) {
            assertThat(RulePreset.ofId(p.id())).isEqualTo(p);
        }
        assertThatThrownBy(() -> RulePreset.ofId("westgard"))
                .hasMessageContaining("unknown rule preset 'westgard'");
    }
}
