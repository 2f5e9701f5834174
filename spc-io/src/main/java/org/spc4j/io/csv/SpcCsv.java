package org.spc4j.io.csv;

/** Entry point of the CSV support: {@code SpcCsv.reader().valueColumn("x").read(path)}. */
public final class SpcCsv {
    private SpcCsv() {
    }

    /** A new reader with defaults: comma, decimal point, {@code #} comments, a header row, ERROR policy. */
    public static SpcCsvReader reader() {
        return new SpcCsvReader();
    }
}
