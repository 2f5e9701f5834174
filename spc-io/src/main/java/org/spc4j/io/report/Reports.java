package org.spc4j.io.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.spc4j.core.capability.Interval;
import org.spc4j.core.capability.Ppm;
import org.spc4j.core.pareto.ParetoRow;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.core.rules.Violation;
import org.spc4j.io.csv.SkippedRow;

/**
 * Writes reports in every {@link ReportFormat}. The JSON schema is documented in
 * {@code docs/report-schema.md}; {@link #SCHEMA_VERSION} changes whenever a field changes meaning
 * or disappears (adding a field does not change it).
 *
 * <p>The per-point chart reports (text, JSON, CSV) are written point by point to the writer of
 * {@link #write(ChartReport, ReportFormat, Writer)}, never built in memory first: a chart of 56
 * million points makes a report of several gigabytes. Each point's rule ids come from one pass
 * through the violations, which are ordered by point.
 */
public final class Reports {

    /** Version of the JSON report schema. */
    public static final int SCHEMA_VERSION = 1;

    /** Points listed per rule in a JUnit failure message; the count of the rest follows. */
    static final int LISTED = 20;
    /** Violation rows in a Markdown summary; the count of the rest follows. */
    static final int MARKDOWN_ROWS = 50;

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The line end of {@code %n}, which is also the one of the JSON pretty printer. */
    private static final String LINE_END = System.lineSeparator();

    private Reports() {
    }

    /** Writes a chart report in the given format; text, JSON and CSV point by point. */
    public static void write(ChartReport report, ReportFormat format, Writer out) {
        write(report, format, out, Reports::text, Reports::json, Reports::csv, whole(Reports::junit),
                whole(Reports::markdown));
    }

    /** Writes a capability report in the given format. */
    public static void write(CapabilityReport report, ReportFormat format, Writer out) {
        write(report, format, out, whole(Reports::text), whole(Reports::json), whole(Reports::csv),
                whole(Reports::junit), whole(Reports::markdown));
    }

    /** Writes a Pareto report in the given format (JUnit: one passing test case). */
    public static void write(ParetoReport report, ReportFormat format, Writer out) {
        write(report, format, out, whole(r -> r.pareto().toString()), whole(Reports::json), whole(Reports::csv),
                whole(Reports::junit), whole(Reports::markdown));
    }

    /** Writes a report of type R in one format to a writer. */
    @FunctionalInterface
    private interface Writing<R> {
        void write(R report, Writer out) throws IOException;
    }

    /** A report that is small whatever the data: made as one string, then written. */
    private static <R> Writing<R> whole(Function<R, String> f) {
        return (r, out) -> out.write(f.apply(r));
    }

    private static <R> void write(R report, ReportFormat format, Writer out, Writing<R> text, Writing<R> json,
                                  Writing<R> csv, Writing<R> junit, Writing<R> markdown) {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Writing<R> writer = switch (format) {
            case JSON -> json;
            case CSV -> csv;
            case JUNIT -> junit;
            case MARKDOWN -> markdown;
            case TEXT -> text;
        };
        try {
            writer.write(report, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a streaming writer writes, as a string (for the String-returning methods). */
    private static <R> String asString(R report, Writing<R> writer) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /**
     * The rule ids of each point in turn, from one pass through a chart's violations (ordered by
     * point, then rule-set order): the same lists as {@link RuleViolations#rulesAt}, which scans
     * every violation for each point and so cannot serve a chart of millions of points.
     */
    static final class RulesByPoint {
        private final List<Violation> violations;
        private int next;
        /** {@code violations.get(next)}, or null past the end: read once per violation, not once per point. */
        private Violation peek;
        private int last = Integer.MIN_VALUE;
        private List<String> lastRules = List.of();
        /** One list per rule id for the points that violate that rule alone (no list per point). */
        private final Map<String, List<String>> single = new HashMap<>();

        RulesByPoint(RuleViolations violations) {
            this.violations = violations.violations();
            this.peek = this.violations.isEmpty() ? null : this.violations.get(0);
        }

        /** Rule ids of the point with this 1-based index (one pass when asked in increasing order, as charts number points). */
        List<String> at(int index) {
            if (index == last) {
                return lastRules;
            }
            if (index < last) {
                next = -1; // asked out of order: start again
                advance();
            }
            last = index;
            while (peek != null && peek.index() < index) {
                advance();
            }
            if (peek == null || peek.index() != index) {
                lastRules = List.of();
                return lastRules;
            }
            String first = peek.rule();
            advance();
            if (peek == null || peek.index() != index) {   // most flagged points break one rule
                lastRules = single.computeIfAbsent(first, List::of);
                return lastRules;
            }
            List<String> rules = new ArrayList<>(4);
            rules.add(first);
            while (peek != null && peek.index() == index) {
                rules.add(peek.rule());
                advance();
            }
            lastRules = List.copyOf(rules);
            return lastRules;
        }

        private void advance() {
            next++;
            peek = next < violations.size() ? violations.get(next) : null;
        }
    }

    /* --------------- capability --------------- */

    /** The JSON report of a capability check. */
    public static String json(CapabilityReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("report", "capability");
        root.put("source", r.source());
        root.put("method", r.method());
        ObjectNode specs = root.putObject("specs");
        number(specs, "lsl", r.specs().lsl());
        number(specs, "usl", r.specs().usl());
        number(specs, "target", r.specs().target());
        root.put("n", r.n());
        number(root, "mean", r.mean());
        ObjectNode sigma = root.putObject("sigma");
        number(sigma, "within", r.withinSigma());
        sigma.put("withinMethod", r.withinMethod());
        number(sigma, "overall", r.overallSigma());
        for (Map.Entry<String, Double> e : r.indices().entrySet()) {
            number(root, e.getKey(), e.getValue());
        }
        ObjectNode ppm = root.putObject("ppm");
        for (Map.Entry<String, Ppm> e : r.ppm().entrySet()) {
            ObjectNode n = ppm.putObject(e.getKey());
            number(n, "below", e.getValue().below());
            number(n, "above", e.getValue().above());
            number(n, "total", e.getValue().total());
        }
        ObjectNode ci = root.putObject("ci");
        for (Map.Entry<String, Interval> e : r.intervals().entrySet()) {
            ObjectNode n = ci.putObject(e.getKey());
            number(n, "lower", e.getValue().lower());
            number(n, "upper", e.getValue().upper());
            number(n, "level", e.getValue().level());
            n.put("bounds", e.getValue().bounds().name());
        }
        if (r.gate() != null) {
            ObjectNode g = root.putObject("gate");
            g.put("index", r.gate().index());
            number(g, "minimum", r.gate().minimum());
            g.put("onLowerBound", r.gate().onLowerBound());
            number(g, "value", r.gate().value());
            g.put("passed", r.gate().passed());
        }
        root.put("capable", r.capable());
        skipped(root, r.skipped());
        return write(root);
    }

    /** Capability as CSV rows: index,value,lower,upper. */
    public static String csv(CapabilityReport r) {
        StringBuilder sb = new StringBuilder("index,value,lower,upper\n");
        for (Map.Entry<String, Double> e : r.indices().entrySet()) {
            Interval ci = r.intervals().get(e.getKey());
            sb.append(e.getKey()).append(',').append(e.getValue()).append(',')
                    .append(ci == null ? "" : Double.toString(ci.lower())).append(',')
                    .append(ci == null ? "" : Double.toString(ci.upper())).append('\n');
        }
        return sb.toString();
    }

    /** JUnit XML with one test case: the capability gate (passing when there is none). */
    public static String junit(CapabilityReport r) {
        String name = r.gate() == null ? "capability" : String.format(Locale.ROOT, "%s%s >= %s", r.gate().index(),
                r.gate().onLowerBound() ? " lower bound" : "", sig(r.gate().minimum()));
        boolean failed = !r.capable();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + String.format(Locale.ROOT, "<testsuites name=\"spc\" tests=\"1\" failures=\"%d\">%n", failed ? 1 : 0)
                + String.format(Locale.ROOT, "  <testsuite name=\"spc capability %s\" tests=\"1\" failures=\"%d\" errors=\"0\">%n",
                        xml(r.source()), failed ? 1 : 0)
                + String.format(Locale.ROOT, "    <testcase classname=\"spc.capability\" name=\"%s\"", xml(name))
                + (failed ? String.format(Locale.ROOT, ">%n      <failure message=\"%s\" type=\"CapabilityGate\"/>%n    </testcase>%n",
                        xml(String.format(Locale.ROOT, "%s is %s, below the required %s", r.gate().index(),
                                sig(r.gate().value()), sig(r.gate().minimum()))))
                        : "/>\n")
                + "  </testsuite>\n</testsuites>\n";
    }

    /** A Markdown summary of a capability check. */
    public static String markdown(CapabilityReport r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "### SPC capability (%s): %s%n%n", r.method(),
                r.gate() == null ? "no gate" : r.capable() ? "capable" : "**not capable**"));
        sb.append(String.format(Locale.ROOT, "n = %d, mean %s, spec %s%n%n| index | value | lower | upper |%n| --- | ---: | ---: | ---: |%n",
                r.n(), sig(r.mean()), r.specs()));
        for (Map.Entry<String, Double> e : r.indices().entrySet()) {
            Interval ci = r.intervals().get(e.getKey());
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", e.getKey(), sig(e.getValue()),
                    ci == null ? "" : sig(ci.lower()), ci == null ? "" : sig(ci.upper())));
        }
        if (r.gate() != null) {
            sb.append(String.format(Locale.ROOT, "%nGate: %s%s >= %s: %s (%s)%n", r.gate().index(),
                    r.gate().onLowerBound() ? " lower bound" : "", sig(r.gate().minimum()),
                    r.gate().passed() ? "passed" : "**failed**", sig(r.gate().value())));
        }
        return sb.toString();
    }

    /** A plain-text capability report. */
    public static String text(CapabilityReport r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "capability of %s (%s): %s%n",
                r.source().isEmpty() ? "data" : r.source(), r.method(),
                r.gate() == null ? "no gate" : r.capable() ? "CAPABLE" : "NOT CAPABLE"));
        sb.append(String.format(Locale.ROOT, "n %d, mean %s, sigma within %s%s, overall %s, spec %s%n", r.n(),
                sig(r.mean()), sig(r.withinSigma()), r.withinMethod().isEmpty() ? "" : " (" + r.withinMethod() + ")",
                sig(r.overallSigma()), r.specs()));
        sb.append(String.format(Locale.ROOT, "%-6s %10s %10s %10s%n", "index", "value", "lower", "upper"));
        for (Map.Entry<String, Double> e : r.indices().entrySet()) {
            Interval ci = r.intervals().get(e.getKey());
            sb.append(String.format(Locale.ROOT, "%-6s %10s %10s %10s%n", e.getKey(), sig(e.getValue()),
                    ci == null ? "" : sig(ci.lower()), ci == null ? "" : sig(ci.upper())));
        }
        for (Map.Entry<String, Ppm> e : r.ppm().entrySet()) {
            sb.append(String.format(Locale.ROOT, "ppm %-16s below %s, above %s, total %s%n", e.getKey(),
                    sig(e.getValue().below()), sig(e.getValue().above()), sig(e.getValue().total())));
        }
        if (r.gate() != null) {
            sb.append(String.format(Locale.ROOT, "gate %s%s >= %s: %s (%s)%n", r.gate().index(),
                    r.gate().onLowerBound() ? " lower bound" : "", sig(r.gate().minimum()),
                    r.gate().passed() ? "passed" : "FAILED", sig(r.gate().value())));
        }
        return sb.toString();
    }

    /* --------------- Pareto --------------- */

    /** The JSON report of a Pareto analysis. */
    public static String json(ParetoReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("report", "pareto");
        root.put("source", r.source());
        root.put("weighted", r.pareto().weighted());
        number(root, "total", r.pareto().total());
        root.put("totalCount", r.pareto().totalCount());
        number(root, "vitalFewCut", r.pareto().vitalFewCut());
        ArrayNode rows = root.putArray("rows");
        for (ParetoRow row : r.pareto().rows()) {
            ObjectNode n = rows.addObject();
            n.put("category", row.category());
            n.put("count", row.count());
            number(n, "value", row.value());
            number(n, "percent", row.percent());
            number(n, "cumulativePercent", row.cumulativePercent());
            n.put("vitalFew", row.vitalFew());
            n.put("other", row.other());
        }
        skipped(root, r.skipped());
        return write(root);
    }

    /** Pareto rows as CSV. */
    public static String csv(ParetoReport r) {
        StringBuilder sb = new StringBuilder("category,count,value,percent,cumulative_percent,vital_few\n");
        for (ParetoRow row : r.pareto().rows()) {
            sb.append(csvField(row.category())).append(',').append(row.count()).append(',').append(row.value())
                    .append(',').append(row.percent()).append(',').append(row.cumulativePercent()).append(',')
                    .append(row.vitalFew()).append('\n');
        }
        return sb.toString();
    }

    /** JUnit XML: a Pareto analysis has no pass/fail criterion; one passing case summarises it. */
    public static String junit(ParetoReport r) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"spc\" tests=\"1\" failures=\"0\">\n"
                + String.format(Locale.ROOT, "  <testsuite name=\"spc pareto %s\" tests=\"1\" failures=\"0\" errors=\"0\">%n",
                        xml(r.source()))
                + String.format(Locale.ROOT, "    <testcase classname=\"spc.pareto\" name=\"%d categories, vital few: %s\"/>%n",
                        r.pareto().rows().size(), xml(String.join(", ",
                                r.pareto().vitalFew().stream().map(ParetoRow::category).toList())))
                + "  </testsuite>\n</testsuites>\n";
    }

    /** A Markdown Pareto table. */
    public static String markdown(ParetoReport r) {
        StringBuilder sb = new StringBuilder("### Pareto analysis\n\n| category | count | % | cumulative % | vital few |\n"
                + "| --- | ---: | ---: | ---: | :---: |\n");
        for (ParetoRow row : r.pareto().rows()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %s |%n", row.category().replace("|", "\\|"),
                    row.count(), row.percent(), row.cumulativePercent(), row.vitalFew() ? "x" : ""));
        }
        return sb.toString();
    }

    /* --------------- charts --------------- */

    /** The JSON report of a chart check. */
    public static String json(ChartReport report) {
        return asString(report, Reports::json);
    }

    /** The JSON report of a chart check, point by point (the same text as a tree written by {@link #MAPPER}). */
    private static void json(ChartReport report, Writer out) throws IOException {
        // not AUTO_CLOSE_TARGET: the writer belongs to the caller (standard output, for one)
        try (JsonGenerator g = MAPPER.writer().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
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
                jsonPoints(s, g);
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

    /**
     * The points of one chart, made in a reused buffer as the generator would write them (the
     * {@link #MAPPER}'s pretty printer, at the depth of a point) and handed to it in pieces as raw
     * values: pieces after the first start with a point, and the generator writes the ", " before
     * each piece and the " ]" after the last, as between points.
     */
    private static void jsonPoints(ChartReport.Section s, JsonGenerator g) throws IOException {
        ControlChart c = s.chart();
        RulesByPoint rules = new RulesByPoint(s.violations());
        ReportText text = new ReportText(4);
        boolean numbered = c.labelsAreIndexes();
        for (int i = 0; i < c.size(); i++) {
            if (text.length() > 0) {
                text.append(", ");
            }
            int index = c.index(i);
            text.append(JSON_INDEX).append(index).append(JSON_LABEL);
            if (numbered) {
                text.append('"').append(index).append('"');
            } else {
                jsonString(text, c.label(i));
            }
            String stage = c.stage(i);
            if (!stage.isEmpty()) {
                jsonString(text.append(JSON_STAGE), stage);
            }
            jsonNumber(text.append(JSON_STATISTIC), 0, c.statistic(i));
            jsonNumber(text.append(JSON_LCL), 1, c.lcl(i));
            jsonNumber(text.append(JSON_CL), 2, c.center(i));
            jsonNumber(text.append(JSON_UCL), 3, c.ucl(i));
            text.append(JSON_RULES);
            List<String> ids = rules.at(index);
            for (int r = 0; r < ids.size(); r++) {
                jsonString(text.append(r == 0 ? " " : ", "), ids.get(r));
            }
            text.append(JSON_END);
            if (text.full()) {
                g.writeRawValue(text.chars(), 0, text.length());
                text.clear();
            }
        }
        if (text.length() > 0) {
            g.writeRawValue(text.chars(), 0, text.length());
        }
    }

    /** Between a point's values, at the generator's indentation of a point's fields (three levels). */
    private static final String JSON_FIELD = "," + LINE_END + "      ";
    private static final char[] JSON_INDEX = ("{" + LINE_END + "      \"index\" : ").toCharArray();
    private static final char[] JSON_LABEL = (JSON_FIELD + "\"label\" : ").toCharArray();
    private static final char[] JSON_STAGE = (JSON_FIELD + "\"stage\" : ").toCharArray();
    private static final char[] JSON_STATISTIC = (JSON_FIELD + "\"statistic\" : ").toCharArray();
    private static final char[] JSON_LCL = (JSON_FIELD + "\"lcl\" : ").toCharArray();
    private static final char[] JSON_CL = (JSON_FIELD + "\"cl\" : ").toCharArray();
    private static final char[] JSON_UCL = (JSON_FIELD + "\"ucl\" : ").toCharArray();
    private static final char[] JSON_RULES = (JSON_FIELD + "\"rules\" : [").toCharArray();
    private static final char[] JSON_END = (" ]" + LINE_END + "    }").toCharArray();

    /** A JSON number as the generator writes a double (Double.toString), null for NaN and infinities. */
    private static void jsonNumber(ReportText text, int column, double value) {
        if (Double.isFinite(value)) {
            text.shortest(column, value);
        } else {
            text.append("null");
        }
    }

    /** A JSON string as the generator writes it: quoted as it is, or escaped by the generator when it has to be. */
    private static void jsonString(ReportText text, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ch == '"' || ch == '\\') {
                text.append(MAPPER.writeValueAsString(s)); // control characters, quotes, backslashes: rare
                return;
            }
        }
        text.append('"').append(s).append('"');
    }

    /** JSON has no NaN or infinity: such values are written as null. */
    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(field, value);
        } else {
            g.writeNullField(field);
        }
    }

    static void skipped(ObjectNode root, List<SkippedRow> rows) {
        ArrayNode skipped = root.putArray("skippedRows");
        for (SkippedRow r : rows) {
            ObjectNode n = skipped.addObject();
            n.put("line", r.line());
            n.put("column", r.column());
            n.put("reason", r.reason());
        }
    }

    static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** JSON has no NaN or infinity: such values are written as null. */
    static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** Per-point CSV: chart,index,label,stage,statistic,lcl,cl,ucl,rules (rule ids separated by '|'). */
    public static String csv(ChartReport report) {
        return asString(report, Reports::csv);
    }

    private static void csv(ChartReport report, Writer out) throws IOException {
        out.write("chart,index,label,stage,statistic,lcl,cl,ucl,rules\n");
        ReportText line = new ReportText(4);
        for (ChartReport.Section s : report.sections()) {
            ControlChart c = s.chart();
            String name = csvField(s.name());
            boolean numbered = c.labelsAreIndexes();
            RulesByPoint rules = new RulesByPoint(s.violations());
            for (int i = 0; i < c.size(); i++) {
                int index = c.index(i);
                line.append(name).append(',').append(index).append(',');
                if (numbered) {
                    line.append(index);
                } else {
                    line.append(csvField(c.label(i)));
                }
                line.append(',').append(csvField(c.stage(i))).append(',')
                        .shortest(0, c.statistic(i)).append(',').shortest(1, c.lcl(i)).append(',')
                        .shortest(2, c.center(i)).append(',').shortest(3, c.ucl(i)).append(',');
                List<String> ids = rules.at(index);
                for (int r = 0; r < ids.size(); r++) {
                    (r == 0 ? line : line.append('|')).append(ids.get(r));
                }
                line.append('\n');
                if (line.full()) {
                    line.writeTo(out);
                }
            }
        }
        line.writeTo(out);
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** JUnit XML: one test suite per chart, one test case per evaluated rule, failing when violated. */
    public static String junit(ChartReport report) {
        StringBuilder cases = new StringBuilder();
        int tests = 0;
        int failures = 0;
        for (ChartReport.Section s : report.sections()) {
            for (String rule : s.violations().rules()) {
                tests++;
                List<Violation> hits = s.violations().violationsOf(rule);
                cases.append(String.format(Locale.ROOT, "    <testcase classname=\"spc.%s.%s\" name=\"%s\"",
                        xml(report.chartType()), xml(s.name()), xml(rule)));
                if (hits.isEmpty()) {
                    cases.append("/>\n");
                } else {
                    failures++;
                    StringBuilder points = new StringBuilder();
                    for (Violation v : hits.subList(0, Math.min(hits.size(), LISTED))) {
                        points.append(points.length() == 0 ? "" : ", ").append(v.index());
                    }
                    if (hits.size() > LISTED) {
                        points.append(String.format(Locale.ROOT, " and %d more", hits.size() - LISTED));
                    }
                    cases.append(">\n      <failure message=\"")
                            .append(xml(String.format(Locale.ROOT, "%s violated on the %s chart at point(s) %s",
                                    rule, s.name(), points)))
                            .append("\" type=\"RuleViolation\"/>\n    </testcase>\n");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + String.format(Locale.ROOT, "<testsuites name=\"spc\" tests=\"%d\" failures=\"%d\">%n", tests, failures)
                + String.format(Locale.ROOT, "  <testsuite name=\"spc %s %s\" tests=\"%d\" failures=\"%d\" errors=\"0\">%n",
                        xml(report.chartType()), xml(report.source()), tests, failures)
                + cases + "  </testsuite>\n</testsuites>\n";
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A Markdown summary: verdict, one table row per chart, and the violations. */
    public static String markdown(ChartReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "### SPC %s chart: %s%n%n", report.chartType(),
                report.inControl() ? "in control" : "**out of control**"));
        if (!report.source().isEmpty()) {
            sb.append("Data: `").append(report.source()).append("`\n\n");
        }
        sb.append("| chart | points | sigma | method | CL | violations |\n| --- | ---: | ---: | --- | ---: | ---: |\n");
        for (ChartReport.Section s : report.sections()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d |%n", s.name(), s.chart().size(),
                    sig(s.sigma()), s.sigmaMethod(), sig(s.center()), s.violations().violations().size()));
        }
        boolean any = false;
        int listed = 0;
        int total = 0;
        for (ChartReport.Section s : report.sections()) {
            total += s.violations().violations().size();
            for (Violation v : s.violations().violations()) {
                if (listed++ >= MARKDOWN_ROWS) {
                    break;
                }
                if (!any) {
                    sb.append("\n| chart | point | label | rule | pattern from |\n| --- | ---: | --- | --- | ---: |\n");
                    any = true;
                }
                sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %d |%n", s.name(), v.index(),
                        labelOf(s.chart(), v.index()).replace("|", "\\|"), v.rule(), v.firstIndex()));
            }
        }
        if (total > MARKDOWN_ROWS) {
            sb.append(String.format(Locale.ROOT, "%n%d more violations are in the JSON report.%n", total - MARKDOWN_ROWS));
        }
        if (!report.skipped().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%n%d input rows were skipped (see the JSON report).%n",
                    report.skipped().size()));
        }
        return sb.toString();
    }

    /** A plain-text report: the verdict, each chart as a table with rule flags, the violations. */
    public static String text(ChartReport report) {
        return asString(report, Reports::text);
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
            RulesByPoint rules = new RulesByPoint(s.violations());
            ReportText line = new ReportText(4);
            boolean numbered = c.labelsAreIndexes();
            for (int i = 0; i < c.size(); i++) {
                // "%6d  %-12s %12s %12s %12s %12s  %s%n" of index, label, statistic, LCL, CL, UCL, rules
                int index = c.index(i);
                line.appendRight(index, 6).append("  ");
                if (numbered) {
                    line.appendLeft(index, 12); // at most 10 digits: never clipped
                } else {
                    line.appendLeft(clip(c.label(i)), 12);
                }
                line.append(' ').sevenDigits(0, c.statistic(i), 12).append(' ').sevenDigits(1, c.lcl(i), 12).append(' ')
                        .sevenDigits(2, c.center(i), 12).append(' ').sevenDigits(3, c.ucl(i), 12).append("  ");
                List<String> ids = rules.at(index);
                for (int r = 0; r < ids.size(); r++) {
                    (r == 0 ? line : line.append(',')).append(ids.get(r));
                }
                line.append(LINE_END);
                if (line.full()) {
                    line.writeTo(out);
                }
            }
            line.writeTo(out);
            List<Violation> all = s.violations().violations();
            if (!all.isEmpty()) {
                out.write("violations: " + all.subList(0, Math.min(all.size(), MARKDOWN_ROWS))
                        + (all.size() > MARKDOWN_ROWS ? " and " + (all.size() - MARKDOWN_ROWS) + " more" : "") + "\n");
            }
        }
        for (SkippedRow r : report.skipped()) {
            out.write(String.format(Locale.ROOT, "skipped line %d%s: %s%n", r.line(),
                    r.column() > 0 ? ", column " + r.column() : "", r.reason()));
        }
    }

    private static String labelOf(ControlChart c, int index) {
        for (int i = 0; i < c.size(); i++) {
            if (c.index(i) == index) {
                return c.label(i);
            }
        }
        return "";
    }

    private static String clip(String s) {
        return s.length() <= 12 ? s : s.substring(0, 11) + "~";
    }

    /** Seven significant digits, as R prints. */
    static String sig(double v) {
        return DecimalText.sevenDigits(v);
    }
}
