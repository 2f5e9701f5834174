package org.spc4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.spc4j.charts.SpcCharts;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.FlaggedPoint;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.io.csv.CategoryData;
import org.spc4j.io.csv.SpcCsv;

/**
 * Renders the README pictures from the repository's example data into a folder (default
 * {@code docs/images}):
 * <ul>
 *   <li>{@code pistonrings-xbar-r.png}: X-bar/R limits fitted on the 25 Phase I piston-ring
 *       samples and applied to all 40; points are marked with the rules they violate
 *       (the default Nelson rules; NELSON1 at samples 37-39 on the X-bar chart);</li>
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

        Subgroups samples = SpcCsv.reader().valueColumn("diameter").subgroupColumn("sample")
                .read(reader("pistonrings.csv"), "pistonrings.csv").subgroups();
        int phase1 = 25;
        ChartResult result = ChartSpec.xbarR().chart(samples, 0, phase1);
        List<RuleViolations> rules = ChartRules.defaults().evaluate(result);

        SpcCharts.controlChart(result)
                .title("Piston rings: X-bar and R chart (limits from samples 1-25)")
                .domainLabel("Sample")
                .phaseTwoStart(phase1 + 1)
                .violations(byIndex(rules.get(0)))
                .dispersionViolations(byIndex(rules.get(1)))
                .scale(SCALE)
                .writePng(out.resolve("pistonrings-xbar-r.png"));

        Subgroups trial = samples.slice(0, phase1);
        Capability c = Capability.of(trial, SpecLimits.twoSided(LSL, USL).withTarget(TARGET));
        Map<String, Double> indices = new LinkedHashMap<>();
        indices.put("Cp", c.cp());
        indices.put("Cpk", c.cpk());
        indices.put("Pp", c.pp());
        indices.put("Ppk", c.ppk());
        indices.put("Cpm", c.cpm());
        SpcCharts.capabilityHistogram(trial.values())
                .title("Piston rings: process capability (samples 1-25)")
                .valueLabel("Inside diameter (mm)")
                .specLimits(LSL, USL)
                .target(TARGET)
                .mean(c.mean())
                .sigmaWithin(c.withinSigma())
                .sigmaOverall(c.overallSigma())
                .indices(indices)
                .scale(SCALE)
                .writePng(out.resolve("pistonrings-capability.png"));

        CategoryData defects = SpcCsv.reader().categoryColumn("category").countColumn("frequency")
                .readCategories(reader("pareto-defects.csv"), "pareto-defects.csv");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < defects.categories().size(); i++) {
            counts.merge(defects.categories().get(i), defects.counts()[i], Long::sum);
        }
        SpcCharts.pareto(counts)
                .title("Order-entry errors")
                .valueLabel("Error frequency")
                .scale(SCALE)
                .writePng(out.resolve("pareto-defects.png"));

        System.out.println("wrote 3 charts to " + out.toAbsolutePath());
    }

    /** Each flagged point labelled with its lowest-numbered rule, as Minitab and qcc mark points. */
    private static Map<Integer, List<String>> byIndex(RuleViolations violations) {
        Map<Integer, List<String>> m = new TreeMap<>();
        for (FlaggedPoint p : violations.points()) {
            m.put(p.index(), List.of(p.lowest()));
        }
        return m;
    }

    private static Reader reader(String resource) {
        InputStream in = ChartGallery.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
