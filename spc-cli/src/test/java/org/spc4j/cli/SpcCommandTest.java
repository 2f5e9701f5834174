package org.spc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.core.control.AttributeData;
import org.spc4j.core.control.AttributeSpec;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.io.csv.SpcCsv;

/**
 * The {@code spc} command end to end on the repository's example data: exit codes, the JSON
 * schema, numbers identical to the library's, saved limits, pictures and error messages.
 */
class SpcCommandTest {

    static final Path DATA = Path.of("..", "examples", "data");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run spc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Spc.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String data(String name) {
        return DATA.resolve(name).toString();
    }

    private static List<Integer> flagged(JsonNode chart, String rule) {
        List<Integer> idx = new ArrayList<>();
        for (JsonNode p : chart.get("points")) {
            for (JsonNode r : p.get("rules")) {
                if (r.asText().equals(rule)) {
                    idx.add(p.get("index").asInt());
                }
            }
        }
        return idx;
    }

    /* --------------- chart --------------- */

    @Test
    void chart_pistonRings_jsonSchema_valuesEqualLibrary_exit1() throws Exception {
        Run run = spc("chart", data("pistonrings.csv"), "--type", "xbar-r", "--value", "diameter", "--subgroup", "sample",
                "--phase1", "1..25", "--format", "json");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        JsonNode root = run.json();
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("chartType").asText()).isEqualTo("xbar-r");
        JsonNode xbar = root.get("charts").get(0);
        JsonNode r = root.get("charts").get(1);
        assertThat(xbar.get("name").asText()).isEqualTo("xbar");
        assertThat(r.get("name").asText()).isEqualTo("r");
        Subgroups all = SpcCsv.reader().valueColumn("diameter").subgroupColumn("sample")
                .read(DATA.resolve("pistonrings.csv")).subgroups();
        ControlLimits limits = ChartSpec.xbarR().fit(all.slice(0, 25));
        assertThat(xbar.get("sigma").get("value").asDouble()).isEqualTo(limits.sigma());
        assertThat(xbar.get("sigma").get("method").asText()).isEqualTo("R_BAR");
        assertThat(xbar.get("center").asDouble()).isEqualTo(limits.center());
        assertThat(xbar.get("points")).hasSize(40);
        JsonNode p37 = xbar.get("points").get(36);
        assertThat(p37.get("index").asInt()).isEqualTo(37);
        assertThat(p37.get("label").asText()).isEqualTo("37");
        assertThat(p37.get("ucl").asDouble()).isEqualTo(limits.apply(all, 1).location().ucl(36));
        assertThat(flagged(xbar, "NELSON1")).containsExactly(37, 38, 39);
        assertThat(flagged(r, "NELSON1")).isEmpty();
        assertThat(root.get("inControl").asBoolean()).isFalse();
    }

    @Test
    void chart_phase1Only_inControl_exit0_andPictures() throws Exception {
        Path png = dir.resolve("rings.png");
        Path svg = dir.resolve("rings.svg");
        // the 25 trial samples alone: no point beyond the limits, but run rules may still fire;
        // NELSON1 alone makes the verdict depend on the limits only
        Run run = spc("chart", data("pistonrings.csv"), "--type", "xbar-r", "--value", "diameter", "--subgroup", "sample",
                "--phase1", "1..25", "--rules", "NELSON1", "--png", png.toString(), "--svg", svg.toString());
        assertThat(run.code()).isEqualTo(1); // 37-39 are still beyond: the file has all 40 samples
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(Files.readString(svg)).contains("<svg", "UCL");
        Run flow = spc("chart", data("flowrate.csv"), "--type", "imr", "--value", "flowrate", "--rules", "NELSON1");
        assertThat(flow.code()).as(flow.out() + flow.err()).isZero();
        assertThat(flow.out()).contains("IN CONTROL", "i chart", "mr chart");
    }

    @Test
    void chart_saveLimits_thenApply_givesTheSameLimits() throws Exception {
        Path limits = dir.resolve("limits.json");
        Run fit = spc("chart", data("pistonrings.csv"), "--type", "xbar-s", "--value", "diameter", "--subgroup", "sample",
                "--phase1", "1..25", "--save-limits", limits.toString(), "--format", "json");
        assertThat(fit.code()).isEqualTo(1);
        String saved = Files.readString(limits);
        assertThat(saved).contains("\"chart\" : \"XBAR_S\"", "\"firstRow\" : 1", "\"lastRow\" : 125", "\"sha256\"");
        Run apply = spc("chart", data("pistonrings.csv"), "--type", "xbar-s", "--value", "diameter", "--subgroup", "sample",
                "--limits", limits.toString(), "--format", "json");
        JsonNode a = fit.json().get("charts").get(0);
        JsonNode b = apply.json().get("charts").get(0);
        assertThat(b.get("sigma").get("value").asDouble()).isEqualTo(a.get("sigma").get("value").asDouble());
        assertThat(b.get("points")).isEqualTo(a.get("points"));
        Run wrongType = spc("chart", data("pistonrings.csv"), "--type", "xbar-r", "--value", "diameter", "--subgroup",
                "sample", "--limits", limits.toString());
        assertThat(wrongType.code()).isEqualTo(2);
        assertThat(wrongType.err()).contains("limits.json holds XBAR_S limits, but --type is xbar-r");
    }

    @Test
    void chart_saveLimits_thenApply_everyChartFamily() throws Exception {
        String[][] cases = {
            {"p", "orangejuice.csv", "--value", "D", "--size", "size"},
            {"laney-p", "orangejuice.csv", "--value", "D", "--size", "size"},
            {"c", "orangejuice.csv", "--value", "D"},
            {"g", "orangejuice.csv", "--value", "D"},
            {"t", "viscosity.csv", "--value", "viscosity"},
            {"ewma", "viscosity.csv", "--value", "viscosity"},
            {"cusum", "viscosity.csv", "--value", "viscosity", "--head-start", "2"},
            {"ma", "viscosity.csv", "--value", "viscosity", "--span", "4"},
        };
        for (String[] c : cases) {
            Path limits = dir.resolve(c[0] + ".json");
            List<String> fit = new ArrayList<>(List.of("chart", data(c[1]), "--type", c[0], "--format", "json",
                    "--phase1", "1..20", "--save-limits", limits.toString()));
            fit.addAll(List.of(c).subList(2, c.length));
            Run fitted = spc(fit.toArray(String[]::new));
            assertThat(fitted.code()).as(c[0] + fitted.err()).isIn(0, 1);
            List<String> apply = new ArrayList<>(List.of("chart", data(c[1]), "--type", c[0], "--format", "json",
                    "--limits", limits.toString()));
            apply.addAll(List.of(c).subList(2, c.length));
            Run applied = spc(apply.toArray(String[]::new));
            assertThat(applied.code()).as(c[0] + applied.err()).isEqualTo(fitted.code());
            assertThat(applied.json().get("charts")).as(c[0]).isEqualTo(fitted.json().get("charts"));
        }
        Run wrong = spc("chart", data("orangejuice.csv"), "--type", "np", "--value", "D", "--size", "size",
                "--limits", dir.resolve("p.json").toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("p.json holds P limits, but --type is np");
    }

    @Test
    void chart_pChart_orangeJuice_equalsLibrary() throws Exception {
        Run run = spc("chart", data("orangejuice.csv"), "--type", "p", "--value", "D", "--size", "size",
                "--phase1", "1..30", "--format", "json");
        JsonNode p = run.json().get("charts").get(0);
        assertThat(p.get("name").asText()).isEqualTo("p");
        double[] d = SpcCsv.reader().valueColumn("D").read(DATA.resolve("orangejuice.csv")).values();
        double[] n = new double[d.length];
        java.util.Arrays.fill(n, 50);
        var expected = AttributeSpec.p().fit(AttributeData.of(d, n).slice(0, 30)).apply(AttributeData.of(d, n), 1).chart();
        for (int i = 0; i < d.length; i++) {
            assertThat(p.get("points").get(i).get("statistic").asDouble()).isEqualTo(expected.statistic(i));
            assertThat(p.get("points").get(i).get("ucl").asDouble()).isEqualTo(expected.ucl(i));
        }
        assertThat(run.json().get("rulesEvaluated").toString()).contains("NELSON4").doesNotContain("NELSON5");
    }

    @Test
    void chart_everyType_runs_onExampleData() throws Exception {
        String[][] cases = {
            {"xbar-s", "pistonrings.csv", "--value", "diameter", "--subgroup", "sample"},
            {"imr", "viscosity.csv", "--value", "viscosity"},
            {"np", "orangejuice.csv", "--value", "D", "--size", "size"},
            {"c", "orangejuice.csv", "--value", "D"},
            {"u", "orangejuice.csv", "--value", "D", "--size", "size"},
            {"laney-p", "orangejuice.csv", "--value", "D", "--size", "size"},
            {"laney-u", "orangejuice.csv", "--value", "D", "--size", "size"},
            {"g", "orangejuice.csv", "--value", "D"},
            {"t", "viscosity.csv", "--value", "viscosity"},
            {"ewma", "viscosity.csv", "--value", "viscosity", "--lambda", "0.2", "--nsigmas", "2.7"},
            {"cusum", "viscosity.csv", "--value", "viscosity", "--k", "0.5", "--h", "4"},
            {"ma", "viscosity.csv", "--value", "viscosity", "--span", "3"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("chart", data(c[1]), "--type", c[0], "--format", "json"));
            args.addAll(List.of(c).subList(2, c.length));
            Run run = spc(args.toArray(String[]::new));
            assertThat(run.code()).as("%s: %s", c[0], run.err()).isIn(0, 1);
            JsonNode root = run.json();
            assertThat(root.get("chartType").asText()).isEqualTo(c[0]);
            assertThat(root.get("charts").get(0).get("points").size()).as(c[0]).isGreaterThan(10);
            assertThat(root.get("inControl").asBoolean()).isEqualTo(run.code() == 0);
        }
    }

    @Test
    void chart_junitAndMarkdownAndCsv() throws Exception {
        String[] base = {"chart", data("pistonrings.csv"), "--type", "xbar-r", "--value", "diameter", "--subgroup",
            "sample", "--phase1", "1..25", "--rules", "we"};
        Path xml = dir.resolve("junit.xml");
        Run junit = spc(concat(base, "--format", "junit", "-o", xml.toString()));
        assertThat(junit.code()).isEqualTo(1);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("5"); // WE1-4 on xbar, NELSON1 on r
        assertThat(doc.getElementsByTagName("failure").getLength()).isGreaterThanOrEqualTo(1);
        assertThat(doc.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .contains("WE1 violated on the xbar chart at point(s) 37, 38, 39");
        Run md = spc(concat(base, "--format", "markdown"));
        assertThat(md.out()).contains("**out of control**", "| xbar | 37 | 37 | WE1 | 37 |");
        Run csv = spc(concat(base, "--format", "csv"));
        assertThat(csv.out().lines().count()).isEqualTo(81);
        assertThat(csv.out()).contains("xbar,37,37,,74.0166");
    }

    @Test
    void chart_ruleListsAndCounts() throws Exception {
        Run run = spc("chart", data("pistonrings.csv"), "--type", "xbar-r", "--value", "diameter", "--subgroup", "sample",
                "--phase1", "1..25", "--rules", "WE1,NELSON2:5", "--format", "json");
        assertThat(run.json().get("rulesEvaluated").toString()).isEqualTo("[\"WE1\",\"NELSON2\",\"NELSON1\"]");
        Run none = spc("chart", data("pistonrings.csv"), "--type", "xbar-r", "--value", "diameter", "--subgroup", "sample",
                "--phase1", "1..25", "--rules", "none");
        assertThat(none.code()).isZero();
    }

    /* --------------- capability and Pareto --------------- */

    @Test
    void capability_gate_exitCodes_andValues() throws Exception {
        String[] base = {"capability", data("pistonrings.csv"), "--value", "diameter", "--subgroup", "sample",
            "--lsl", "73.95", "--usl", "74.05", "--target", "74", "--format", "json"};
        Run pass = spc(concat(base, "--min-cpk", "1.33"));
        assertThat(pass.code()).as(pass.err()).isZero();
        JsonNode root = pass.json();
        Subgroups all = SpcCsv.reader().valueColumn("diameter").subgroupColumn("sample")
                .read(DATA.resolve("pistonrings.csv")).subgroups();
        Capability c = Capability.of(all, SpecLimits.twoSided(73.95, 74.05).withTarget(74));
        assertThat(root.get("cp").asDouble()).isEqualTo(c.cp());
        assertThat(root.get("cpk").asDouble()).isEqualTo(c.cpk());
        assertThat(root.get("ppk").asDouble()).isEqualTo(c.ppk());
        assertThat(root.get("cpm").asDouble()).isEqualTo(c.cpm());
        assertThat(root.get("ci").get("cpk").get("lower").asDouble()).isLessThan(c.cpk());
        assertThat(root.get("ppm").get("expectedWithin").get("total").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(root.get("gate").get("passed").asBoolean()).isTrue();
        Run fail = spc(concat(base, "--min-cpk", "2.0"));
        assertThat(fail.code()).isEqualTo(1);
        assertThat(fail.json().get("capable").asBoolean()).isFalse();
        Run bound = spc(concat(base, "--min-cpk", String.valueOf(c.cpk() - 1e-9), "--gate-on-lower-bound"));
        assertThat(bound.code()).as("the lower bound is below the estimate").isEqualTo(1);
        Run nonparametric = spc("capability", data("pistonrings.csv"), "--value", "diameter", "--lsl", "73.95",
                "--usl", "74.05", "--distribution", "nonparametric");
        assertThat(nonparametric.code()).isEqualTo(2);
        assertThat(nonparametric.err()).contains("740");
    }

    @Test
    void pareto_qccDefects() throws Exception {
        Path png = dir.resolve("pareto.png");
        Run run = spc("pareto", data("defects.csv"), "--category", "category", "--count", "frequency", "--format", "json",
                "--png", png.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode rows = run.json().get("rows");
        // qcc: contact num. 94 (31.33 %), price code 80, supplier code 66 -> cumulative 80 %
        assertThat(rows.get(0).get("category").asText()).isEqualTo("contact num.");
        assertThat(rows.get(0).get("percent").asDouble()).isCloseTo(100.0 * 94 / 300, within(1e-12));
        assertThat(rows.get(2).get("vitalFew").asBoolean()).isTrue();
        assertThat(rows.get(3).get("vitalFew").asBoolean()).isFalse();
        assertThat(rows.get(2).get("cumulativePercent").asDouble()).isCloseTo(80.0, within(1e-9));
        assertThat(ImageIO.read(png.toFile()).getHeight()).isPositive();
    }

    /* --------------- bad input: exit 2 with file, line, column --------------- */

    @Test
    void badInput_exit2_withWhereItCameFrom() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "sample,diameter\n1,74.01\n1,74.02\n2,74.0.1\n2,74.00\n");
        Run run = spc("chart", bad.toString(), "--type", "xbar-r", "--value", "diameter", "--subgroup", "sample");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("spc: bad.csv, line 4, column 2: '74.0.1' is not a number (column 'diameter')");
    }

    @Test
    void usageErrors_exit2() {
        assertThat(spc("chart", data("pistonrings.csv"), "--type", "xbar-q", "--value", "diameter").err())
                .contains("unknown --type 'xbar-q'");
        Run missing = spc("chart", data("pistonrings.csv"), "--type", "xbar-r", "--value", "diam");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no value column 'diam'; the columns are [sample, diameter, trial]");
        Run phase = spc("chart", data("pistonrings.csv"), "--type", "xbar-r", "--value", "diameter", "--subgroup",
                "sample", "--phase1", "30..45");
        assertThat(phase.code()).isEqualTo(2);
        assertThat(phase.err()).contains("--phase1 '30..45' must be A..B with 1 <= A <= B <= 40");
        assertThat(spc("chart").code()).isEqualTo(2);
        assertThat(spc().code()).isEqualTo(2);
        assertThat(spc("capability", data("pistonrings.csv"), "--value", "diameter", "--lsl", "74.1", "--usl", "74")
                .err()).contains("74.1").contains("74.0");
        assertThat(spc("chart", "/no/such.csv", "--type", "imr", "--value", "x").code()).isEqualTo(2);
    }

    @Test
    void help_forEveryCommand_withExamples() {
        for (String cmd : new String[] {"chart", "capability", "pareto"}) {
            Run help = spc(cmd, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Examples:", "spc " + cmd);
        }
        assertThat(spc("--help").out()).contains("chart", "capability", "pareto", "Exit codes");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
