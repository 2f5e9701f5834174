package org.spc4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads test resources copied from ../shared/reference (sources in reference/README.md). */
public final class TestResources {
    private TestResources() {
    }

    public static String text(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(String path) {
        return Arrays.asList(text(path).split("\\R"));
    }

    /** Column {@code column} (0-based) of a CSV with a header row, as doubles. */
    public static double[] csvColumn(String path, int column) {
        return lines(path).stream().skip(1).filter(l -> !l.isBlank())
                .mapToDouble(l -> Double.parseDouble(l.split(",")[column])).toArray();
    }
}
