package org.spc4j.spark;

import static org.apache.spark.sql.functions.rand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spc4j.core.control.ChartKind;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;
import org.spc4j.spark.examples.SyntheticMeasurements;

class SparkLimitsTest {

    /**
     * Largest difference of the centre from the single-machine fit, in ulps of the single-machine
     * value: both sides use compensated sums of all values.
     */
    static final double CENTER_ULPS = 16;

    /**
     * Largest difference of sigma, in ulps, for m Phase I subgroups: the single-machine estimator
     * sums the m subgroup terms in plain floating point (relative error up to about m * 2^-53, at
     * most 2m ulps), the Spark side with compensated sums in another order.
     */
    static double sigmaUlps(int m) {
        return Math.max(16, 2.0 * m);
    }

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkLimitsTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Map<String, CharacteristicLimits> byKey(Dataset<CharacteristicLimits> limits) {
        return limits.collectAsList().stream().collect(Collectors.toMap(CharacteristicLimits::getKey, Function.identity()));
    }

    /** Single-machine limits of characteristic k. */
    static ControlLimits single(SparkLimits spec, SyntheticMeasurements data, int k) {
        double[] x = data.series(k);
        Subgroups s = data.subgroupSize() == 1 ? Subgroups.individuals(x) : Subgroups.ofSize(data.subgroupSize(), x);
        return spec.chartSpec().fit(s);
    }

    static void assertSameLimits(CharacteristicLimits actual, ControlLimits expected) {
        ControlLimits a = actual.toControlLimits();
        assertThat(a.kind()).isEqualTo(expected.kind());
        assertThat(a.sigmaMethod()).isEqualTo(expected.sigmaMethod());
        assertThat(a.phase1Count()).as(actual.getKey()).isEqualTo(expected.phase1Count());
        assertThat(ulps(a.center(), expected.center())).as("center of %s", actual.getKey())
                .isLessThanOrEqualTo(CENTER_ULPS);
        assertThat(ulps(a.sigma(), expected.sigma())).as("sigma of %s", actual.getKey())
                .isLessThanOrEqualTo(sigmaUlps(expected.phase1Count()));
    }

    static double ulps(double actual, double expected) {
        return Math.abs(actual - expected) / Math.ulp(expected);
    }

    private static void checkAll(SparkLimits spec, SyntheticMeasurements data, Dataset<Measurement> rows) {
        Map<String, CharacteristicLimits> got = byKey(spec.fit(rows));
        assertThat(got).hasSize(data.characteristics());
        for (int k = 0; k < data.characteristics(); k++) {
            CharacteristicLimits c = got.get(SyntheticMeasurements.key(k));
            assertSameLimits(c, single(spec, data, k));
            assertThat(c.getValues()).isEqualTo(data.perCharacteristic());
            assertThat(c.subgroupSizeList()).containsExactly(data.subgroupSize());
        }
    }

    /* --- agreement with the single-machine fit --- */

    @Test
    void fit_xbarR_equalsSingleMachine_everyCharacteristic() {
        SyntheticMeasurements data = new SyntheticMeasurements(60_000, 20, 5, 1);
        checkAll(SparkLimits.xbarR(), data, data.generate(spark));
    }

    @Test
    void fit_xbarS_everySubgroupSigmaMethod_equalsSingleMachine() {
        SyntheticMeasurements data = new SyntheticMeasurements(24_000, 12, 4, 2);
        Dataset<Measurement> rows = data.generate(spark).cache();
        checkAll(SparkLimits.xbarS(), data, rows);
        for (SigmaMethod m : List.of(SigmaMethod.R_BAR, SigmaMethod.MVLUE_R, SigmaMethod.MVLUE_S, SigmaMethod.POOLED)) {
            checkAll(SparkLimits.xbarS().withSigmaMethod(m), data, rows);
        }
        rows.unpersist();
    }

    @Test
    void fit_individuals_everyMethodAndSpan_equalsSingleMachine() {
        SyntheticMeasurements data = new SyntheticMeasurements(30_000, 10, 1, 3);
        Dataset<Measurement> rows = data.generate(spark).cache();
        checkAll(SparkLimits.individuals(), data, rows);
        checkAll(SparkLimits.individuals().withMovingRangeSpan(3), data, rows);
        checkAll(SparkLimits.individuals().withSigmaMethod(SigmaMethod.MSSD), data, rows);
        checkAll(SparkLimits.individuals().withSigmaMethod(SigmaMethod.OVERALL).withNsigmas(2.5), data, rows);
        rows.unpersist();
    }

    @Test
    void fit_individuals_manySmallPartitions_windowsAcrossBoundariesCounted() {
        // 13 range partitions cut each characteristic's series in several places; span 4 windows
        // straddle the cuts, and some partitions hold fewer than 3 values of a characteristic.
        SyntheticMeasurements data = new SyntheticMeasurements(3_000, 3, 1, 4);
        spark.conf().set("spark.sql.shuffle.partitions", "13");
        try {
            checkAll(SparkLimits.individuals().withMovingRangeSpan(4), data, data.generate(spark));
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", "4");
        }
    }

    @Test
    void fit_shuffledInput_sameLimits() {
        SyntheticMeasurements data = new SyntheticMeasurements(20_000, 10, 5, 5);
        checkAll(SparkLimits.xbarR(), data, data.generate(spark).repartition(7).orderBy(rand(9)));
    }

    /* --- bad input --- */

    @Test
    void fit_subgroupOfOne_failsNamingCharacteristicAndSubgroup() {
        Dataset<Measurement> rows = spark.createDataset(List.of(Measurement.of("A", 1, 1.0), Measurement.of("A", 1, 2.0),
                Measurement.of("A", 2, 3.0)), Encoders.bean(Measurement.class));
        assertThatThrownBy(() -> SparkLimits.xbarR().fit(rows).collectAsList())
                .hasStackTraceContaining("characteristic A, subgroup 2 has size 1");
    }

    @Test
    void fit_repeatedIndividualOrder_failsNamingIt() {
        Dataset<Measurement> rows = spark.createDataset(List.of(Measurement.of("B", 1, 1.0), Measurement.of("B", 2, 2.0),
                Measurement.of("B", 2, 3.0)), Encoders.bean(Measurement.class));
        assertThatThrownBy(() -> SparkLimits.individuals().fit(rows).collectAsList())
                .hasStackTraceContaining("characteristic B: order 2 does not follow order 2");
    }

    @Test
    void withSigmaMethod_medianMovingRange_refused() {
        assertThatThrownBy(() -> SparkLimits.individuals().withSigmaMethod(SigmaMethod.MEDIAN_MOVING_RANGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDIAN_MOVING_RANGE is not available for INDIVIDUALS_MR");
        assertThatThrownBy(() -> SparkLimits.of(ChartKind.XBAR_R).withSigmaMethod(SigmaMethod.MSSD))
                .hasMessageContaining("use R_BAR, S_BAR, MVLUE_R, MVLUE_S or POOLED");
    }
}
