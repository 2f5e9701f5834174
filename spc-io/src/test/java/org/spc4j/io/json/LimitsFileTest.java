package org.spc4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.io.csv.ProcessData;
import org.spc4j.io.csv.SpcCsv;

class LimitsFileTest {

    @TempDir
    Path dir;

    private static final Provenance PROV = new Provenance("rings.csv", "a".repeat(64), 1, 125,
            Instant.parse("2026-11-27T17:00:00Z"), "spc4j test");

    @Test
    void roundTrip_fileGivesIdenticalLimits_andIdenticalPhase2Chart() throws Exception {
        Path csv = dir.resolve("pistonrings.csv");
        Files.copy(getClass().getResourceAsStream("/pistonrings.csv"), csv);
        ProcessData data = SpcCsv.reader().valueColumn("diameter").subgroupColumn("sample").read(csv);
        Subgroups phase1 = data.subgroups().slice(0, 25);
        Subgroups phase2 = data.subgroups().slice(25, 40);
        ControlLimits fitted = ChartSpec.xbarS().withNsigmas(2.5).fit(phase1);
        Path file = dir.resolve("limits.json");
        LimitsFile.write(new LimitsFile.Saved(fitted, List.of(5), "nelson",
                Provenance.now(data.source(), data.sha256(), 1, 125)), file);
        LimitsFile.Saved back = LimitsFile.read(file);
        assertThat(back.limits()).isEqualTo(fitted);
        assertThat(back.chart()).isEqualTo("XBAR_S");
        assertThat(back.rulePreset()).isEqualTo("nelson");
        assertThat(back.provenance().sha256()).isEqualTo(data.sha256());
        assertThat(back.provenance().library()).startsWith("spc4j ").doesNotContain("${");
        ChartResult original = fitted.apply(phase2);
        ChartResult reapplied = back.limits(ControlLimits.class).apply(phase2);
        assertThat(reapplied.location().points()).isEqualTo(original.location().points());
        assertThat(reapplied.dispersion().points()).isEqualTo(original.dispersion().points());
        String json = Files.readString(file);
        assertThat(json).contains("\"schemaVersion\" : 1", "\"chart\" : \"XBAR_S\"", "\"firstRow\" : 1");
    }

    @Test
    void roundTrip_anyDoubles_exact() {
        qt().withExamples(300).forAll(
                lists().of(doubles().between(-1e12, 1e12)).ofSizeBetween(1, 4),
                doubles().between(1e-300, 1e300),
                doubles().between(0.1, 10),
                integers().between(1, 1000))
            .check((centers, sigma, k, m) -> {
                List<org.spc4j.core.control.StageLimits> stages = new java.util.ArrayList<>();
                for (int i = 0; i < centers.size(); i++) {
                    stages.add(new org.spc4j.core.control.StageLimits("s" + i, centers.get(i), sigma * (i + 1), m));
                }
                ControlLimits l = new ControlLimits(org.spc4j.core.control.ChartKind.INDIVIDUALS_MR,
                        org.spc4j.core.control.SigmaMethod.MSSD, k, org.spc4j.core.constants.ControlConstants.Table.EXACT,
                        3, m, false, false, stages);
                LimitsFile.Saved s = new LimitsFile.Saved(l, List.of(1), "", PROV);
                return LimitsFile.fromJson(LimitsFile.toJson(s), "x.json").equals(s);
            });
    }

    @Test
    void roundTrip_everyChartFamily_identicalLimits() {
        double[] x = new double[60];
        double[] n = new double[60];
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + r.nextGaussian();
            n[i] = 40 + r.nextInt(20);
        }
        double[] d = new double[60];
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextInt(8);
        }
        Subgroups ind = Subgroups.individuals(x);
        org.spc4j.core.control.AttributeData ad = org.spc4j.core.control.AttributeData.of(d, n)
                .withStages(java.util.Collections.nCopies(60, "A"));
        List<Record> all = List.of(
                ChartSpec.individuals().fit(ind),
                org.spc4j.core.control.AttributeSpec.p().fit(ad),
                org.spc4j.core.control.AttributeSpec.laneyU().withNsigmas(2.5).fit(ad),
                org.spc4j.core.control.AttributeSpec.c().withStandard(3.5).limits(),
                org.spc4j.core.control.RareEventSpec.g().fit(Subgroups.individuals(d)),
                org.spc4j.core.control.RareEventSpec.t().fit(Subgroups.individuals(java.util.Arrays.stream(x)
                        .map(Math::abs).toArray())),
                org.spc4j.core.control.EwmaSpec.withDefaults().withLambda(0.3).fit(ind),
                org.spc4j.core.control.CusumSpec.fastInitialResponse().withKnownSigma(1.1).fit(ind),
                org.spc4j.core.control.MovingAverageSpec.ofSpan(4).fit(ind));
        for (Record limits : all) {
            LimitsFile.Saved saved = new LimitsFile.Saved(limits, List.of(1), "nelson", PROV);
            LimitsFile.Saved back = LimitsFile.fromJson(LimitsFile.toJson(saved), "x.json");
            assertThat(back).as(saved.chart()).isEqualTo(saved);
        }
        assertThat(all).extracting(l -> new LimitsFile.Saved(l, List.of(1), "", PROV).chart()).containsExactly(
                "INDIVIDUALS_MR", "P", "LANEY_U", "C", "G", "T", "EWMA", "CUSUM", "MOVING_AVERAGE");
        String p = LimitsFile.toJson(new LimitsFile.Saved(all.get(1), List.of(1), "", PROV));
        assertThatThrownBy(() -> LimitsFile.fromJson(p.replaceFirst("\"sigmaZ\" : [0-9.Ee-]+", "\"sigmaZ\" : -1"), "p.json"))
                .hasMessageContaining("p.json, field 'stages[0]'");
        assertThatThrownBy(() -> LimitsFile.fromJson(p.replace("\"chart\" : \"P\"", "\"chart\" : \"Q\""), "p.json"))
                .hasMessageContaining("field 'chart': 'Q' is not a chart this library knows");
        assertThatThrownBy(() -> new LimitsFile.Saved(PROV, List.of(), "", PROV))
                .hasMessageContaining("a limits file holds chart limits");
    }

    private static String valid() {
        ControlLimits l = ChartSpec.individuals().fit(Subgroups.individuals(1, 2, 4, 3, 5));
        return LimitsFile.toJson(new LimitsFile.Saved(l, List.of(1), "", PROV));
    }

    @Test
    void tamperedOrFutureFiles_areRejectedNamingTheField() {
        String ok = valid();
        assertThat(LimitsFile.fromJson(ok, "l.json").chart()).isEqualTo("INDIVIDUALS_MR");
        assertThatThrownBy(() -> LimitsFile.fromJson(ok.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"), "l.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("l.json, field 'schemaVersion': version 2 is not supported")
                .hasMessageContaining("newer spc4j");
        String sigma = ok.replaceFirst("\"sigma\" : [0-9.Ee-]+", "\"sigma\" : -0.5");
        assertThatThrownBy(() -> LimitsFile.fromJson(sigma, "l.json"))
                .hasMessageContaining("field 'stages[0]'").hasMessageContaining("sigma must be finite and > 0, was -0.5");
        assertThatThrownBy(() -> LimitsFile.fromJson(ok.replace("\"nsigmas\" : 3.0", "\"nsigmas\" : 0"), "l.json"))
                .hasMessageContaining("nsigmas must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> LimitsFile.fromJson(ok.replace("\"MSSD\"", "\"MAGIC\"")
                .replace("AVERAGE_MOVING_RANGE", "MAGIC"), "l.json"))
                .hasMessageContaining("field 'sigmaMethod': 'MAGIC' is not one of");
        assertThatThrownBy(() -> LimitsFile.fromJson(ok.replace("spc4j-limits", "other"), "l.json"))
                .hasMessageContaining("not an spc4j limits file");
        assertThatThrownBy(() -> LimitsFile.fromJson(ok.replace("\"knownSigma\" : false,", ""), "l.json"))
                .hasMessageContaining("field 'knownSigma': missing");
        assertThatThrownBy(() -> LimitsFile.fromJson("{", "l.json")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> LimitsFile.fromJson(ok.replace("\"2026-11-27T17:00:00Z\"", "\"yesterday\""), "l.json"))
                .hasMessageContaining("provenance.createdAt");
        assertThatThrownBy(() -> LimitsFile.fromJson(ok.replace("\"a" , "\"Z"), "l.json"))
                .hasMessageContaining("sha256 must be 64 lower-case hex digits");
    }
}
