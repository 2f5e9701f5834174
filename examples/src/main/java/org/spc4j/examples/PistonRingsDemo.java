package org.spc4j.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;

/**
 * Placeholder main job until the {@code spc} command exists: X-bar/R limits fitted on the 25
 * Phase I piston-ring samples (Montgomery, via the qcc package), then applied to the 15 new ones.
 * Exits 1 when a Phase II point is beyond its limits, like the CI check will.
 */
public final class PistonRingsDemo {

    private PistonRingsDemo() {
    }

    public static void main(String[] args) throws IOException {
        List<Double> phase1 = new ArrayList<>();
        List<Double> phase2 = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PistonRingsDemo.class.getResourceAsStream("pistonrings.csv"), StandardCharsets.UTF_8))) {
            in.readLine(); // sample,diameter,trial
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                (Boolean.parseBoolean(f[2]) ? phase1 : phase2).add(Double.parseDouble(f[1]));
            }
        }
        ControlLimits limits = ChartSpec.xbarR().fit(Subgroups.ofSize(5, toArray(phase1)));
        ChartResult check = limits.apply(Subgroups.ofSize(5, toArray(phase2)));
        System.out.println(limits);
        System.out.println(check.location());
        System.out.println(check.dispersion());
        System.out.println(check.inControl() ? "in control" : "OUT OF CONTROL");
        System.exit(check.inControl() ? 0 : 1);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
