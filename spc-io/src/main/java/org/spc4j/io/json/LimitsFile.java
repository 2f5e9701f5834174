package org.spc4j.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.AttributeKind;
import org.spc4j.core.control.AttributeLimits;
import org.spc4j.core.control.AttributeStageLimits;
import org.spc4j.core.control.ChartKind;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.CusumLimits;
import org.spc4j.core.control.EwmaLimits;
import org.spc4j.core.control.EwmaLimitsMode;
import org.spc4j.core.control.MovingAverageLimits;
import org.spc4j.core.control.ProcessParameters;
import org.spc4j.core.control.RareEventKind;
import org.spc4j.core.control.RareEventLimits;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.StageLimits;

/**
 * The limits file: a versioned JSON artifact of fitted Phase I limits, so that Phase II (another
 * day, another machine, a CI job) applies exactly the limits that were saved.
 *
 * <p>Schema version 1. Common fields: {@code "format": "spc4j-limits"}, {@code "schemaVersion": 1},
 * {@code "chart"}, {@code "subgroupSizes"} (distinct Phase I subgroup sizes), {@code "rulePreset"}
 * (optional), and {@code "provenance"}: {@code {inputFile, sha256, firstRow, lastRow, createdAt,
 * library}}. The other fields depend on the chart:
 * <ul>
 *   <li>{@code XBAR_R}, {@code XBAR_S}, {@code INDIVIDUALS_MR}: {@code sigmaMethod}, {@code nsigmas},
 *       {@code constants} (EXACT or PRINTED), {@code movingRangeSpan}, {@code phase1Subgroups},
 *       {@code knownCenter}, {@code knownSigma}, {@code stages: [{stage, center, sigma, subgroups}]};</li>
 *   <li>{@code P}, {@code NP}, {@code C}, {@code U}, {@code LANEY_P}, {@code LANEY_U}: {@code nsigmas},
 *       {@code constants}, {@code phase1Subgroups}, {@code knownStandard},
 *       {@code stages: [{stage, center, sigmaZ, samples}]};</li>
 *   <li>{@code G}, {@code T}: {@code nsigmas}, {@code exponent}, {@code center}, {@code sigma},
 *       {@code phase1Subgroups}, {@code knownStandard};</li>
 *   <li>{@code EWMA}: {@code lambda}, {@code nsigmas}, {@code limitsMode}, {@code process};
 *       {@code CUSUM}: {@code k}, {@code h}, {@code headStart}, {@code process};
 *       {@code MOVING_AVERAGE}: {@code span}, {@code nsigmas}, {@code process}; where
 *       {@code process} is {@code {center, sigma, sigmaMethod, constants, phase1Subgroups,
 *       knownCenter, knownSigma}}.</li>
 * </ul>
 * Doubles are written in Java's shortest round-trip form, so reading gives back the identical
 * values. Reading rejects, with a message naming the field: another format, a schema version
 * this library does not know (newer files need a newer library), a missing or mistyped field,
 * an unknown enum name, and values the core refuses (sigma &lt;= 0, nsigmas &lt;= 0, no stages).
 */
public final class LimitsFile {

    /** The schema version this library writes and reads. */
    public static final int SCHEMA_VERSION = 1;
    static final String FORMAT = "spc4j-limits";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Fitted limits with their provenance.
     *
     * @param limits the Phase I limits: {@link ControlLimits} (X-bar/R, X-bar/S, I-MR),
     *        {@link AttributeLimits} (p, np, c, u, Laney p', u'), {@link RareEventLimits} (g, t),
     *        {@link EwmaLimits}, {@link CusumLimits} or {@link MovingAverageLimits}
     * @param subgroupSizes distinct Phase I subgroup sizes, ascending
     * @param rulePreset the rule set the limits are meant to be checked with, or empty
     * @param provenance where they came from
     */
    public record Saved(Record limits, List<Integer> subgroupSizes, String rulePreset, Provenance provenance) {
        public Saved {
            Objects.requireNonNull(limits, "limits must not be null");
            if (!(limits instanceof ControlLimits || limits instanceof AttributeLimits || limits instanceof RareEventLimits
                    || limits instanceof EwmaLimits || limits instanceof CusumLimits
                    || limits instanceof MovingAverageLimits)) {
                throw new IllegalArgumentException("a limits file holds chart limits, not " + limits.getClass().getName());
            }
            subgroupSizes = List.copyOf(subgroupSizes);
            Objects.requireNonNull(rulePreset, "rulePreset must not be null");
            Objects.requireNonNull(provenance, "provenance must not be null");
        }

        /** The limits as the given type. */
        public <T extends Record> T limits(Class<T> type) {
            if (!type.isInstance(limits)) {
                throw new IllegalStateException(String.format(Locale.ROOT, "the file holds %s, not %s",
                        limits.getClass().getSimpleName(), type.getSimpleName()));
            }
            return type.cast(limits);
        }

        /** The chart this file is for: a {@code ChartKind}, {@code AttributeKind} or {@code RareEventKind} name, or EWMA, CUSUM, MOVING_AVERAGE. */
        public String chart() {
            return chartName(limits);
        }
    }

    static String chartName(Record limits) {
        if (limits instanceof ControlLimits c) {
            return c.kind().name();
        }
        if (limits instanceof AttributeLimits a) {
            return a.kind().name();
        }
        if (limits instanceof RareEventLimits r) {
            return r.kind().name();
        }
        return limits instanceof EwmaLimits ? "EWMA" : limits instanceof CusumLimits ? "CUSUM" : "MOVING_AVERAGE";
    }

    private LimitsFile() {
    }

    /** "spc4j VERSION" of this build. */
    public static String libraryVersion() {
        try (InputStream in = LimitsFile.class.getResourceAsStream("/org/spc4j/io/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return "spc4j " + p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "spc4j unknown";
        }
    }

    /** The JSON text of saved limits. */
    public static String toJson(Saved saved) {
        Objects.requireNonNull(saved, "saved must not be null");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("chart", saved.chart());
        Record limits = saved.limits();
        if (limits instanceof ControlLimits l) {
            root.put("sigmaMethod", l.sigmaMethod().name());
            root.put("nsigmas", l.nsigmas());
            root.put("constants", l.table().name());
            root.put("movingRangeSpan", l.movingRangeSpan());
            root.put("phase1Subgroups", l.phase1Count());
            root.put("knownCenter", l.knownCenter());
            root.put("knownSigma", l.knownSigma());
            ArrayNode stages = root.putArray("stages");
            for (StageLimits st : l.stages()) {
                ObjectNode n = stages.addObject();
                n.put("stage", st.stage());
                n.put("center", st.center());
                n.put("sigma", st.sigma());
                n.put("subgroups", st.subgroups());
            }
        } else if (limits instanceof AttributeLimits a) {
            root.put("nsigmas", a.nsigmas());
            root.put("constants", a.table().name());
            root.put("phase1Subgroups", a.phase1Count());
            root.put("knownStandard", a.knownStandard());
            ArrayNode stages = root.putArray("stages");
            for (AttributeStageLimits st : a.stages()) {
                ObjectNode n = stages.addObject();
                n.put("stage", st.stage());
                n.put("center", st.center());
                n.put("sigmaZ", st.sigmaZ());
                n.put("samples", st.samples());
            }
        } else if (limits instanceof RareEventLimits r) {
            root.put("nsigmas", r.nsigmas());
            if (Double.isNaN(r.exponent())) {
                root.putNull("exponent"); // g chart: no transformation
            } else {
                root.put("exponent", r.exponent());
            }
            root.put("center", r.center());
            root.put("sigma", r.sigma());
            root.put("phase1Subgroups", r.phase1Count());
            root.put("knownStandard", r.knownStandard());
        } else if (limits instanceof EwmaLimits e) {
            root.put("lambda", e.lambda());
            root.put("nsigmas", e.nsigmas());
            root.put("limitsMode", e.mode().name());
            process(root.putObject("process"), e.process());
        } else if (limits instanceof CusumLimits c) {
            root.put("k", c.k());
            root.put("h", c.h());
            root.put("headStart", c.headStart());
            process(root.putObject("process"), c.process());
        } else if (limits instanceof MovingAverageLimits m) {
            root.put("span", m.span());
            root.put("nsigmas", m.nsigmas());
            process(root.putObject("process"), m.process());
        }
        ArrayNode sizes = root.putArray("subgroupSizes");
        saved.subgroupSizes().forEach(sizes::add);
        if (!saved.rulePreset().isEmpty()) {
            root.put("rulePreset", saved.rulePreset());
        }
        Provenance p = saved.provenance();
        ObjectNode prov = root.putObject("provenance");
        prov.put("inputFile", p.inputFile());
        prov.put("sha256", p.sha256());
        prov.put("firstRow", p.firstRow());
        prov.put("lastRow", p.lastRow());
        prov.put("createdAt", p.createdAt().toString());
        prov.put("library", p.library());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write limits JSON", e);
        }
    }

    private static void process(ObjectNode n, ProcessParameters p) {
        n.put("center", p.center());
        n.put("sigma", p.sigma());
        n.put("sigmaMethod", p.sigmaMethod().name());
        n.put("constants", p.table().name());
        n.put("phase1Subgroups", p.phase1Count());
        n.put("knownCenter", p.knownCenter());
        n.put("knownSigma", p.knownSigma());
    }

    /** Writes saved limits to a file (UTF-8). */
    public static void write(Saved saved, Path file) {
        try {
            Files.writeString(file, toJson(saved));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a limits file; problems are reported as {@link IllegalArgumentException} naming the file and field. */
    public static Saved read(Path file) {
        try {
            return fromJson(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the JSON text of a limits file; {@code source} names it in messages. */
    public static Saved fromJson(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        Fields f = new Fields(source);
        if (root == null || !root.isObject()) {
            throw f.fail("", "the top level must be a JSON object");
        }
        String format = f.text(root, "format");
        if (!FORMAT.equals(format)) {
            throw f.fail("format", "expected '" + FORMAT + "', was '" + format + "': not an spc4j limits file");
        }
        long version = f.integer(root, "schemaVersion");
        if (version != SCHEMA_VERSION) {
            throw f.fail("schemaVersion", String.format(Locale.ROOT,
                    "version %d is not supported by %s, which reads version %d%s", version, libraryVersion(),
                    SCHEMA_VERSION, version > SCHEMA_VERSION ? " (written by a newer spc4j: upgrade)" : ""));
        }
        String chart = f.text(root, "chart");
        List<Integer> sizes = new ArrayList<>();
        for (JsonNode n : f.array(root, "subgroupSizes")) {
            if (!n.canConvertToInt() || n.asInt() < 1) {
                throw f.fail("subgroupSizes", "entries must be positive integers, found " + n);
            }
            sizes.add(n.asInt());
        }
        String preset = root.has("rulePreset") ? f.text(root, "rulePreset") : "";
        Record limits;
        try {
            limits = limits(f, root, chart);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(source) ? e : f.fail("", e.getMessage());
        }
        JsonNode pn = root.get("provenance");
        if (pn == null || !pn.isObject()) {
            throw f.fail("provenance", "missing object");
        }
        Provenance provenance;
        try {
            Instant created = Instant.parse(f.text(pn, "createdAt", "provenance"));
            provenance = new Provenance(f.text(pn, "inputFile", "provenance"), f.text(pn, "sha256", "provenance"),
                    f.integer(pn, "firstRow", "provenance"), f.integer(pn, "lastRow", "provenance"), created,
                    f.text(pn, "library", "provenance"));
        } catch (DateTimeParseException e) {
            throw f.fail("provenance.createdAt", "not an ISO-8601 instant: " + e.getParsedString());
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(source) ? e : f.fail("provenance", e.getMessage());
        }
        return new Saved(limits, sizes, preset, provenance);
    }

    /** The limits of the named chart; the records' own checks reject impossible values. */
    private static Record limits(Fields f, JsonNode root, String chart) {
        for (ChartKind k : ChartKind.values()) {
            if (k.name().equals(chart)) {
                List<StageLimits> stages = new ArrayList<>();
                int i = 0;
                for (JsonNode n : f.array(root, "stages")) {
                    String where = "stages[" + i++ + "]";
                    try {
                        stages.add(new StageLimits(f.text(n, "stage", where), f.number(n, "center", where),
                                f.number(n, "sigma", where), Math.toIntExact(f.integer(n, "subgroups", where))));
                    } catch (IllegalArgumentException e) {
                        throw e.getMessage().startsWith(f.source) ? e : f.fail(where, e.getMessage());
                    }
                }
                return new ControlLimits(k, f.enumValue(root, "sigmaMethod", SigmaMethod.class), f.number(root, "nsigmas"),
                        f.enumValue(root, "constants", ControlConstants.Table.class),
                        Math.toIntExact(f.integer(root, "movingRangeSpan")),
                        Math.toIntExact(f.integer(root, "phase1Subgroups")), f.bool(root, "knownCenter"),
                        f.bool(root, "knownSigma"), stages);
            }
        }
        for (AttributeKind k : AttributeKind.values()) {
            if (k.name().equals(chart)) {
                List<AttributeStageLimits> stages = new ArrayList<>();
                int i = 0;
                for (JsonNode n : f.array(root, "stages")) {
                    String where = "stages[" + i++ + "]";
                    try {
                        stages.add(new AttributeStageLimits(f.text(n, "stage", where), f.number(n, "center", where),
                                f.number(n, "sigmaZ", where), Math.toIntExact(f.integer(n, "samples", where))));
                    } catch (IllegalArgumentException e) {
                        throw e.getMessage().startsWith(f.source) ? e : f.fail(where, e.getMessage());
                    }
                }
                return new AttributeLimits(k, f.number(root, "nsigmas"),
                        f.enumValue(root, "constants", ControlConstants.Table.class),
                        Math.toIntExact(f.integer(root, "phase1Subgroups")), f.bool(root, "knownStandard"), stages);
            }
        }
        for (RareEventKind k : RareEventKind.values()) {
            if (k.name().equals(chart)) {
                JsonNode e = root.get("exponent");
                double exponent = e != null && e.isNull() ? Double.NaN : f.number(root, "exponent");
                return new RareEventLimits(k, f.number(root, "nsigmas"), exponent,
                        f.number(root, "center"), f.number(root, "sigma"),
                        Math.toIntExact(f.integer(root, "phase1Subgroups")), f.bool(root, "knownStandard"));
            }
        }
        switch (chart) {
            case "EWMA":
                return new EwmaLimits(f.number(root, "lambda"), f.number(root, "nsigmas"),
                        f.enumValue(root, "limitsMode", EwmaLimitsMode.class), process(f, root));
            case "CUSUM":
                return new CusumLimits(f.number(root, "k"), f.number(root, "h"), f.number(root, "headStart"),
                        process(f, root));
            case "MOVING_AVERAGE":
                return new MovingAverageLimits(Math.toIntExact(f.integer(root, "span")), f.number(root, "nsigmas"),
                        process(f, root));
            default:
                throw f.fail("chart", "'" + chart + "' is not a chart this library knows");
        }
    }

    private static ProcessParameters process(Fields f, JsonNode root) {
        JsonNode p = root.get("process");
        if (p == null || !p.isObject()) {
            throw f.fail("process", "missing object");
        }
        try {
            return new ProcessParameters(f.number(p, "center", "process"), f.number(p, "sigma", "process"),
                    f.enumValue(p, "sigmaMethod", SigmaMethod.class, "process"),
                    f.enumValue(p, "constants", ControlConstants.Table.class, "process"),
                    Math.toIntExact(f.integer(p, "phase1Subgroups", "process")), f.bool(p, "knownCenter", "process"),
                    f.bool(p, "knownSigma", "process"));
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(f.source) ? e : f.fail("process", e.getMessage());
        }
    }

    /** Typed field access with messages naming source and field. */
    private static final class Fields {
        final String source;

        Fields(String source) {
            this.source = source;
        }

        IllegalArgumentException fail(String field, String reason) {
            return new IllegalArgumentException(source + (field.isEmpty() ? "" : ", field '" + field + "'") + ": " + reason);
        }

        private JsonNode get(JsonNode node, String name, String where) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw fail(qualified(where, name), "missing");
            }
            return v;
        }

        private static String qualified(String where, String name) {
            return where.isEmpty() ? name : where + "." + name;
        }

        String text(JsonNode node, String name) {
            return text(node, name, "");
        }

        String text(JsonNode node, String name, String where) {
            JsonNode v = get(node, name, where);
            if (!v.isTextual()) {
                throw fail(qualified(where, name), "must be a string, was " + v);
            }
            return v.asText();
        }

        double number(JsonNode node, String name) {
            return number(node, name, "");
        }

        double number(JsonNode node, String name, String where) {
            JsonNode v = get(node, name, where);
            if (!v.isNumber()) {
                throw fail(qualified(where, name), "must be a number, was " + v);
            }
            return v.asDouble();
        }

        long integer(JsonNode node, String name) {
            return integer(node, name, "");
        }

        long integer(JsonNode node, String name, String where) {
            JsonNode v = get(node, name, where);
            if (!v.isIntegralNumber()) {
                throw fail(qualified(where, name), "must be an integer, was " + v);
            }
            return v.asLong();
        }

        boolean bool(JsonNode node, String name) {
            return bool(node, name, "");
        }

        boolean bool(JsonNode node, String name, String where) {
            JsonNode v = get(node, name, where);
            if (!v.isBoolean()) {
                throw fail(qualified(where, name), "must be true or false, was " + v);
            }
            return v.asBoolean();
        }

        JsonNode array(JsonNode node, String name) {
            JsonNode v = get(node, name, "");
            if (!v.isArray()) {
                throw fail(name, "must be an array, was " + v);
            }
            return v;
        }

        <E extends Enum<E>> E enumValue(JsonNode node, String name, Class<E> type) {
            return enumValue(node, name, type, "");
        }

        <E extends Enum<E>> E enumValue(JsonNode node, String name, Class<E> type, String where) {
            String text = text(node, name, where);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw fail(qualified(where, name), String.format(Locale.ROOT, "'%s' is not one of %s", text,
                        java.util.Arrays.toString(type.getEnumConstants())));
            }
        }
    }
}
