package org.spc4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.CapabilityAnalysis;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;
import org.spc4j.spark.examples.SyntheticMeasurements;

class SparkCapabilityTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkCapabilityTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aggregate_oneSidedSpecsForSomeCharacteristics_equalsSingleMachine() {
        SyntheticMeasurements data = new SyntheticMeasurements(8_000, 8, 4, 31);
        Map<String, SpecLimits> specs = new HashMap<>();
        specs.put(SyntheticMeasurements.key(1), SpecLimits.upperOnly(12.0));
        specs.put(SyntheticMeasurements.key(2), SpecLimits.lowerOnly(11.5).withTarget(12.0));
        specs.put(SyntheticMeasurements.key(5), SpecLimits.twoSided(13.5, 16.5).withTarget(15.5));
        Map<String, CharacteristicCapability> got = new HashMap<>();
        SparkCapability.aggregate(data.generate(spark), specs, SparkLimits.xbarS().withSigmaMethod(SigmaMethod.POOLED))
                .collectAsList().forEach(c -> got.put(c.getKey(), c));
        Map<String, CharacteristicCapability> exact = new HashMap<>();
        SparkCapability.analyze(data.generate(spark), specs).collectAsList().forEach(c -> exact.put(c.getKey(), c));
        assertThat(got).containsOnlyKeys(specs.keySet());
        assertThat(exact).containsOnlyKeys(specs.keySet());
        for (Map.Entry<String, SpecLimits> e : specs.entrySet()) {
            int k = Integer.parseInt(e.getKey().substring(1));
            Capability want = CapabilityAnalysis.withDefaults().analyze(Subgroups.ofSize(4, data.series(k)), e.getValue());
            for (CharacteristicCapability a : List.of(got.get(e.getKey()), exact.get(e.getKey()))) {
                assertThat(a.getN()).isEqualTo(want.n());
                assertThat(a.getObservedPpm()).isEqualTo(want.observed().total());
                double[] g = {a.getCpk(), a.getPpk(), a.getCpm(), a.getCp(), a.getZbenchWithin()};
                double[] w = {want.cpk(), want.ppk(), want.cpm(), want.cp(), want.zBenchWithin()};
                for (int i = 0; i < g.length; i++) {
                    if (Double.isNaN(w[i])) {
                        assertThat(g[i]).isNaN();
                    } else {
                        assertThat(SparkLimitsTest.ulps(g[i], w[i])).as("%s number %d", a.getKey(), i)
                                .isLessThanOrEqualTo(MillionRowsTest.aggregatedUlps(want));
                    }
                }
            }
        }
    }

    @Test
    void measurements_fromAnyTable_castsColumns() {
        StructType schema = new StructType().add("part", DataTypes.IntegerType).add("lot", DataTypes.StringType)
                .add("diameter", DataTypes.FloatType);
        List<Row> rows = List.of(RowFactory.create(7, "1", 1.5f), RowFactory.create(7, "1", 2.5f),
                RowFactory.create(7, "2", 2.0f), RowFactory.create(7, "2", 4.0f));
        Dataset<Measurement> m = SparkLimits.measurements(spark.createDataFrame(rows, schema), "part", "lot", "diameter");
        assertThat(m.collectAsList()).containsExactlyInAnyOrder(Measurement.of("7", 1, 1.5), Measurement.of("7", 1, 2.5),
                Measurement.of("7", 2, 2.0), Measurement.of("7", 2, 4.0));
        CharacteristicLimits c = SparkLimits.xbarR().fit(m).collectAsList().get(0);
        assertThat(c.getCenter()).isEqualTo(2.5);
        assertThat(c.getSubgroups()).isEqualTo(2);
    }

    @Test
    void aggregate_noSpread_failsNamingCharacteristic() {
        Dataset<Measurement> rows = spark.createDataset(List.of(Measurement.of("Z", 1, 3.0), Measurement.of("Z", 1, 3.0),
                Measurement.of("Z", 2, 3.0), Measurement.of("Z", 2, 3.0)), Encoders.bean(Measurement.class));
        assertThatThrownBy(() -> SparkCapability.aggregate(rows, Map.of("Z", SpecLimits.twoSided(2, 4)),
                SparkLimits.xbarS().withSigmaMethod(SigmaMethod.POOLED)).collectAsList())
                .hasStackTraceContaining("characteristic Z: estimated sigma is 0.0");
    }
}
