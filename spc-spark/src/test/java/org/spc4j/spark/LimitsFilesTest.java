package org.spc4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.io.json.LimitsFile;
import org.spc4j.spark.examples.SyntheticMeasurements;

class LimitsFilesTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("LimitsFilesTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void jackson_isTheVersionSparkShips() {
        // The module resolves Spark's Jackson, so these tests run what a cluster runs.
        assertThat(ObjectMapper.class.getPackage().getImplementationVersion()).startsWith("2.21.");
    }

    @Test
    void writeRead_fittedLimits_roundTripExactly(@TempDir Path dir) {
        SyntheticMeasurements data = new SyntheticMeasurements(10_000, 5, 4, 7);
        List<CharacteristicLimits> fitted = SparkLimits.xbarS().fit(data.generate(spark)).collectAsList();
        List<Path> files = LimitsFiles.write(fitted, dir, RulePreset.WESTERN_ELECTRIC, "synthetic");
        assertThat(files).hasSize(5);

        Map<String, CharacteristicLimits> back = LimitsFiles.read(dir);
        assertThat(back).hasSize(5);
        for (CharacteristicLimits c : fitted) {
            ControlLimits read = back.get(c.getKey()).toControlLimits();
            assertThat(read).isEqualTo(c.toControlLimits());
            assertThat(back.get(c.getKey()).subgroupSizeList()).containsExactly(4);
        }
        LimitsFile.Saved one = LimitsFile.read(files.get(0));
        assertThat(one.rulePreset()).isEqualTo("western-electric");
        assertThat(one.provenance().inputFile()).startsWith("synthetic [C0000");
    }

    @Test
    void fileName_awkwardKeys_roundTrip(@TempDir Path dir) {
        CharacteristicLimits c = SparkLimitsTest.byKey(SparkLimits.individuals()
                .fit(new SyntheticMeasurements(200, 1, 1, 8).generate(spark))).get("C00000");
        c.setKey("bore Ø/3 ä?*");
        LimitsFiles.write(List.of(c), dir, RulePreset.NELSON, "x");
        assertThat(LimitsFiles.read(dir)).containsOnlyKeys("bore Ø/3 ä?*");
    }

    @Test
    void read_brokenFile_namesFileAndField(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("A.limits.json"), "{\"format\": \"spc4j-limits\", \"schemaVersion\": 1}");
        assertThatThrownBy(() -> LimitsFiles.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A.limits.json, field 'chart': missing");
    }
}
