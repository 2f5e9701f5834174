package org.spc4j.io.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import org.spc4j.core.control.ChartPoint;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.rules.Violation;
import org.spc4j.io.csv.SkippedRow;

/**
 * The per-point chart reports as {@link Reports} wrote them before they were made in a reused
 * buffer (commit b3b7c91): a point record, {@code String.format}, {@code BigDecimal} rounding and
 * the JSON generator per point. The oracle of {@link ReportsIdentityTest}: the reports of today
 * must be these, byte for byte (the JSON schema and the number text are a contract).
 */
final class LegacyReports {

    private LegacyReports() {
    }

    static String json(ChartReport report) {
        return asString(report, 0);
    }

    static String csv(ChartReport report) {
        return asString(report, 1);
    }

    static String text(ChartReport report) {
        return asString(report, 2);
    }

    private static String asString(ChartReport report, int format) {
        StringWriter out = new StringWriter();
        try {
            switch (format) {
                case 0 -> json(report, out);
                case 1 -> csv(report, out);
                default -> text(report, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void json(ChartReport report, Writer out) throws IOException {
        // not AUTO_CLOSE_TARGET: the writer belongs to the caller (standard output, for one)
        try (JsonGenerator g = Reports.MAPPER.writer().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", Reports.SCHEMA_VERSION);
            g.writeStringField("report", "chart");
            g.writeStringField("chartType", report.chartType());
            g.writeStringField("source", report.source());
            g.writeBooleanField("inControl", report.inControl());
            g.writeArrayFieldStart("rulesEvaluated");
            for (String id : report.rulesEvaluated()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("charts");
            for (ChartReport.Section s : report.sections()) {
                ControlChart c = s.chart();
                g.writeStartObject();
                g.writeStringField("name", s.name());
                g.writeObjectFieldStart("sigma");
                number(g, "value", s.sigma());
                g.writeStringField("method", s.sigmaMethod());
                g.writeEndObject();
                number(g, "center", s.center());
                number(g, "nsigmas", c.nsigmas());
                g.writeArrayFieldStart("points");
                Reports.RulesByPoint rules = new Reports.RulesByPoint(s.violations());
                for (int i = 0; i < c.size(); i++) {
                    ChartPoint p = c.point(i);
                    g.writeStartObject();
                    g.writeNumberField("index", p.index());
                    g.writeStringField("label", p.label());
                    if (!p.stage().isEmpty()) {
                        g.writeStringField("stage", p.stage());
                    }
                    number(g, "statistic", p.statistic());
                    number(g, "lcl", p.lcl());
                    number(g, "cl", p.center());
                    number(g, "ucl", p.ucl());
                    g.writeArrayFieldStart("rules");
                    for (String id : rules.at(p.index())) {
                        g.writeString(id);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("violations");
                for (Violation v : s.violations().violations()) {
                    g.writeStartObject();
                    g.writeStringField("rule", v.rule());
                    g.writeNumberField("index", v.index());
                    g.writeNumberField("firstIndex", v.firstIndex());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skippedRows");
            for (SkippedRow r : report.skipped()) {
                g.writeStartObject();
                g.writeNumberField("line", r.line());
                g.writeNumberField("column", r.column());
                g.writeStringField("reason", r.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        }
        out.write("\n");
    }

    /** JSON has no NaN or infinity: such values are written as null. */
    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(field, value);
        } else {
            g.writeNullField(field);
        }
    }

    private static void csv(ChartReport report, Writer out) throws IOException {
        out.write("chart,index,label,stage,statistic,lcl,cl,ucl,rules\n");
        StringBuilder sb = new StringBuilder();
        for (ChartReport.Section s : report.sections()) {
            ControlChart c = s.chart();
            Reports.RulesByPoint rules = new Reports.RulesByPoint(s.violations());
            for (int i = 0; i < c.size(); i++) {
                ChartPoint p = c.point(i);
                sb.setLength(0);
                sb.append(Reports.csvField(s.name())).append(',').append(p.index()).append(',').append(Reports.csvField(p.label()))
                        .append(',').append(Reports.csvField(p.stage())).append(',').append(p.statistic()).append(',')
                        .append(p.lcl()).append(',').append(p.center()).append(',').append(p.ucl()).append(',')
                        .append(String.join("|", rules.at(p.index()))).append('\n');
                out.append(sb);
            }
        }
    }

    private static void text(ChartReport report, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%s chart of %s: %s%n", report.chartType(),
                report.source().isEmpty() ? "data" : report.source(), report.inControl() ? "IN CONTROL" : "OUT OF CONTROL"));
        for (ChartReport.Section s : report.sections()) {
            ControlChart c = s.chart();
            out.write(String.format(Locale.ROOT, "%n%s chart: sigma %s (%s), %s-sigma limits, %d points%n", s.name(),
                    sig(s.sigma()), s.sigmaMethod(), sig(c.nsigmas()), c.size()));
            out.write(String.format(Locale.ROOT, "%6s  %-12s %12s %12s %12s %12s  %s%n", "index", "label", "statistic",
                    "LCL", "CL", "UCL", "rules"));
            Reports.RulesByPoint rules = new Reports.RulesByPoint(s.violations());
            for (int i = 0; i < c.size(); i++) {
                ChartPoint p = c.point(i);
                out.write(String.format(Locale.ROOT, "%6d  %-12s %12s %12s %12s %12s  %s%n", p.index(), clip(p.label()),
                        sig(p.statistic()), sig(p.lcl()), sig(p.center()), sig(p.ucl()),
                        String.join(",", rules.at(p.index()))));
            }
            List<Violation> all = s.violations().violations();
            if (!all.isEmpty()) {
                out.write("violations: " + all.subList(0, Math.min(all.size(), Reports.MARKDOWN_ROWS))
                        + (all.size() > Reports.MARKDOWN_ROWS ? " and " + (all.size() - Reports.MARKDOWN_ROWS) + " more" : "") + "\n");
            }
        }
        for (SkippedRow r : report.skipped()) {
            out.write(String.format(Locale.ROOT, "skipped line %d%s: %s%n", r.line(),
                    r.column() > 0 ? ", column " + r.column() : "", r.reason()));
        }
    }

    private static String clip(String s) {
        return s.length() <= 12 ? s : s.substring(0, 11) + "~";
    }

    /** Seven significant digits, as R prints. */
    static String sig(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }
}
