package org.spc4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spc4j.core.capability.PercentileCapability;
import org.spc4j.core.pareto.Pareto;
import org.spc4j.io.stream.Alarm;

/** Every example runs and finds what it says it finds. */
class ExamplesTest {

    @TempDir
    Path dir;

    @Test
    void embedXbarR_firstFiveSamplesAreInControl() {
        assertThat(EmbedXbarR.run()).isZero();
    }

    @Test
    void phaseOneThenTwo_flagsSamples37to39_andSavesTheLimits() throws Exception {
        Path limits = dir.resolve("limits.json");
        int[] flagged = PhaseOneThenTwo.run(limits);
        assertThat(flagged).contains(37, 38, 39);
        assertThat(java.util.Arrays.stream(flagged).min().getAsInt()).isGreaterThan(25);
        assertThat(Files.readString(limits)).contains("\"chart\" : \"XBAR_R\"", "\"rulePreset\" : \"nelson\"");
    }

    @Test
    void onlineMonitor_alarmsMostlyAfterTheShift() {
        List<Alarm> alarms = OnlineMonitor.run();
        long before = alarms.stream().filter(a -> a.index() <= 250).count(); // points 51..250: no shift
        long after = alarms.stream().filter(a -> a.index() > 250).count();   // points 251..450: +1.5 sigma
        assertThat(after).isGreaterThan(5 * before);
        assertThat(alarms).anyMatch(a -> a.chart().equals("i") && a.index() > 250);
    }

    @Test
    void nonNormalCapability_weibullIsMoreCautiousThanNormal() {
        PercentileCapability weibull = NonNormalCapability.run();
        assertThat(weibull.ppk()).isPositive();
        // the right tail of a Weibull(1.5) is longer than a normal's with the same mean and sd
        assertThat(weibull.p99865()).isGreaterThan(0.0899 + 3 * 0.0576);
    }

    @Test
    void paretoOfLabels_scratchesFirst() {
        Pareto p = ParetoOfLabels.run();
        assertThat(p.rows().get(0).category()).isEqualTo("scratch");
        assertThat(p.rows().get(0).count()).isEqualTo(12);
        assertThat(p.vitalFew()).hasSize(3);
    }

    @Test
    void chartGallery_writesThreePictures() throws Exception {
        ChartGallery.main(new String[] {dir.toString()});
        for (String name : new String[] {"pistonrings-xbar-r.png", "pistonrings-capability.png", "pareto-defects.png"}) {
            assertThat(javax.imageio.ImageIO.read(dir.resolve(name).toFile()).getWidth()).isGreaterThanOrEqualTo(1600); // scale 2
        }
    }
}
