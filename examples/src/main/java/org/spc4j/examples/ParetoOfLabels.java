package org.spc4j.examples;

import java.util.stream.Stream;

import org.spc4j.core.pareto.Pareto;
import org.spc4j.core.pareto.ParetoAnalysis;

/**
 * Pareto of defect labels, one label per defect as an inspection system logs them, counted in one
 * pass; categories below 5 % are merged into "Other".
 *
 * <pre>java -cp examples/target/spc-examples.jar org.spc4j.examples.ParetoOfLabels</pre>
 */
public final class ParetoOfLabels {

    private ParetoOfLabels() {
    }

    /** Returns the Pareto table. */
    public static Pareto run() {
        Stream<String> labels = Stream.of(
                "scratch", "dent", "scratch", "misaligned", "scratch", "dent", "porosity", "scratch", "burr",
                "dent", "scratch", "misaligned", "scratch", "dent", "scratch", "discoloured", "scratch", "dent",
                "misaligned", "scratch", "porosity", "dent", "scratch", "scratch", "burr", "dent", "scratch");
        Pareto pareto = ParetoAnalysis.withDefaults().withOtherBelow(5.0).ofLabels(labels);
        System.out.println(pareto);
        return pareto;
    }

    public static void main(String[] args) {
        run();
    }
}
