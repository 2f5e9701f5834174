package org.spc4j.io.csv;

/** What the reader does with a row it cannot use. */
public enum ErrorPolicy {
    /** Stop at the first bad row with an {@link SpcCsvException} naming file, line and column (default). */
    ERROR,
    /** Skip bad rows and list every one of them in {@link ProcessData#skipped()}. */
    SKIP
}
