package org.spc4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel path for large numeric files must give bit-for-bit the values of
 * {@link Double#parseDouble} and the general (Commons CSV) path, and the same messages with exact
 * line numbers across chunk boundaries.
 */
class FastNumericCsvTest {

    @TempDir
    Path dir;

    private static final int ROWS = 700_000; // about 12 MB: above the 8 MB parallel threshold

    /** Random numbers in many spellings: signs, exponents, leading zeros, 1-19 digits. */
    static String randomNumber(Random r) {
        switch (r.nextInt(6)) {
            case 0: return String.format(Locale.ROOT, "%.3f", 74 + r.nextGaussian() * 0.01);
            case 1: return Double.toString(r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20));
            case 2: return Long.toString(r.nextLong() % 10_000_000_000_000_000L);
            case 3: return String.format(Locale.ROOT, "%.17g", r.nextDouble());
            case 4: return "-0.000" + (1 + r.nextInt(99_999));
            default: return (r.nextBoolean() ? "+" : "") + r.nextInt(1000) + "." + r.nextInt(1000) + "e" + (r.nextInt(9) - 4);
        }
    }

    private Path write(String name, String header, int rows, java.util.function.IntFunction<String> row) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            for (int i = 0; i < rows; i++) {
                w.write(row.apply(i));
            }
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(FastNumericCsv.MIN_PARALLEL_BYTES);
        return file;
    }

    @Test
    void largeFile_valuesBitIdenticalToParseDouble_andToGeneralPath() throws Exception {
        Random random = new Random(42);
        String[] numbers = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            numbers[i] = randomNumber(random);
        }
        Path file = write("big.csv", "\uFEFF# generated\nid,value\n", ROWS,
                i -> (i % 1000 == 999 ? "# comment line\n" : "") + i + "," + numbers[i] + (i % 3 == 0 ? "\r\n" : "\n"));
        ProcessData fast = SpcCsv.reader().valueColumn("value").read(file);
        double[] v = fast.values();
        assertThat(v).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            if (Double.doubleToRawLongBits(v[i]) != Double.doubleToRawLongBits(Double.parseDouble(numbers[i]))) {
                throw new AssertionError("row " + i + ": '" + numbers[i] + "' parsed as " + v[i]);
            }
        }
        ProcessData general = SpcCsv.reader().valueColumn("value")
                .read(Files.newBufferedReader(file, StandardCharsets.UTF_8), "big.csv");
        assertThat(general.values()).isEqualTo(v);
        assertThat(fast.rowCount()).isEqualTo(general.rowCount());
        assertThat(fast.subgroupCount()).isEqualTo(ROWS);
        assertThat(fast.sha256()).isEqualTo(SpcCsv.reader().valueColumn("value").commentMarker('#')
                .read(dir.resolve("big.csv")).sha256()).hasSize(64);
    }

    @Test
    void largeFile_badValueDeepInside_exactLineAndColumn() throws Exception {
        int bad = ROWS - 12_345;
        Path file = write("bad.csv", "# header comment\nid;x;sensor\n", ROWS,
                i -> (i == 10 ? "# c\n\n" : "") + i + ";" + (i == bad ? "12,5.0" : "1,5") + ";sensor-A\n");
        // lines: 1 comment, 2 header, then rows from line 3; 2 extra lines inserted before row 10
        long expectedLine = 3 + bad + 2;
        assertThatThrownBy(() -> SpcCsv.reader().delimiter(';').decimalSeparator(',').valueColumn("x").read(file))
                .isInstanceOf(SpcCsvException.class)
                .hasMessage("bad.csv, line " + expectedLine + ", column 2: '12,5.0' contains '.' but the decimal "
                        + "separator is ',' (column 'x')");
        ProcessData skipped = SpcCsv.reader().delimiter(';').decimalSeparator(',').valueColumn("x")
                .policy(ErrorPolicy.SKIP).read(file);
        assertThat(skipped.valueCount()).isEqualTo(ROWS - 1);
        assertThat(skipped.skipped()).containsExactly(new SkippedRow(expectedLine, 2,
                "'12,5.0' contains '.' but the decimal separator is ',' (column 'x')"));
        // the general path says the same
        ProcessData general = SpcCsv.reader().delimiter(';').decimalSeparator(',').valueColumn("x")
                .policy(ErrorPolicy.SKIP).read(Files.newBufferedReader(file), "bad.csv");
        assertThat(general.skipped()).isEqualTo(skipped.skipped());
    }

    @Test
    void largeFile_lineLongerThanTheReadBuffer_isReadWhole() throws Exception {
        String longLabel = "x".repeat(3 * FastNumericCsv.BLOCK + 17);
        int bad = ROWS - 3;
        Path file = write("long.csv", "label,value\n", ROWS, i -> (i == 5 ? longLabel : "s") + ","
                + (i == bad ? "oops" : i + ".5") + "\n");
        ProcessData data = SpcCsv.reader().valueColumn("value").policy(ErrorPolicy.SKIP).read(file);
        assertThat(data.valueCount()).isEqualTo(ROWS - 1);
        assertThat(data.subgroups().value(5, 0)).isEqualTo(5.5);
        assertThat(data.subgroups().value(ROWS - 2, 0)).isEqualTo(ROWS - 1 + 0.5);
        assertThat(data.skipped()).containsExactly(new SkippedRow(bad + 2, 2, "'oops' is not a number (column 'value')"));
    }

    @Test
    void largeFile_withQuotes_fallsBackToGeneralPath() throws Exception {
        Path file = write("quoted.csv", "name,x\n", ROWS,
                i -> (i == ROWS / 2 ? "\"a,\nb\"" : "sensor-A") + "," + i + "\n");
        ProcessData data = SpcCsv.reader().valueColumn("x").read(file);
        assertThat(data.valueCount()).isEqualTo(ROWS);
        assertThat(data.values()[ROWS - 1]).isEqualTo(ROWS - 1);
    }

    @Test
    void largeFile_fixedSubgroupsAndShortRows() throws Exception {
        Path file = write("sub.csv", "a,b\n", ROWS, i -> i + "," + (i * 0.5) + "\n");
        ProcessData data = SpcCsv.reader().valueColumn("b").subgroupSize(5).read(file);
        assertThat(data.subgroupCount()).isEqualTo(ROWS / 5);
        assertThat(data.subgroups().value(1, 0)).isEqualTo(2.5);
        Path shortRow = write("short.csv", "a,b\n", ROWS, i -> i == 7 ? "7\n" : i + "," + i + "\n");
        assertThatThrownBy(() -> SpcCsv.reader().valueColumn("b").read(shortRow))
                .hasMessage("short.csv, line 9: the row has 1 fields, 2 needed (the header has 2)");
        assertThat(SpcCsv.reader().valueColumn("b").read(new StringReader("a,b\n1,2\n"), "s").values()).containsExactly(2);
    }
}
