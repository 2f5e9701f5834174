package org.spc4j.charts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.Subgroups;

/** Example data and pixel helpers shared by the chart tests. */
final class TestData {

    private TestData() {
    }

    /** The 200 piston-ring diameters, 40 samples of 5 (see SOURCES.md). */
    static double[] pistonRings() {
        List<Double> values = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TestData.class.getResourceAsStream("pistonrings.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                values.add(Double.parseDouble(line.split(",")[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** X-bar/R limits fitted on samples 1-25, applied to all 40 (points 37-39 above the X-bar UCL). */
    static ChartResult pistonRingsXbarR() {
        return ChartSpec.xbarR().chart(Subgroups.ofSize(5, pistonRings()), 0, 25);
    }

    /** The colour of the pixel that covers chart coordinates (x, y) at the given scale. */
    static Color colourAt(BufferedImage image, double x, double y, double scale) {
        return new Color(image.getRGB((int) Math.floor(x * scale), (int) Math.floor(y * scale)));
    }

    /** Number of (possibly overlapping) occurrences of {@code needle} in {@code text}. */
    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
