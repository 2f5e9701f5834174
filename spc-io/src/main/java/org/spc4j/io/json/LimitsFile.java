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
import org.spc4j.core.control.ChartKind;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.StageLimits;

/**
 * The limits file: a versioned JSON artifact of fitted Phase I limits, so that Phase II (another
 * day, another machine, a CI job) applies exactly the limits that were saved.
 *
 * <p>Schema version 1 (every field required unless marked optional):
 * <pre>{@code
 * {
 *   "format": "spc4j-limits",
 *   "schemaVersion": 1,
 *   "chart": "XBAR_R" | "XBAR_S" | "INDIVIDUALS_MR",
 *   "sigmaMethod": "R_BAR" | ... (SigmaMethod names),
 *   "nsigmas": 3.0,
 *   "constants": "EXACT" | "PRINTED",
 *   "movingRangeSpan": 2,
 *   "phase1Subgroups": 25,
 *   "subgroupSizes": [5],                       distinct Phase I subgroup sizes
 *   "knownCenter": false, "knownSigma": false,
 *   "rulePreset": "nelson",                     optional, free text naming the rule set
 *   "stages": [ { "stage": "", "center": 74.00118, "sigma": 0.00978, "subgroups": 25 } ],
 *   "provenance": { "inputFile": "rings.csv", "sha256": "...", "firstRow": 1, "lastRow": 125,
 *                   "createdAt": "2026-11-27T17:00:00Z", "library": "spc4j 0.1.0" }
 * }
 * }</pre>
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
     * @param limits the Phase I limits
     * @param subgroupSizes distinct Phase I subgroup sizes, ascending
     * @param rulePreset the rule set the limits are meant to be checked with, or empty
     * @param provenance where they came from
     */
    public record Saved(ControlLimits limits, List<Integer> subgroupSizes, String rulePreset, Provenance provenance) {
        public Saved {
            Objects.requireNonNull(limits, "limits must not be null");
            subgroupSizes = List.copyOf(subgroupSizes);
            Objects.requireNonNull(rulePreset, "rulePreset must not be null");
            Objects.requireNonNull(provenance, "provenance must not be null");
        }
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
        ControlLimits l = saved.limits();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("chart", l.kind().name());
        root.put("sigmaMethod", l.sigmaMethod().name());
        root.put("nsigmas", l.nsigmas());
        root.put("constants", l.table().name());
        root.put("movingRangeSpan", l.movingRangeSpan());
        root.put("phase1Subgroups", l.phase1Count());
        ArrayNode sizes = root.putArray("subgroupSizes");
        saved.subgroupSizes().forEach(sizes::add);
        root.put("knownCenter", l.knownCenter());
        root.put("knownSigma", l.knownSigma());
        if (!saved.rulePreset().isEmpty()) {
            root.put("rulePreset", saved.rulePreset());
        }
        ArrayNode stages = root.putArray("stages");
        for (StageLimits s : l.stages()) {
            ObjectNode n = stages.addObject();
            n.put("stage", s.stage());
            n.put("center", s.center());
            n.put("sigma", s.sigma());
            n.put("subgroups", s.subgroups());
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
        ChartKind kind = f.enumValue(root, "chart", ChartKind.class);
        SigmaMethod method = f.enumValue(root, "sigmaMethod", SigmaMethod.class);
        ControlConstants.Table table = f.enumValue(root, "constants", ControlConstants.Table.class);
        double nsigmas = f.number(root, "nsigmas");
        int span = Math.toIntExact(f.integer(root, "movingRangeSpan"));
        int phase1 = Math.toIntExact(f.integer(root, "phase1Subgroups"));
        boolean knownCenter = f.bool(root, "knownCenter");
        boolean knownSigma = f.bool(root, "knownSigma");
        List<Integer> sizes = new ArrayList<>();
        for (JsonNode n : f.array(root, "subgroupSizes")) {
            if (!n.canConvertToInt() || n.asInt() < 1) {
                throw f.fail("subgroupSizes", "entries must be positive integers, found " + n);
            }
            sizes.add(n.asInt());
        }
        String preset = root.has("rulePreset") ? f.text(root, "rulePreset") : "";
        List<StageLimits> stages = new ArrayList<>();
        int i = 0;
        for (JsonNode n : f.array(root, "stages")) {
            String where = "stages[" + i++ + "]";
            try {
                stages.add(new StageLimits(f.text(n, "stage", where), f.number(n, "center", where),
                        f.number(n, "sigma", where), Math.toIntExact(f.integer(n, "subgroups", where))));
            } catch (IllegalArgumentException e) {
                throw f.fail(where, e.getMessage());
            }
        }
        JsonNode pn = root.get("provenance");
        if (pn == null || !pn.isObject()) {
            throw f.fail("provenance", "missing object");
        }
        Provenance provenance;
        ControlLimits limits;
        try {
            Instant created = Instant.parse(f.text(pn, "createdAt", "provenance"));
            provenance = new Provenance(f.text(pn, "inputFile", "provenance"), f.text(pn, "sha256", "provenance"),
                    f.integer(pn, "firstRow", "provenance"), f.integer(pn, "lastRow", "provenance"), created,
                    f.text(pn, "library", "provenance"));
        } catch (DateTimeParseException e) {
            throw f.fail("provenance.createdAt", "not an ISO-8601 instant: " + e.getParsedString());
        } catch (IllegalArgumentException e) {
            throw f.fail("provenance", e.getMessage());
        }
        try {
            limits = new ControlLimits(kind, method, nsigmas, table, span, phase1, knownCenter, knownSigma, stages);
        } catch (IllegalArgumentException e) {
            throw f.fail("", e.getMessage());
        }
        return new Saved(limits, sizes, preset, provenance);
    }

    /** Typed field access with messages naming source and field. */
    private static final class Fields {
        private final String source;

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
            JsonNode v = get(node, name, "");
            if (!v.isBoolean()) {
                throw fail(name, "must be true or false, was " + v);
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
            String text = text(node, name);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw fail(name, String.format(Locale.ROOT, "'%s' is not one of %s", text,
                        java.util.Arrays.toString(type.getEnumConstants())));
            }
        }
    }
}
