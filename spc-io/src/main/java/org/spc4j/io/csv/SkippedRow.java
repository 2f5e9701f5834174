package org.spc4j.io.csv;

import java.util.Objects;

/**
 * A row the reader skipped under {@link ErrorPolicy#SKIP}, and why.
 *
 * @param line 1-based line number in the file
 * @param column 1-based column number of the offending field, or 0 for a whole-row problem
 * @param reason what was wrong, naming the value
 */
public record SkippedRow(long line, int column, String reason) {
    public SkippedRow {
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
