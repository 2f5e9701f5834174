package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Test helpers: reading the reference CSV files and comparing with printed precision. */
final class Reference {

    private Reference() {
    }

    /** Rows of {@code /reference/examples/<name>.csv} without the header, split on commas. */
    static List<String[]> csv(String name) {
        String path = "/reference/examples/" + name + ".csv";
        InputStream in = Objects.requireNonNull(Reference.class.getResourceAsStream(path), path);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column {@code col} of the rows as doubles. */
    static double[] column(List<String[]> rows, int col) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r[col])).toArray();
    }

    /** 0-based positions of the rows whose column {@code col} equals {@code value}. */
    static int[] where(List<String[]> rows, int col, String value) {
        return java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i)[col].equals(value)).toArray();
    }

    /** Elements of {@code a} at the given positions. */
    static double[] pick(double[] a, int[] positions) {
        return Arrays.stream(positions).mapToDouble(i -> a[i]).toArray();
    }

    /**
     * Asserts that {@code actual} rounds to {@code printed} at 7 significant digits, as R prints
     * (qcc output). A printed 0 must be exactly 0.
     */
    static void assertSig7(double actual, double printed) {
        if (printed == 0.0) {
            assertThat(actual).isEqualTo(0.0);
            return;
        }
        BigDecimal rounded = new BigDecimal(actual).round(new MathContext(7));
        assertThat(rounded.compareTo(BigDecimal.valueOf(printed)))
                .as("%s rounded to 7 significant digits is %s, expected %s", actual, rounded.toPlainString(), printed)
                .isZero();
    }
}
