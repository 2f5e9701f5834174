package org.spc4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.RuleSet;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.io.csv.SkippedRow;

/**
 * Chart reports written point by point: the same text as the String methods, every point's rule
 * ids those of {@link RuleViolations#rulesAt} (the reference), and the caller's writer left open.
 */
class ReportsTest {

    /** Staged individuals with a shift, so that several rules flag points, some points twice. */
    private static ChartReport report() {
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + Math.sin(i * 1.7) * 0.5 + (i >= 20 && i < 32 ? 1.2 : 0) + (i == 45 ? 4 : 0);
        }
        List<String> stages = new java.util.ArrayList<>(java.util.Collections.nCopies(40, "A"));
        stages.addAll(java.util.Collections.nCopies(20, "B"));
        ChartResult r = ChartSpec.individuals().chart(Subgroups.individuals(x).withStages(stages));
        RuleSet nelson = RuleSet.nelson();
        List<ChartReport.Section> sections = List.of(
                new ChartReport.Section(r.location(), r.sigma(), "AVERAGE_MOVING_RANGE", nelson.evaluate(r.location())),
                new ChartReport.Section(r.dispersion(), r.sigma(), "AVERAGE_MOVING_RANGE", nelson.evaluate(r.dispersion())));
        return new ChartReport("imr", "x.csv", sections, List.of(new SkippedRow(7, 2, "'x' is not a number")));
    }

    @Test
    void streamedFormats_equalTheStringMethods_andLeaveTheWriterOpen() throws IOException {
        ChartReport report = report();
        assertThat(report.sections().get(0).violations().violations()).hasSizeGreaterThan(3);
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            Writer open = new java.io.FilterWriter(out) {
                @Override
                public void close() {
                    throw new AssertionError("the report closed the caller's writer");
                }
            };
            Reports.write(report, format, open);
            open.write("after");
            String expected = switch (format) {
                case TEXT -> Reports.text(report);
                case JSON -> Reports.json(report);
                case CSV -> Reports.csv(report);
                case JUNIT -> Reports.junit(report);
                case MARKDOWN -> Reports.markdown(report);
            };
            assertThat(out.toString()).as(format.name()).isEqualTo(expected + "after");
        }
    }

    @Test
    void everyPointsRules_areThoseOfRulesAt() throws IOException {
        ChartReport report = report();
        JsonNode json = new ObjectMapper().readTree(Reports.json(report));
        String[] csv = Reports.csv(report).split("\n");
        String[] text = Reports.text(report).split("\n");
        int csvLine = 1;
        int flaggedTwice = 0;
        for (int k = 0; k < report.sections().size(); k++) {
            ChartReport.Section s = report.sections().get(k);
            ControlChart c = s.chart();
            JsonNode points = json.get("charts").get(k).get("points");
            assertThat(points.size()).isEqualTo(c.size());
            for (int i = 0; i < c.size(); i++) {
                List<String> expected = s.violations().rulesAt(c.index(i));
                flaggedTwice += expected.size() > 1 ? 1 : 0;
                List<String> ids = new java.util.ArrayList<>();
                points.get(i).get("rules").forEach(n -> ids.add(n.asText()));
                assertThat(ids).as("JSON point %d of %s", c.index(i), s.name()).isEqualTo(expected);
                String[] fields = csv[csvLine++].split(",", -1);
                assertThat(fields[8]).as("CSV point %d", c.index(i)).isEqualTo(String.join("|", expected));
            }
            assertThat(textRow(text, s.name(), c.index(0))).endsWith(String.join(",", s.violations().rulesAt(c.index(0))));
        }
        assertThat(flaggedTwice).as("points with two rules").isPositive();
    }

    @Test
    void rulesByPoint_inAnyOrder_equalsRulesAt() {
        RuleViolations v = report().sections().get(0).violations();
        Reports.RulesByPoint rules = new Reports.RulesByPoint(v);
        for (int index : new int[] {1, 5, 22, 23, 23, 60, 3, 46, 46, 61, 0}) {
            assertThat(rules.at(index)).as("point %d", index).isEqualTo(v.rulesAt(index));
        }
    }

    /** The text table's row of a point: the line after the chart's header that starts with the index. */
    private static String textRow(String[] lines, String chart, int index) {
        boolean inChart = false;
        for (String line : lines) {
            inChart |= line.startsWith(chart + " chart:");
            if (inChart && line.trim().startsWith(index + " ")) {
                return line.strip();
            }
        }
        throw new AssertionError("no row of point " + index + " in " + chart);
    }
}
