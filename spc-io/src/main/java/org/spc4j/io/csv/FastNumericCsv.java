package org.spc4j.io.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Parallel reader for large, simple numeric CSV files: the file is memory-mapped, cut into
 * record-aligned chunks at line ends, and each chunk is parsed on its own thread straight into a
 * primitive array; chunks are then concatenated in order. Package-private: {@link SpcCsvReader}
 * uses it when the configuration only needs value columns and the file is large.
 *
 * <p>It handles exactly the dialect it can prove: UTF-8 (BOM skipped), one header line, the
 * configured delimiter and decimal separator, comment lines, blank lines, LF or CRLF. A quote
 * character anywhere in the data makes it give up ({@link #read} returns null) so that the
 * general Commons CSV path reads the file instead: quoted fields may hide line breaks, which a
 * chunk boundary cannot see. Bad values are reported with the same file/line/column messages
 * as the general path, lines counted exactly across chunks.
 *
 * <p>Numbers: up to 18 significant digits and a decimal exponent within 10^±22 are converted
 * exactly by one division of two exact doubles (Clinger's fast path, correctly rounded);
 * anything else goes through {@link Double#parseDouble}.
 *
 * <p>Reference: Clinger (1990), "How to read floating point numbers accurately", PLDI '90,
 * doi:10.1145/93542.93557.
 */
final class FastNumericCsv {

    /** Files smaller than this are read by the general path (thread start-up would dominate). */
    static final long MIN_PARALLEL_BYTES = 8L << 20;

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1.0;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10.0;
        }
    }

    private final String source;
    private final byte delimiter;
    private final byte decimal;
    private final int comment;
    private final int[] valueColumns;
    private final int maxColumn;
    private final List<String> headerNames;

    FastNumericCsv(String source, char delimiter, char decimal, Character comment, int[] valueColumns,
                   List<String> headerNames) {
        this.source = source;
        this.delimiter = (byte) delimiter;
        this.decimal = (byte) decimal;
        this.comment = comment == null ? -1 : comment;
        this.valueColumns = valueColumns;
        int max = 0;
        for (int c : valueColumns) {
            max = Math.max(max, c);
        }
        this.maxColumn = max;
        this.headerNames = headerNames;
    }

    /** Result of one chunk: its values, its line count, and its first problem (if any). */
    private static final class Chunk {
        ProcessData.DoubleBuffer values = new ProcessData.DoubleBuffer();
        long lines;
        long rows;
        long errorLine = -1; // local, 1-based
        int errorColumn;
        String errorReason;
        boolean quoteSeen;
        List<SkippedRow> skipped = new ArrayList<>();
    }

    /**
     * Reads all data rows after the header line at {@code dataOffset} (the byte after the header's
     * line end), where {@code linesBefore} lines precede it. Returns null when a quote was seen.
     */
    Result read(Path file, long dataOffset, long linesBefore, int threads, ErrorPolicy policy) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            List<long[]> ranges = split(channel, dataOffset, size, Math.max(1, threads * 4));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "spc4j-csv");
                t.setDaemon(true);
                return t;
            });
            try {
                List<CompletableFuture<Chunk>> futures = new ArrayList<>();
                for (long[] range : ranges) {
                    futures.add(CompletableFuture.supplyAsync(() -> parse(channel, range[0], range[1], policy), pool));
                }
                List<Chunk> chunks = new ArrayList<>();
                for (CompletableFuture<Chunk> f : futures) {
                    chunks.add(f.join());
                }
                return combine(chunks, linesBefore, policy);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The values read, rows read, and skipped rows. */
    record Result(double[] values, long rows, List<SkippedRow> skipped) {
    }

    private Result combine(List<Chunk> chunks, long linesBefore, ErrorPolicy policy) {
        long line = linesBefore;
        long rows = 0;
        int total = 0;
        List<SkippedRow> skipped = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.quoteSeen) {
                return null;
            }
        }
        for (Chunk c : chunks) {
            if (c.errorReason != null && policy == ErrorPolicy.ERROR) {
                throw new SpcCsvException(source, line + c.errorLine, c.errorColumn, c.errorReason);
            }
            for (SkippedRow s : c.skipped) {
                skipped.add(new SkippedRow(line + s.line(), s.column(), s.reason()));
            }
            line += c.lines;
            rows += c.rows;
            total = Math.addExact(total, c.values.size());
        }
        double[] all = new double[total];
        int at = 0;
        for (Chunk c : chunks) {
            double[] v = c.values.toArray();
            System.arraycopy(v, 0, all, at, v.length);
            at += v.length;
            c.values = null; // let the chunk's buffer go before the next copy
        }
        return new Result(all, rows, skipped);
    }

    /** Cuts [from, size) into about {@code parts} ranges that end just after a '\n'. */
    private static List<long[]> split(FileChannel channel, long from, long size, int parts) throws IOException {
        List<long[]> ranges = new ArrayList<>();
        long step = Math.max(1, (size - from) / parts);
        long start = from;
        ByteBuffer one = ByteBuffer.allocate(4096);
        while (start < size) {
            long end = Math.min(size, start + step);
            // move end forward to the byte after the next '\n'
            while (end < size) {
                one.clear();
                int n = channel.read(one, end);
                if (n <= 0) {
                    end = size;
                    break;
                }
                int i = 0;
                while (i < n && one.get(i) != '\n') {
                    i++;
                }
                if (i < n) {
                    end += i + 1;
                    break;
                }
                end += n;
            }
            ranges.add(new long[] {start, Math.min(end, size)});
            start = Math.min(end, size);
        }
        return ranges;
    }

    private Chunk parse(FileChannel channel, long from, long to, ErrorPolicy policy) {
        Chunk chunk = new Chunk();
        MappedByteBuffer buf;
        try {
            buf = channel.map(FileChannel.MapMode.READ_ONLY, from, to - from);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        int n = buf.limit();
        int pos = 0;
        double[] rowValues = new double[valueColumns.length];
        while (pos < n) {
            int lineStart = pos;
            int lineEnd = lineStart;
            while (lineEnd < n && buf.get(lineEnd) != '\n') {
                lineEnd++;
            }
            pos = lineEnd + 1;
            chunk.lines++;
            int end = lineEnd;
            if (end > lineStart && buf.get(end - 1) == '\r') {
                end--;
            }
            if (end == lineStart || buf.get(lineStart) == comment || isBlank(buf, lineStart, end)) {
                continue;
            }
            chunk.rows++;
            String problem = null;
            int problemColumn = 0;
            int column = 0;
            int fieldStart = lineStart;
            int found = 0;
            for (int i = lineStart; i <= end && problem == null; i++) {
                if (i == end || buf.get(i) == delimiter) {
                    int slot = slotOf(column);
                    if (slot >= 0) {
                        double v = parseField(buf, fieldStart, i);
                        if (Double.isNaN(v)) {
                            problem = describe(buf, fieldStart, i, column);
                            problemColumn = column + 1;
                        } else {
                            rowValues[slot] = v;
                            found++;
                        }
                    }
                    column++;
                    fieldStart = i + 1;
                } else if (buf.get(i) == '"') {
                    chunk.quoteSeen = true;
                    return chunk;
                }
            }
            if (problem == null && found < valueColumns.length) {
                problem = String.format(Locale.ROOT, "the row has %d fields, %d needed (the header has %d)",
                        column, maxColumn + 1, headerNames.size());
                problemColumn = 0;
            }
            if (problem != null) {
                if (policy == ErrorPolicy.ERROR) {
                    if (chunk.errorReason == null) {
                        chunk.errorLine = chunk.lines;
                        chunk.errorColumn = problemColumn;
                        chunk.errorReason = problem;
                    }
                } else {
                    chunk.skipped.add(new SkippedRow(chunk.lines, problemColumn, problem));
                }
                continue;
            }
            for (double v : rowValues) {
                chunk.values.add(v);
            }
        }
        return chunk;
    }

    private int slotOf(int column) {
        for (int k = 0; k < valueColumns.length; k++) {
            if (valueColumns[k] == column) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isBlank(ByteBuffer buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf.get(i);
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The same message as the general path, for a field that is not a finite plain number. */
    private String describe(ByteBuffer buf, int from, int to, int column) {
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) {
            bytes[i - from] = buf.get(i);
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).trim();
        String name = column < headerNames.size() ? " (column '" + headerNames.get(column) + "')" : "";
        if (text.isEmpty()) {
            return "empty value" + name;
        }
        if (decimal == ',' && text.indexOf('.') >= 0) {
            return String.format(Locale.ROOT, "'%s' contains '.' but the decimal separator is ','%s", text, name);
        }
        String normal = decimal == ',' ? text.replace(',', '.') : text;
        if (SpcCsvReader.isPlainNumber(normal)) {
            return String.format(Locale.ROOT, "'%s' is not a finite number%s", text, name);
        }
        return String.format(Locale.ROOT, "'%s' is not a number%s", text, name);
    }

    /**
     * Parses a plain decimal number (optional sign, digits with at most one decimal separator,
     * optional exponent; surrounding blanks allowed); NaN when the field is anything else or the
     * value is not finite.
     */
    private double parseField(ByteBuffer buf, int from, int to) {
        while (from < to && (buf.get(from) == ' ' || buf.get(from) == '\t')) {
            from++;
        }
        while (to > from && (buf.get(to - 1) == ' ' || buf.get(to - 1) == '\t')) {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (buf.get(i) == '-' || buf.get(i) == '+')) {
            negative = buf.get(i) == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean exact = true;
        for (; i < to; i++) {
            byte b = buf.get(i);
            if (b >= '0' && b <= '9') {
                digits++;
                if (mantissa == 0 && b == '0') {
                    if (point) {
                        scale--;
                    }
                    continue;
                }
                if (significant < 18) {
                    mantissa = mantissa * 10 + (b - '0');
                    significant++;
                    if (point) {
                        scale--;
                    }
                } else {
                    exact = false;
                    if (!point) {
                        scale++;
                    }
                }
            } else if (b == decimal && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to && (buf.get(i) == 'e' || buf.get(i) == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < to && (buf.get(i) == '-' || buf.get(i) == '+')) {
                expNegative = buf.get(i) == '-';
                i++;
            }
            int exp = 0;
            int expDigits = 0;
            for (; i < to && buf.get(i) >= '0' && buf.get(i) <= '9'; i++) {
                exp = Math.min(100_000, exp * 10 + (buf.get(i) - '0'));
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            scale += expNegative ? -exp : exp;
        }
        if (i != to) {
            return Double.NaN;
        }
        double value;
        if (exact && significant <= 15 && Math.abs(scale) <= 22) {
            value = scale < 0 ? mantissa / POWERS_OF_TEN[-scale] : mantissa * POWERS_OF_TEN[scale];
        } else {
            byte[] bytes = new byte[to - from];
            for (int k = from; k < to; k++) {
                byte b = buf.get(k);
                bytes[k - from] = b == decimal ? (byte) '.' : b;
            }
            value = Math.abs(Double.parseDouble(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)));
        }
        if (!Double.isFinite(value)) {
            return Double.NaN;
        }
        return negative ? -value : value;
    }
}
