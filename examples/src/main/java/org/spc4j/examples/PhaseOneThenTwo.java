package org.spc4j.examples;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.io.csv.ProcessData;
import org.spc4j.io.csv.SpcCsv;
import org.spc4j.io.json.LimitsFile;
import org.spc4j.io.json.Provenance;

/**
 * Phase I, then Phase II with a limits file: fit X-bar/R limits on the 25 trial piston-ring
 * samples, save them, and later (another process, another day) check the 15 new samples against
 * exactly those limits.
 *
 * <pre>java -cp examples/target/spc-examples.jar org.spc4j.examples.PhaseOneThenTwo [limits.json]</pre>
 */
public final class PhaseOneThenTwo {

    private PhaseOneThenTwo() {
    }

    /** Returns the 1-based indexes of the Phase II points that violate a rule on the X-bar chart. */
    public static int[] run(Path limitsFile) throws IOException {
        ProcessData data = SpcCsv.reader().valueColumn("diameter").subgroupColumn("sample").read(
                new InputStreamReader(PhaseOneThenTwo.class.getResourceAsStream("pistonrings.csv"), StandardCharsets.UTF_8),
                "pistonrings.csv");
        Subgroups all = data.subgroups();

        // Phase I: estimate once, save.
        ControlLimits fitted = ChartSpec.xbarR().fit(all.slice(0, 25));
        LimitsFile.write(new LimitsFile.Saved(fitted, List.of(5), "nelson",
                Provenance.now(data.source(), data.sha256(), 1, 125)), limitsFile);

        // Phase II: read the file back and apply it unchanged; numbering continues at 26.
        ControlLimits saved = LimitsFile.read(limitsFile).limits(ControlLimits.class);
        ChartResult check = saved.apply(all.slice(25, 40));
        RuleViolations xbar = ChartRules.defaults().evaluate(check.location());
        System.out.println(saved);
        System.out.println("Phase II X-bar chart: " + (xbar.inControl() ? "in control" : xbar.violations()));
        return xbar.points().stream().mapToInt(p -> p.index()).toArray();
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("pistonrings-limits", ".json");
        run(file);
        System.out.println("limits saved in " + file);
    }
}
