package org.spc4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property tests (QuickTheories) of the parallel reader against the general (Commons CSV) path:
 * for any mix of good rows, comment and blank lines, bad values and short rows, LF or CRLF, with
 * or without a final line end, cut into any number of ranges, both give bit for bit the same
 * values, the same row count, the same skipped rows (SKIP) or the same first error (ERROR).
 * Small files and up to 8 threads (32 ranges) put range boundaries everywhere, including where
 * skipped rows leave gaps that the reader closes.
 */
class FastNumericCsvPropertiesTest {

    @TempDir
    Path dir;

    /** One line of the file per kind: 0-5 a good row, 6 comment, 7 blank, 8 bad value, 9 short row. */
    private static String line(int kind, Random r, int i) {
        String end = r.nextInt(4) == 0 ? "\r\n" : "\n";
        return switch (kind) {
            case 6 -> "# note " + i + end;
            case 7 -> end;
            case 8 -> i + ",x" + i + ",7" + end;
            case 9 -> i + end;
            default -> i + "," + FastNumericCsvTest.randomNumber(r) + "," + FastNumericCsvTest.randomNumber(r) + end;
        };
    }

    @Test
    void anyFileAnyRanges_sameAsGeneralPath() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 300),
                integers().between(1, 8), longs().all(), integers().between(0, 3))
                .checkAssert((kinds, threads, seed, options) -> {
                    Random r = new Random(seed);
                    StringBuilder text = new StringBuilder("id,a,b\n");
                    for (int i = 0; i < kinds.size(); i++) {
                        text.append(line(kinds.get(i), r, i));
                    }
                    if ((options & 1) == 1 && text.charAt(text.length() - 1) == '\n') {
                        text.setLength(text.length() - (text.charAt(text.length() - 2) == '\r' ? 2 : 1));
                    }
                    int[] columns = (options & 2) == 2 ? new int[] {1, 2} : new int[] {2};
                    for (ErrorPolicy policy : ErrorPolicy.values()) {
                        check(text.toString(), columns, threads, policy);
                    }
                });
    }

    @Test
    void indexOf_eightBytesAtATime_equalsAPlainScan() {
        qt().withExamples(2000).forAll(lists().of(integers().between(0, 6)).ofSizeBetween(0, 40),
                integers().between(0, 6), integers().between(0, 40), integers().between(0, 40))
                .checkAssert((codes, wanted, a, b) -> {
                    // few distinct bytes (high-bit ones included), so that hits, near-misses and borrows are common
                    byte[] alphabet = {'\n', '"', ',', 0, 1, (byte) 0x80, (byte) 0x8A};
                    byte[] bytes = new byte[codes.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = alphabet[codes.get(i)];
                    }
                    int from = Math.min(a, bytes.length);
                    int to = Math.max(from, Math.min(b, bytes.length));
                    int expected = -1;
                    for (int i = from; i < to && expected < 0; i++) {
                        expected = bytes[i] == alphabet[wanted] ? i : -1;
                    }
                    assertThat(FastNumericCsv.indexOf(bytes, alphabet[wanted], from, to)).isEqualTo(expected);
                });
    }

    private void check(String text, int[] columns, int threads, ErrorPolicy policy) {
        SpcCsvReader general = SpcCsv.reader().policy(policy);
        for (int c : columns) {
            general.valueColumn(c);
        }
        Object expected;
        try {
            ProcessData g = general.read(new StringReader(text), "f.csv");
            expected = List.of(List.of(g.values().length), g.rowCount(), g.skipped(), bits(g.values()));
        } catch (SpcCsvException e) {
            // a file without usable rows is rejected by SpcCsvReader, after the parallel reader returned no values
            expected = e.getMessage().startsWith("f.csv: no ") ? "no values" : e.getMessage();
        }
        Object actual;
        try {
            Path file = dir.resolve("f.csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            FastNumericCsv.Result fast = new FastNumericCsv("f.csv", ',', '.', '#', columns, List.of("id", "a", "b"))
                    .read(file, "id,a,b\n".length(), 1, threads, policy);
            actual = fast.values().length == 0 ? "no values"
                    : List.of(List.of(fast.values().length), fast.rows(), fast.skipped(), bits(fast.values()));
        } catch (SpcCsvException e) {
            actual = e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(actual).as("%s, %d threads, columns %s:%n%s", policy, threads, java.util.Arrays.toString(columns), text)
                .isEqualTo(expected);
    }

    private static List<Long> bits(double[] values) {
        return java.util.Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).boxed().toList();
    }
}
