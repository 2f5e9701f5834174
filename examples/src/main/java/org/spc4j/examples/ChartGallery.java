package org.spc4j.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.spc4j.charts.SpcCharts;
import org.spc4j.core.control.ChartPoint;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.stats.Moments;

/**
 * Renders the README pictures from the repository's example data into a folder (default
 * {@code docs/images}):
 * <ul>
 *   <li>{@code pistonrings-xbar-r.png}: X-bar/R limits fitted on the 25 Phase I piston-ring
 *       samples and applied to all 40; points beyond the limits are marked with rule WE1
 *       (samples 37-39 on the X-bar chart);</li>
 *   <li>{@code pistonrings-capability.png}: the 125 Phase I diameters against the spec
 *       73.95..74.05 mm, target 74.0, with Cp, Cpk, Pp, Ppk;</li>
 *   <li>{@code pareto-defects.png}: the qcc Pareto example of order-entry errors.</li>
 * </ul>
 * Data: {@code pistonrings.csv} is qcc's {@code pistonrings} (Montgomery, <i>Introduction to
 * Statistical Quality Control</i>, Table 6.3); {@code pareto-defects.csv} is the example of qcc's
 * {@code paretoChart} help page (qcc 3.0, https://github.com/luca-scr/qcc).
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -ntp -pl examples -am install -DskipTests
 * mvn -B -ntp -pl examples exec:java -Dexec.mainClass=org.spc4j.examples.ChartGallery -Dexec.args=docs/images
 * </pre>
 */
public final class ChartGallery {

    private static final double LSL = 73.95;
    private static final double USL = 74.05;
    private static final double TARGET = 74.0;
    private static final double SCALE = 2.0;

    private ChartGallery() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);

        List<Double> diameters = new ArrayList<>();
        int phase1Values = 0;
        for (String[] row : csv("pistonrings.csv")) { // sample,diameter,trial
            diameters.add(Double.parseDouble(row[1]));
            phase1Values += Boolean.parseBoolean(row[2]) ? 1 : 0;
        }
        double[] all = diameters.stream().mapToDouble(Double::doubleValue).toArray();
        Subgroups samples = Subgroups.ofSize(5, all);
        ChartResult result = ChartSpec.xbarR().chart(samples, 0, phase1Values / 5);

        SpcCharts.controlChart(result)
                .title("Piston rings: X-bar and R chart (limits from samples 1-25)")
                .domainLabel("Sample")
                .phaseTwoStart(phase1Values / 5 + 1)
                .violations(beyondLimits(result.location(), "WE1"))
                .dispersionViolations(beyondLimits(result.dispersion(), "WE1"))
                .scale(SCALE)
                .writePng(out.resolve("pistonrings-xbar-r.png"));

        double[] phase1 = Arrays.copyOf(all, phase1Values);
        Moments m = Moments.of(phase1);
        double within = result.sigma();
        double overall = m.standardDeviation();
        Map<String, Double> indices = new LinkedHashMap<>();
        indices.put("Cp", (USL - LSL) / (6 * within));
        indices.put("Cpk", Math.min(USL - m.mean(), m.mean() - LSL) / (3 * within));
        indices.put("Pp", (USL - LSL) / (6 * overall));
        indices.put("Ppk", Math.min(USL - m.mean(), m.mean() - LSL) / (3 * overall));
        SpcCharts.capabilityHistogram(phase1)
                .title("Piston rings: process capability (samples 1-25)")
                .valueLabel("Inside diameter (mm)")
                .specLimits(LSL, USL)
                .target(TARGET)
                .sigmaWithin(within)
                .indices(indices)
                .scale(SCALE)
                .writePng(out.resolve("pistonrings-capability.png"));

        Map<String, Long> defects = new LinkedHashMap<>();
        for (String[] row : csv("pareto-defects.csv")) { // category,frequency
            defects.put(row[0], Long.parseLong(row[1]));
        }
        SpcCharts.pareto(defects)
                .title("Order-entry errors")
                .valueLabel("Error frequency")
                .scale(SCALE)
                .writePng(out.resolve("pareto-defects.png"));

        System.out.println("wrote 3 charts to " + out.toAbsolutePath());
    }

    /** Points beyond their control limits, as a violation map for the chart. */
    private static Map<Integer, List<String>> beyondLimits(ControlChart chart, String rule) {
        Map<Integer, List<String>> violations = new TreeMap<>();
        for (ChartPoint p : chart.pointsBeyondLimits()) {
            violations.put(p.index(), List.of(rule));
        }
        return violations;
    }

    /** The data rows of a small CSV resource, without the header; quotes around fields removed. */
    private static List<String[]> csv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ChartGallery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",");
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i].strip().replaceAll("^\"|\"$", "");
                    }
                    rows.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
