package org.spc4j.io.json;

import java.time.Instant;
import java.util.Objects;

/**
 * Where fitted limits came from.
 *
 * @param inputFile name of the Phase I data file (or a description of the source)
 * @param sha256 lower-case hex SHA-256 of the input bytes, empty when unknown
 * @param firstRow first data row used (1-based, header excluded), 0 when unknown
 * @param lastRow last data row used, 0 when unknown
 * @param createdAt when the limits were written
 * @param library library name and version that fitted them, e.g. {@code spc4j 0.1.0}
 */
public record Provenance(String inputFile, String sha256, long firstRow, long lastRow, Instant createdAt,
                         String library) {
    public Provenance {
        Objects.requireNonNull(inputFile, "inputFile must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(library, "library must not be null");
        if (!sha256.isEmpty() && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was '" + sha256 + "'");
        }
        if (firstRow < 0 || lastRow < firstRow) {
            throw new IllegalArgumentException("row range must satisfy 0 <= firstRow <= lastRow, was "
                    + firstRow + ".." + lastRow);
        }
    }

    /** Provenance of limits fitted now from the given file, rows and this library version. */
    public static Provenance now(String inputFile, String sha256, long firstRow, long lastRow) {
        return new Provenance(inputFile, sha256, firstRow, lastRow, Instant.now(), LimitsFile.libraryVersion());
    }
}
