package org.spc4j.io.csv;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parallel reader for large, simple numeric CSV files, straight into one exactly sized
 * {@code double[]}. Package-private: {@link SpcCsvReader} uses it when the configuration only
 * needs value columns and the file is large.
 *
 * <p>The file is cut into ranges that end at line ends, and read twice by a few threads, each
 * range block by block ({@value #BLOCK} bytes) into the thread's own buffer:
 * <ol>
 *   <li>count the lines and the data rows of every range (and look for quotes);</li>
 *   <li>allocate the array of rows x value columns, and parse every range straight into its own
 *       slice of it (its offset is the sum of the rows before it).</li>
 * </ol>
 * So the values exist once: no per-range buffers that are then concatenated (that needed the
 * values twice over, and more while buffers grew). The second pass costs less than such a copy:
 * counting is a scan for line ends. Only when rows are skipped (under {@link ErrorPolicy#SKIP})
 * are the slices moved together and the array trimmed, which copies it once. The file is read
 * with positional reads, not memory-mapped: mapped pages would count in the resident set of the
 * process for as long as the mapping lives (the whole file), read pages do not.
 *
 * <p>It handles exactly the dialect it can prove: UTF-8 (BOM skipped), one header line, the
 * configured delimiter and decimal separator, comment lines, blank lines, LF or CRLF. A quote
 * character anywhere in the data makes it give up ({@link #read} returns null, after the first
 * pass) so that the general Commons CSV path reads the file instead: quoted fields may hide line
 * breaks, which a range boundary cannot see. Bad values are reported with the same
 * file/line/column messages as the general path, lines counted exactly across ranges.
 *
 * <p>Numbers: up to 15 significant digits and a decimal exponent within 10^&plusmn;22 are
 * converted exactly by one multiplication or division of two exact doubles (Clinger's fast path,
 * correctly rounded); anything else goes through {@link Double#parseDouble}.
 *
 * <p>Reference: Clinger (1990), "How to read floating point numbers accurately", PLDI '90,
 * doi:10.1145/93542.93557.
 */
final class FastNumericCsv {

    /** Files smaller than this are read by the general path (thread start-up would dominate). */
    static final long MIN_PARALLEL_BYTES = 8L << 20;

    /** Bytes read at a time into a thread's buffer (it grows for longer lines). */
    static final int BLOCK = 1 << 20;

    /** About this many bytes per range: enough ranges to keep every thread busy to the end. */
    private static final long RANGE_BYTES = 16L << 20;

    /** The largest array the JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** Eight bytes of a byte[] at once, for the scans below. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

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
    /** Slot of each column in a row's values (its position in valueColumns), or -1 when not read. */
    private final int[] slotOfColumn;
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
        this.slotOfColumn = new int[max + 1];
        Arrays.fill(slotOfColumn, -1);
        for (int k = valueColumns.length - 1; k >= 0; k--) {
            slotOfColumn[valueColumns[k]] = k; // the first slot of a column named twice, as before
        }
        this.headerNames = headerNames;
    }

    /** The values read, rows read, and skipped rows. */
    record Result(double[] values, long rows, List<SkippedRow> skipped) {
    }

    /** One range of the file, {@code [from, to)}, and what the two passes found in it. */
    private static final class Range {
        final long from;
        final long to;
        long lines;           // pass 1: lines, comment and blank ones included
        long rows;            // pass 1: data rows
        boolean quoteSeen;    // pass 1
        int offset;           // first slot of its values in the array
        int written;          // pass 2: values written
        long errorLine = -1;  // pass 2, ERROR policy: the first problem, line local to the range (1-based)
        int errorColumn;
        String errorReason;
        final List<SkippedRow> skipped = new ArrayList<>(); // pass 2, SKIP policy, local line numbers

        Range(long from, long to) {
            this.from = from;
            this.to = to;
        }
    }

    /**
     * Reads all data rows after the header line at {@code dataOffset} (the byte after the header's
     * line end), where {@code linesBefore} lines precede it. Returns null when a quote was seen.
     */
    Result read(Path file, long dataOffset, long linesBefore, int threads, ErrorPolicy policy) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long parts = Math.max(threads * 4L, (size - dataOffset) / RANGE_BYTES);
            List<Range> ranges = split(channel, dataOffset, size, (int) Math.min(parts, 1 << 16));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "spc4j-csv");
                t.setDaemon(true);
                return t;
            });
            try {
                inParallel(pool, threads, ranges, channel, this::count);
                long values = 0;
                for (Range r : ranges) {
                    if (r.quoteSeen) {
                        return null;
                    }
                    r.offset = (int) Math.min(values, MAX_ARRAY);
                    values += r.rows * valueColumns.length;
                }
                if (values > MAX_ARRAY) {
                    throw new SpcCsvException(source, 0, 0, String.format(Locale.ROOT,
                            "%d values are more than one array can hold (%d)", values, MAX_ARRAY));
                }
                double[] all = new double[(int) values];
                inParallel(pool, threads, ranges, channel, (range, lines) -> parse(range, lines, all, policy));
                return combine(ranges, all, linesBefore, policy);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Work on one range with the calling thread's line reader. */
    @FunctionalInterface
    private interface RangeTask {
        void run(Range range, Lines lines) throws IOException;
    }

    /** Runs {@code task} on every range, {@code threads} ranges at a time, each thread with its own buffer. */
    private static void inParallel(ExecutorService pool, int threads, List<Range> ranges, FileChannel channel,
                                   RangeTask task) throws IOException {
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(() -> {
                Lines lines = new Lines(channel);
                for (int i = next.getAndIncrement(); i < ranges.size(); i = next.getAndIncrement()) {
                    task.run(ranges.get(i), lines);
                }
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Pass 1: the lines and data rows of a range; stops at a quote. */
    private void count(Range range, Lines lines) throws IOException {
        lines.start(range.from, range.to, true);
        while (lines.next()) {
            if (lines.quoteSeen) {
                range.quoteSeen = true;
                return;
            }
            range.lines++;
            if (isDataRow(lines.bytes, lines.lineStart, lines.lineEnd)) {
                range.rows++;
            }
        }
        range.quoteSeen = lines.quoteSeen;
    }

    /** Pass 2: the values of a range into its slice of {@code all}. */
    private void parse(Range range, Lines lines, double[] all, ErrorPolicy policy) throws IOException {
        int k = valueColumns.length;
        long capacity = range.rows * k;
        long line = 0;
        lines.start(range.from, range.to, false);
        while (lines.next()) {
            line++;
            byte[] b = lines.bytes;
            int start = lines.lineStart;
            int end = lines.lineEnd;
            if (!isDataRow(b, start, end)) {
                continue;
            }
            if (range.written + k > capacity) {
                throw new SpcCsvException(source, 0, 0, "the file changed while it was read");
            }
            int at = range.offset + range.written;
            String problem = null;
            int problemColumn = 0;
            int found = 0;
            int fieldStart = start;
            for (int column = 0; ; column++) {
                int fieldEnd = indexOf(b, delimiter, fieldStart, end);
                fieldEnd = fieldEnd < 0 ? end : fieldEnd;
                int slot = column < slotOfColumn.length ? slotOfColumn[column] : -1;
                if (slot >= 0) {
                    double v = parseField(b, fieldStart, fieldEnd);
                    if (Double.isNaN(v)) {
                        problem = describe(b, fieldStart, fieldEnd, column);
                        problemColumn = column + 1;
                        break;
                    }
                    all[at + slot] = v;
                    found++;
                }
                if (found == k) {
                    break; // the rest of the row is not needed
                }
                if (fieldEnd == end) {
                    problem = String.format(Locale.ROOT, "the row has %d fields, %d needed (the header has %d)",
                            column + 1, maxColumn + 1, headerNames.size());
                    break;
                }
                fieldStart = fieldEnd + 1;
            }
            if (problem == null) {
                range.written += k;
            } else if (policy == ErrorPolicy.ERROR) {
                range.errorLine = line;
                range.errorColumn = problemColumn;
                range.errorReason = problem;
                return; // the first problem of the range is all that can be reported
            } else {
                range.skipped.add(new SkippedRow(line, problemColumn, problem));
            }
        }
    }

    /**
     * The first problem in file order (ERROR), or the skipped rows with file line numbers and the
     * slices moved together (SKIP: the only case that copies the array, to trim it).
     */
    private Result combine(List<Range> ranges, double[] all, long linesBefore, ErrorPolicy policy) {
        long line = linesBefore;
        long rows = 0;
        int kept = 0;
        List<SkippedRow> skipped = new ArrayList<>();
        for (Range r : ranges) {
            if (r.errorReason != null && policy == ErrorPolicy.ERROR) {
                throw new SpcCsvException(source, line + r.errorLine, r.errorColumn, r.errorReason);
            }
            for (SkippedRow s : r.skipped) {
                skipped.add(new SkippedRow(line + s.line(), s.column(), s.reason()));
            }
            if (r.offset != kept) {
                System.arraycopy(all, r.offset, all, kept, r.written);
            }
            kept += r.written;
            line += r.lines;
            rows += r.rows;
        }
        return new Result(kept == all.length ? all : Arrays.copyOf(all, kept), rows, skipped);
    }

    /** Cuts [from, size) into about {@code parts} ranges that end just after a '\n'. */
    private static List<Range> split(FileChannel channel, long from, long size, int parts) throws IOException {
        List<Range> ranges = new ArrayList<>();
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
                int i = indexOf(one.array(), (byte) '\n', 0, n);
                if (i >= 0) {
                    end += i + 1;
                    break;
                }
                end += n;
            }
            ranges.add(new Range(start, Math.min(end, size)));
            start = Math.min(end, size);
        }
        return ranges;
    }

    /**
     * A thread's reader of the lines of one range at a time: positional reads of {@link #BLOCK}
     * bytes into its own buffer, which grows only for a line longer than the buffer. After
     * {@link #next()}, the line is {@code bytes[lineStart, lineEnd)} without its '\n' and
     * without a '\r' before it; a last line without '\n' counts as a line. When asked, it
     * looks for a quote in every byte it reads ({@link #quoteSeen}).
     */
    private static final class Lines {
        private final FileChannel channel;
        byte[] bytes = new byte[BLOCK];
        int lineStart;
        int lineEnd;
        boolean quoteSeen;
        private boolean watchQuotes;
        private int pos;       // first byte not yet handed out
        private int limit;     // end of the bytes read
        private long filePos;  // file position of bytes[limit]
        private long to;

        Lines(FileChannel channel) {
            this.channel = channel;
        }

        void start(long from, long to, boolean watchQuotes) {
            this.filePos = from;
            this.to = to;
            this.watchQuotes = watchQuotes;
            this.quoteSeen = false;
            this.pos = 0;
            this.limit = 0;
        }

        boolean next() throws IOException {
            int scanned = pos;
            while (true) {
                int nl = indexOf(bytes, (byte) '\n', scanned, limit);
                if (nl >= 0) {
                    return line(nl, nl + 1);
                }
                if (filePos >= to) {
                    return pos < limit && line(limit, limit);
                }
                scanned = fill();
            }
        }

        private boolean line(int end, int nextPos) {
            lineStart = pos;
            lineEnd = end > pos && bytes[end - 1] == '\r' ? end - 1 : end;
            pos = nextPos;
            return true;
        }

        /** Moves the partial line to the front (growing when it fills the buffer), reads more; returns where to scan on. */
        private int fill() throws IOException {
            int partial = limit - pos;
            if (partial == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            } else if (pos > 0) {
                System.arraycopy(bytes, pos, bytes, 0, partial);
            }
            pos = 0;
            limit = partial;
            ByteBuffer target = ByteBuffer.wrap(bytes, limit, (int) Math.min(bytes.length - limit, to - filePos));
            while (target.hasRemaining()) {
                int n = channel.read(target, filePos);
                if (n < 0) {
                    to = filePos; // the file shrank: what is there is all there is
                    break;
                }
                if (watchQuotes && indexOf(bytes, (byte) '"', limit, limit + n) >= 0) {
                    quoteSeen = true;
                }
                filePos += n;
                limit += n;
            }
            return partial;
        }
    }

    /**
     * Position of the first {@code value} in {@code b[from, to)}, or -1. Eight bytes at a time: a
     * byte of {@code x = word ^ (value in every byte)} is zero where the word holds the value, and
     * {@code (x - 0x01..01) & ~x & 0x80..80} marks the first zero byte exactly (borrows can only
     * mark bytes after it; little-endian, so the lowest mark is the first byte).
     */
    static int indexOf(byte[] b, byte value, int from, int to) {
        long pattern = (value & 0xFFL) * ONES;
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            long marks = (x - ONES) & ~x & HIGHS;
            if (marks != 0) {
                return i + (Long.numberOfTrailingZeros(marks) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** A line with data: not empty, not a comment, not only blanks (the same test in both passes). */
    private boolean isDataRow(byte[] b, int start, int end) {
        return end > start && b[start] != comment && !isBlank(b, start, end);
    }

    private static boolean isBlank(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The same message as the general path, for a field that is not a finite plain number. */
    private String describe(byte[] buf, int from, int to, int column) {
        String text = new String(buf, from, to - from, StandardCharsets.UTF_8).trim();
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
    private double parseField(byte[] buf, int from, int to) {
        while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
            from++;
        }
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (buf[i] == '-' || buf[i] == '+')) {
            negative = buf[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean exact = true;
        for (; i < to; i++) {
            byte b = buf[i];
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
        if (i < to && (buf[i] == 'e' || buf[i] == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < to && (buf[i] == '-' || buf[i] == '+')) {
                expNegative = buf[i] == '-';
                i++;
            }
            int exp = 0;
            int expDigits = 0;
            for (; i < to && buf[i] >= '0' && buf[i] <= '9'; i++) {
                exp = Math.min(100_000, exp * 10 + (buf[i] - '0'));
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
                byte b = buf[k];
                bytes[k - from] = b == decimal ? (byte) '.' : b;
            }
            value = Math.abs(Double.parseDouble(new String(bytes, StandardCharsets.US_ASCII)));
        }
        if (!Double.isFinite(value)) {
            return Double.NaN;
        }
        return negative ? -value : value;
    }
}
