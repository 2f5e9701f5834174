package org.spc4j.examples;

import java.util.List;

import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleViolations;

/**
 * Embedding an X-bar/R chart in an application: subgroups in, limits and rule violations out,
 * all immutable results. The measurements are the first five piston-ring samples (Montgomery).
 *
 * <pre>java -cp examples/target/spc-examples.jar org.spc4j.examples.EmbedXbarR</pre>
 */
public final class EmbedXbarR {

    private EmbedXbarR() {
    }

    /** Prints the limits and what the rules found; returns the number of violations. */
    public static int run() {
        Subgroups samples = Subgroups.ofSize(5,
                74.030, 74.002, 74.019, 73.992, 74.008,
                73.995, 73.992, 74.001, 74.011, 74.004,
                73.988, 74.024, 74.021, 74.005, 74.002,
                74.002, 73.996, 73.993, 74.015, 74.009,
                73.992, 74.007, 74.015, 73.989, 74.014);
        ChartResult chart = ChartSpec.xbarR().chart(samples);
        ControlChart xbar = chart.location();
        System.out.printf("X-bar: CL %.5f, LCL %.5f, UCL %.5f; sigma %.6f (%s)%n", xbar.center(0), xbar.lcl(0),
                xbar.ucl(0), chart.sigma(), chart.limits().sigmaMethod());
        List<RuleViolations> found = ChartRules.defaults().evaluate(chart);
        int n = 0;
        for (RuleViolations v : found) {
            System.out.println(v.chart() + ": " + (v.inControl() ? "in control" : v.violations()));
            n += v.violations().size();
        }
        return n;
    }

    public static void main(String[] args) {
        run();
    }
}
