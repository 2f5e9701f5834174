package org.spc4j.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.spc4j.core.control.Subgroups;

/**
 * Reads process data from CSV (Apache Commons CSV) into primitive arrays and subgroups.
 *
 * <pre>{@code
 * ProcessData data = SpcCsv.reader().valueColumn("diameter").subgroupColumn("sample").read(path);
 * ChartResult chart = ChartSpec.xbarR().chart(data.subgroups());
 * }</pre>
 *
 * <p>Columns are chosen by header name or by 0-based index. Subgroups come from a subgroup-id
 * column (consecutive equal ids form one subgroup), a fixed subgroup size, several value columns
 * (each row one subgroup), or else each value is its own subgroup (individuals). Optional
 * columns: label, time (ISO-8601 instant, offset or local date-time, or a date; or epoch seconds),
 * stage, and an attribute sample size.
 *
 * <p>Dialects: comma or semicolon (or any) delimiter, decimal comma, quoted fields, a UTF-8 byte
 * order mark, comment lines (default marker {@code #}), CRLF or LF line ends, blank lines.
 *
 * <p>Errors: a non-numeric or non-finite value, an empty value, a missing column (the message
 * lists the columns that exist), an empty file, a header without rows, a row with fewer fields
 * than the header, an incomplete last subgroup, a stage that changes inside a subgroup. Under
 * {@link ErrorPolicy#ERROR} (default) the first one throws {@link SpcCsvException} with file,
 * line and column; under {@link ErrorPolicy#SKIP} the row is skipped and listed in
 * {@link ProcessData#skipped()}. Nothing is dropped silently. I/O failures throw
 * {@link UncheckedIOException}.
 *
 * <p>A reader is a mutable builder; configure it, then call {@code read} (which does not change it).
 */
public final class SpcCsvReader {

    /** How a column is identified. */
    private record ColumnRef(String name, int index) {
        static ColumnRef named(String name) {
            Objects.requireNonNull(name, "column name must not be null");
            return new ColumnRef(name, -1);
        }

        static ColumnRef at(int index) {
            if (index < 0) {
                throw new IllegalArgumentException("column index must be >= 0 (0-based), was " + index);
            }
            return new ColumnRef(null, index);
        }

        @Override
        public String toString() {
            return name != null ? "'" + name + "'" : "#" + index;
        }
    }

    private char delimiter = ',';
    private char decimalSeparator = '.';
    private Character commentMarker = '#';
    private boolean header = true;
    private ErrorPolicy policy = ErrorPolicy.ERROR;
    private ZoneId zone = ZoneOffset.UTC;
    private final List<ColumnRef> valueColumns = new ArrayList<>();
    private ColumnRef subgroupColumn;
    private int subgroupSize;
    private ColumnRef sizeColumn;
    private ColumnRef labelColumn;
    private ColumnRef timeColumn;
    private ColumnRef stageColumn;
    private ColumnRef categoryColumn;
    private ColumnRef countColumn;
    private ColumnRef weightColumn;

    SpcCsvReader() {
    }

    /** Field delimiter (default comma). */
    public SpcCsvReader delimiter(char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter cannot be " + printable(delimiter));
        }
        this.delimiter = delimiter;
        return this;
    }

    /** Decimal separator of the numbers: {@code '.'} (default) or {@code ','}. */
    public SpcCsvReader decimalSeparator(char separator) {
        if (separator != '.' && separator != ',') {
            throw new IllegalArgumentException("decimal separator must be '.' or ',', was " + printable(separator));
        }
        this.decimalSeparator = separator;
        return this;
    }

    /** Lines starting with this character are comments (default {@code #}); {@code null} for none. */
    public SpcCsvReader commentMarker(Character marker) {
        this.commentMarker = marker;
        return this;
    }

    /** The file has no header row: columns are chosen by index only. */
    public SpcCsvReader noHeader() {
        this.header = false;
        return this;
    }

    /** What to do with bad rows (default {@link ErrorPolicy#ERROR}). */
    public SpcCsvReader policy(ErrorPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        return this;
    }

    /** Time zone for local date-times and dates without an offset (default UTC). */
    public SpcCsvReader zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        return this;
    }

    /** The measurement column, by header name. Several calls: each row is one subgroup of those columns. */
    public SpcCsvReader valueColumn(String name) {
        valueColumns.add(ColumnRef.named(name));
        return this;
    }

    /** The measurement column, by 0-based index. */
    public SpcCsvReader valueColumn(int index) {
        valueColumns.add(ColumnRef.at(index));
        return this;
    }

    /** Consecutive rows with equal values in this column form one subgroup; the id becomes its label. */
    public SpcCsvReader subgroupColumn(String name) {
        this.subgroupColumn = ColumnRef.named(name);
        return this;
    }

    /** Subgroup-id column by 0-based index. */
    public SpcCsvReader subgroupColumn(int index) {
        this.subgroupColumn = ColumnRef.at(index);
        return this;
    }

    /** Consecutive values form subgroups of this fixed size. */
    public SpcCsvReader subgroupSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("subgroup size must be >= 1, was " + size);
        }
        this.subgroupSize = size;
        return this;
    }

    /** Attribute sample size per row (inspected units or area of opportunity). */
    public SpcCsvReader sizeColumn(String name) {
        this.sizeColumn = ColumnRef.named(name);
        return this;
    }

    /** Label per subgroup (its first row's label). */
    public SpcCsvReader labelColumn(String name) {
        this.labelColumn = ColumnRef.named(name);
        return this;
    }

    /** Time per subgroup (its first row's time). */
    public SpcCsvReader timeColumn(String name) {
        this.timeColumn = ColumnRef.named(name);
        return this;
    }

    /** Stage per subgroup; each stage gets its own limits. */
    public SpcCsvReader stageColumn(String name) {
        this.stageColumn = ColumnRef.named(name);
        return this;
    }

    /** Category column of defect data (Pareto): one label per row. */
    public SpcCsvReader categoryColumn(String name) {
        this.categoryColumn = ColumnRef.named(name);
        return this;
    }

    /** Optional count per category row (default: each row counts once). */
    public SpcCsvReader countColumn(String name) {
        this.countColumn = ColumnRef.named(name);
        return this;
    }

    /** Optional weight (cost per unit) per category row, for a cost-weighted Pareto. */
    public SpcCsvReader weightColumn(String name) {
        this.weightColumn = ColumnRef.named(name);
        return this;
    }

    /**
     * Reads category data (Pareto input): a category per row, with an optional non-negative
     * integer count and an optional non-negative weight. Same dialect, messages and policy as
     * {@link #read(Path)}.
     */
    public CategoryData readCategories(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCategories(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads category data from a character stream; {@code source} names it in messages. */
    public CategoryData readCategories(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader must not be null");
        if (categoryColumn == null) {
            throw new IllegalStateException("no category column configured: call categoryColumn(...)");
        }
        try {
            return new Run(source).readCategories(skipBom(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a UTF-8 file. A large file (8 MB or more) that needs only value columns (individuals,
     * a fixed subgroup size or wide rows) and contains no quote character is parsed in parallel
     * ranges straight into one exactly sized array, which the subgroups then hold without a copy
     * (so the values of a large file are in memory once); any other file goes through Commons CSV.
     * Both paths give the same values and the same messages.
     */
    public ProcessData read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.getFileName().toString();
        try {
            if (header && subgroupColumn == null && sizeColumn == null && labelColumn == null && timeColumn == null
                    && stageColumn == null && Files.size(file) >= FastNumericCsv.MIN_PARALLEL_BYTES) {
                ProcessData fast = readFast(file, name);
                if (fast != null) {
                    return fast;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        MessageDigest digest = sha256();
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream in = new DigestInputStream(raw, digest);
             Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            // the parser reads to the end of the file, so the digest covers every byte
            return read(reader, name, () -> HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The parallel path; null when the file needs the general one (quotes, odd header). */
    private ProcessData readFast(Path file, String name) throws IOException {
        // Find the header line: skip a BOM, comment lines and blank lines.
        long offset = 0;
        long lines = 0;
        String headerLine = null;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int b;
            boolean first = true;
            while ((b = in.read()) != -1) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                lines++;
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (first && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                first = false;
                text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                if (text.isBlank() || (commentMarker != null && text.charAt(0) == commentMarker)) {
                    continue;
                }
                headerLine = text;
                break;
            }
        }
        if (headerLine == null || headerLine.indexOf('"') >= 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String h : headerLine.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            names.add(h.trim());
        }
        int[] columns = new int[valueColumns.size()];
        for (int k = 0; k < columns.length; k++) {
            ColumnRef ref = valueColumns.get(k);
            int idx = ref.name() != null ? names.indexOf(ref.name()) : ref.index();
            if (idx < 0 || idx >= names.size()) {
                return null; // the general path reports the missing column with its message
            }
            columns[k] = idx;
        }
        FastNumericCsv parser = new FastNumericCsv(name, delimiter, decimalSeparator, commentMarker, columns, names);
        FastNumericCsv.Result result = parser.read(file, offset, lines,
                Runtime.getRuntime().availableProcessors(), policy);
        if (result == null) {
            return null;
        }
        double[] values = result.values();
        if (values.length == 0) {
            throw new SpcCsvException(name, 0, 0, result.rows() == 0 ? "no data rows (a header only)"
                    : "no usable rows: all " + result.rows() + " rows were skipped " + result.skipped());
        }
        int perSubgroup = subgroupSize > 0 ? subgroupSize : columns.length;
        if (values.length % perSubgroup != 0) {
            throw new SpcCsvException(name, 0, 0, String.format(Locale.ROOT,
                    "the last subgroup has %d of %d values: %d values do not split into subgroups of %d",
                    values.length % perSubgroup, perSubgroup, values.length, perSubgroup));
        }
        // The parser keeps no reference to its array: the subgroups take it over, no copy.
        return new ProcessData(name, () -> sha256Of(file), Subgroups.wrap(perSubgroup, values), null, null, null,
                result.skipped(), result.rows());
    }

    private static String sha256Of(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads from a character stream; {@code source} names it in messages. */
    public ProcessData read(Reader reader, String source) {
        return read(reader, source, () -> "");
    }

    private ProcessData read(Reader reader, String source, java.util.function.Supplier<String> hash) {
        Objects.requireNonNull(reader, "reader must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (valueColumns.isEmpty()) {
            throw new IllegalStateException("no value column configured: call valueColumn(...)");
        }
        if (subgroupSize > 0 && subgroupSize % valueColumns.size() != 0) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "subgroup size %d is not a multiple of the %d value columns", subgroupSize, valueColumns.size()));
        }
        if (subgroupColumn != null && subgroupSize > 0) {
            throw new IllegalStateException("choose either a subgroup column or a subgroup size, not both");
        }
        try {
            return new Run(source).read(skipBom(reader), hash);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        Reader r = reader.markSupported() ? reader : new BufferedReader(reader);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static String printable(char c) {
        return c < ' ' ? String.format(Locale.ROOT, "\\u%04x", (int) c) : "'" + c + "'";
    }

    /** One read: the state of a single pass over the input. */
    private final class Run {
        private final String source;
        private final ProcessData.DoubleBuffer values = new ProcessData.DoubleBuffer();
        private final ProcessData.IntBuffer starts = new ProcessData.IntBuffer();
        private final List<String> labels = subgroupColumn != null || labelColumn != null ? new ArrayList<>() : null;
        private final List<String> stages = stageColumn != null ? new ArrayList<>() : null;
        private final List<Instant> times = timeColumn != null ? new ArrayList<>() : null;
        private final ProcessData.DoubleBuffer sizes = sizeColumn != null ? new ProcessData.DoubleBuffer() : null;
        private final List<SkippedRow> skipped = new ArrayList<>();
        private int[] valueIdx;
        private int subgroupIdx = -1;
        private int sizeIdx = -1;
        private int labelIdx = -1;
        private int timeIdx = -1;
        private int stageIdx = -1;
        private int maxIdx;
        private String previousId;
        private String currentStage;
        private long currentStartLine;
        private long rows;

        Run(String source) {
            this.source = source;
        }

        /** A Commons CSV parser of this reader's dialect. */
        private CSVParser parser(Reader reader) throws IOException {
            CSVFormat.Builder format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setCommentMarker(commentMarker)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true);
            if (header) {
                format.setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true);
            }
            return CSVParser.builder().setReader(reader).setFormat(format.get()).get();
        }

        ProcessData read(Reader reader, java.util.function.Supplier<String> hash) throws IOException {
            try (CSVParser parser = parser(reader)) {
                if (header) {
                    resolveColumns(parser.getHeaderMap(), parser.getHeaderNames());
                } else {
                    resolveColumns(Map.of(), List.of());
                }
                for (CSVRecord record : parser) {
                    rows++;
                    long line = parser.getCurrentLineNumber() - embeddedNewlines(record);
                    try {
                        accept(record, line);
                    } catch (SpcCsvException e) {
                        if (policy == ErrorPolicy.ERROR) {
                            throw e;
                        }
                        skipped.add(new SkippedRow(e.line(), e.column(), e.reason()));
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                throw new SpcCsvException(source, 0, 0, "malformed CSV: " + e.getMessage());
            }
            finish();
            String digest = hash.get();
            return new ProcessData(source, () -> digest,
                    ProcessData.subgroups(values.toArray(), starts.toArray(), labels, stages), labels, times,
                    sizes == null ? null : sizes.toArray(), skipped, rows);
        }

        CategoryData readCategories(Reader reader) throws IOException {
            List<String> categories = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            ProcessData.DoubleBuffer weights = new ProcessData.DoubleBuffer();
            try (CSVParser parser = parser(reader)) {
                Map<String, Integer> map = header ? parser.getHeaderMap() : Map.of();
                List<String> names = header ? parser.getHeaderNames() : List.of();
                if (header && names.isEmpty()) {
                    throw new SpcCsvException(source, 0, 0, "the file is empty: no header row and no data");
                }
                int cat = resolve(categoryColumn, map, names, "category");
                int cnt = resolve(countColumn, map, names, "count");
                int wgt = resolve(weightColumn, map, names, "weight");
                maxIdx = Math.max(cat, Math.max(cnt, wgt));
                for (CSVRecord record : parser) {
                    rows++;
                    long line = parser.getCurrentLineNumber() - embeddedNewlines(record);
                    try {
                        if (record.size() <= maxIdx) {
                            throw new SpcCsvException(source, line, 0, String.format(Locale.ROOT,
                                    "the row has %d fields, %d needed", record.size(), maxIdx + 1));
                        }
                        String category = record.get(cat);
                        if (category.isEmpty()) {
                            throw new SpcCsvException(source, line, cat + 1, "empty category" + columnName(record, cat));
                        }
                        long count = 1;
                        if (cnt >= 0) {
                            double c = number(record, cnt, line);
                            if (c < 0 || c != Math.rint(c) || c > Long.MAX_VALUE) {
                                throw new SpcCsvException(source, line, cnt + 1, String.format(Locale.ROOT,
                                        "count '%s' must be a non-negative integer%s", record.get(cnt), columnName(record, cnt)));
                            }
                            count = (long) c;
                        }
                        double weight = 1.0;
                        if (wgt >= 0) {
                            weight = number(record, wgt, line);
                            if (weight < 0) {
                                throw new SpcCsvException(source, line, wgt + 1, String.format(Locale.ROOT,
                                        "weight '%s' must be >= 0%s", record.get(wgt), columnName(record, wgt)));
                            }
                        }
                        categories.add(category);
                        counts.add(count);
                        weights.add(weight);
                    } catch (SpcCsvException e) {
                        if (policy == ErrorPolicy.ERROR) {
                            throw e;
                        }
                        skipped.add(new SkippedRow(e.line(), e.column(), e.reason()));
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                throw new SpcCsvException(source, 0, 0, "malformed CSV: " + e.getMessage());
            }
            if (categories.isEmpty()) {
                throw new SpcCsvException(source, 0, 0, rows == 0 ? "no data rows (a header only)"
                        : "no usable rows: all " + rows + " rows were skipped " + skipped);
            }
            return new CategoryData(source, categories, counts.stream().mapToLong(Long::longValue).toArray(),
                    weightColumn == null ? null : weights.toArray(), skipped, rows);
        }

        private void resolveColumns(Map<String, Integer> headerMap, List<String> names) {
            if (header && names.isEmpty()) {
                throw new SpcCsvException(source, 0, 0, "the file is empty: no header row and no data");
            }
            valueIdx = new int[valueColumns.size()];
            for (int k = 0; k < valueIdx.length; k++) {
                valueIdx[k] = resolve(valueColumns.get(k), headerMap, names, "value");
            }
            subgroupIdx = resolve(subgroupColumn, headerMap, names, "subgroup");
            sizeIdx = resolve(sizeColumn, headerMap, names, "sample size");
            labelIdx = resolve(labelColumn, headerMap, names, "label");
            timeIdx = resolve(timeColumn, headerMap, names, "time");
            stageIdx = resolve(stageColumn, headerMap, names, "stage");
            maxIdx = -1;
            for (int i : new int[] {subgroupIdx, sizeIdx, labelIdx, timeIdx, stageIdx}) {
                maxIdx = Math.max(maxIdx, i);
            }
            for (int i : valueIdx) {
                maxIdx = Math.max(maxIdx, i);
            }
        }

        private int resolve(ColumnRef ref, Map<String, Integer> headerMap, List<String> names, String role) {
            if (ref == null) {
                return -1;
            }
            if (ref.name() != null) {
                if (!header) {
                    throw new IllegalStateException("column " + ref + " is named, but the file has no header: use an index");
                }
                Integer idx = headerMap.get(ref.name());
                if (idx == null) {
                    throw new SpcCsvException(source, 1, 0, String.format(Locale.ROOT,
                            "no %s column %s; the columns are %s", role, ref, names));
                }
                return idx;
            }
            if (header && ref.index() >= names.size()) {
                throw new SpcCsvException(source, 1, 0, String.format(Locale.ROOT,
                        "no %s column %s (0-based): the file has %d columns %s", role, ref, names.size(), names));
            }
            return ref.index();
        }

        private void accept(CSVRecord record, long line) {
            if (record.size() <= maxIdx) {
                throw new SpcCsvException(source, line, 0, String.format(Locale.ROOT,
                        "the row has %d fields, %d needed%s", record.size(), maxIdx + 1,
                        header ? " (the header has " + record.getParser().getHeaderNames().size() + ")" : ""));
            }
            // Parse everything first, so that a bad row changes nothing.
            double[] parsed = new double[valueIdx.length];
            for (int k = 0; k < valueIdx.length; k++) {
                parsed[k] = number(record, valueIdx[k], line);
            }
            double size = sizeIdx < 0 ? Double.NaN : number(record, sizeIdx, line);
            Instant time = timeIdx < 0 ? null : time(record.get(timeIdx), line, timeIdx + 1);
            String id = subgroupIdx < 0 ? null : record.get(subgroupIdx);
            String stage = stageIdx < 0 ? null : record.get(stageIdx);
            String label = labelIdx < 0 ? id : record.get(labelIdx);

            boolean newSubgroup;
            if (subgroupIdx >= 0) {
                newSubgroup = previousId == null || !previousId.equals(id);
            } else if (subgroupSize > 0) {
                newSubgroup = starts.size() == 0 || values.size() - starts.last() >= subgroupSize;
            } else {
                newSubgroup = true; // individuals, or wide rows: each row is a subgroup
            }
            if (!newSubgroup && stage != null && !stage.equals(currentStage)) {
                throw new SpcCsvException(source, line, stageIdx + 1, String.format(Locale.ROOT,
                        "stage '%s' changes inside a subgroup that started in stage '%s' (line %d)",
                        stage, currentStage, currentStartLine));
            }
            if (!newSubgroup && sizes != null) {
                throw new SpcCsvException(source, line, sizeIdx + 1,
                        "a sample-size column needs one row per subgroup (attribute data), but this row continues a subgroup");
            }
            if (newSubgroup) {
                starts.add(values.size());
                if (labels != null) {
                    labels.add(label != null ? label : Integer.toString(starts.size()));
                }
                if (stages != null) {
                    stages.add(stage);
                }
                if (times != null) {
                    times.add(time);
                }
                if (sizes != null) {
                    sizes.add(size);
                }
                currentStage = stage;
                currentStartLine = line;
            }
            for (double v : parsed) {
                values.add(v);
            }
            previousId = id;
        }

        private void finish() {
            if (values.size() == 0) {
                throw new SpcCsvException(source, 0, 0, rows == 0 ? "no data rows (a header only)"
                        : "no usable rows: all " + rows + " rows were skipped " + skipped);
            }
            if (subgroupSize > 0) {
                int last = values.size() - starts.last();
                if (last != subgroupSize) {
                    throw new SpcCsvException(source, currentStartLine, 0, String.format(Locale.ROOT,
                            "the last subgroup (from this line) has %d of %d values: %d values do not split into "
                                    + "subgroups of %d", last, subgroupSize, values.size(), subgroupSize));
                }
            }
            starts.add(values.size());
        }

        private double number(CSVRecord record, int column, long line) {
            String text = record.get(column);
            if (text.isEmpty()) {
                throw new SpcCsvException(source, line, column + 1, "empty value" + columnName(record, column));
            }
            String normal = text;
            if (decimalSeparator == ',') {
                if (text.indexOf('.') >= 0) {
                    throw new SpcCsvException(source, line, column + 1, String.format(Locale.ROOT,
                            "'%s' contains '.' but the decimal separator is ','%s", text, columnName(record, column)));
                }
                normal = text.replace(',', '.');
            }
            if (!isPlainNumber(normal)) {
                throw new SpcCsvException(source, line, column + 1, String.format(Locale.ROOT,
                        "'%s' is not a number%s", text, columnName(record, column)));
            }
            double v = Double.parseDouble(normal);
            if (!Double.isFinite(v)) {
                throw new SpcCsvException(source, line, column + 1, String.format(Locale.ROOT,
                        "'%s' is not a finite number%s", text, columnName(record, column)));
            }
            return v;
        }

        private String columnName(CSVRecord record, int column) {
            if (!header) {
                return "";
            }
            List<String> names = record.getParser().getHeaderNames();
            return column < names.size() ? " (column '" + names.get(column) + "')" : "";
        }

        private Instant time(String text, long line, int column) {
            try {
                if (isPlainNumber(text)) {
                    double seconds = Double.parseDouble(text);
                    long whole = (long) Math.floor(seconds);
                    return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
                }
                if (text.length() <= 10) {
                    return LocalDate.parse(text).atStartOfDay(zone).toInstant();
                }
                if (text.endsWith("Z") || text.endsWith("z")) {
                    return Instant.parse(text.toUpperCase(Locale.ROOT));
                }
                String t = text.replace(' ', 'T');
                try {
                    return OffsetDateTime.parse(t).toInstant();
                } catch (DateTimeException noOffset) {
                    return LocalDateTime.parse(t).atZone(zone).toInstant();
                }
            } catch (DateTimeException | NumberFormatException e) {
                throw new SpcCsvException(source, line, column, String.format(Locale.ROOT,
                        "'%s' is not an ISO-8601 date/time or epoch seconds", text));
            }
        }
    }

    private static int embeddedNewlines(CSVRecord record) {
        int n = 0;
        for (String field : record) {
            for (int i = 0; i < field.length(); i++) {
                if (field.charAt(i) == '\n') {
                    n++;
                }
            }
        }
        return n;
    }

    /** Optional sign, digits with at most one point, optional exponent: no NaN, Infinity, hex or type suffix. */
    static boolean isPlainNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
            i++;
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }
}
