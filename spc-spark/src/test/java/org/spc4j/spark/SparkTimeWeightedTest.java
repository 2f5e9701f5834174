package org.spc4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spc4j.core.control.CusumResult;
import org.spc4j.core.control.CusumSpec;
import org.spc4j.core.control.EwmaSpec;
import org.spc4j.core.control.EwmaState;
import org.spc4j.core.control.Subgroups;
import org.spc4j.spark.examples.SyntheticMeasurements;

class SparkTimeWeightedTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkTimeWeightedTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static void check(SyntheticMeasurements data, int partitions) {
        Map<String, CharacteristicLimits> limits = SparkLimitsTest.byKey(
                (data.subgroupSize() == 1 ? SparkLimits.individuals() : SparkLimits.xbarR()).fit(data.generate(spark)));
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        Map<String, TimeWeightedState> got = new HashMap<>();
        try {
            SparkTimeWeighted.of(0.2, 0.5).endStates(data.generate(spark), limits).collectAsList()
                    .forEach(s -> got.put(s.getKey(), s));
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", "4");
        }
        assertThat(got).hasSize(data.characteristics());
        for (int k = 0; k < data.characteristics(); k++) {
            String key = SyntheticMeasurements.key(k);
            CharacteristicLimits c = limits.get(key);
            double[] x = data.series(k);
            Subgroups s = data.subgroupSize() == 1 ? Subgroups.individuals(x) : Subgroups.ofSize(data.subgroupSize(), x);
            EwmaState e = EwmaSpec.withDefaults().withLambda(0.2).withKnownMean(c.getCenter())
                    .withKnownSigma(c.getSigma()).limits().apply(s).end();
            CusumResult cu = CusumSpec.withDefaults().withK(0.5).withKnownMean(c.getCenter())
                    .withKnownSigma(c.getSigma()).limits().apply(s);
            TimeWeightedState a = got.get(key);
            assertThat(a.getPoints()).isEqualTo(e.steps()).isEqualTo(s.count());
            // EWMA: composed affine maps, a few ulps of the values involved (10..110).
            assertThat(a.getEwma()).as(key).isCloseTo(e.value(), within(1e-12 * Math.abs(e.value())));
            assertThat(a.getEwmaVarianceFactor()).isCloseTo(e.varianceFactor(), within(1e-15));
            // CUSUM: sums of standardised increments in another association, absolute 1e-9 sigma.
            int last = cu.size() - 1;
            assertThat(a.getCusumUpper()).as(key).isCloseTo(cu.upperSum(last), within(1e-9));
            assertThat(a.getCusumLower()).as(key).isCloseTo(cu.lowerSum(last), within(1e-9));
            double peakUp = 0;
            double peakLo = 0;
            for (int i = 0; i <= last; i++) {
                peakUp = Math.max(peakUp, cu.upperSum(i));
                peakLo = Math.max(peakLo, cu.lowerSum(i));
            }
            assertThat(a.getCusumPeakUpper()).as(key).isCloseTo(peakUp, within(1e-9));
            assertThat(a.getCusumPeakLower()).as(key).isCloseTo(peakLo, within(1e-9));
        }
    }

    @Test
    void endStates_subgroups_equalSequentialRecursion() {
        check(new SyntheticMeasurements(30_000, 6, 5, 21), 4);
    }

    @Test
    void endStates_individualsOnManyPartitions_equalSequentialRecursion() {
        check(new SyntheticMeasurements(6_000, 3, 1, 22), 11);
    }

    @Test
    void of_badParameters_refused() {
        assertThatThrownBy(() -> SparkTimeWeighted.of(0.0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SparkTimeWeighted.of(0.2, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
