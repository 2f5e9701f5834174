package org.spc4j.io.csv;

import java.util.Locale;

/**
 * A CSV input problem, with where it happened: source (file name), 1-based line and column.
 * Line or column 0 means the problem is not tied to one line (an empty file) or one field.
 */
public final class SpcCsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final int column;
    private final String reason;

    public SpcCsvException(String source, long line, int column, String reason) {
        super(format(source, line, column, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String source, long line, int column, String reason) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(String.format(Locale.ROOT, ", line %d", line));
        }
        if (column > 0) {
            sb.append(String.format(Locale.ROOT, ", column %d", column));
        }
        return sb.append(": ").append(reason).toString();
    }

    /** The file name or other source description. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0. */
    public long line() {
        return line;
    }

    /** 1-based column, or 0. */
    public int column() {
        return column;
    }

    /** The problem without its location. */
    public String reason() {
        return reason;
    }
}
