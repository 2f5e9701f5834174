package org.spc4j.io.report;

import java.util.List;
import java.util.Objects;

import org.spc4j.core.pareto.Pareto;
import org.spc4j.io.csv.SkippedRow;

/**
 * A Pareto analysis for any report format.
 *
 * @param source input file name, or empty
 * @param pareto the sorted table
 * @param skipped input rows skipped under the SKIP policy
 */
public record ParetoReport(String source, Pareto pareto, List<SkippedRow> skipped) {
    public ParetoReport {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(pareto, "pareto must not be null");
        skipped = List.copyOf(skipped);
    }
}
