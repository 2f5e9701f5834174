package org.spc4j.io.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.spc4j.core.capability.Interval;
import org.spc4j.core.capability.Ppm;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.io.csv.SkippedRow;

/**
 * What a capability check found, for any report format.
 *
 * @param source input file name, or empty
 * @param method how the indices were computed, e.g. {@code normal}, {@code box-cox (lambda 0.5)},
 *        {@code weibull (ISO 22514-2 percentiles)}, {@code nonparametric}
 * @param specs the specification limits and target
 * @param n number of values
 * @param mean sample mean
 * @param withinSigma within-subgroup sigma (NaN for percentile methods)
 * @param withinMethod how the within sigma was estimated, or empty
 * @param overallSigma overall sigma (NaN for percentile methods)
 * @param indices index name ({@code cp}, {@code cpl}, ..., {@code cpm}) to value; NaN when undefined
 * @param intervals index name to its confidence interval (may be empty)
 * @param ppm expected and observed ppm, by kind ({@code expectedWithin}, {@code expectedOverall}, {@code observed})
 * @param gate the capability gate, or null when none was asked for
 * @param skipped input rows skipped under the SKIP policy
 */
public record CapabilityReport(String source, String method, SpecLimits specs, int n, double mean, double withinSigma,
                               String withinMethod, double overallSigma, Map<String, Double> indices,
                               Map<String, Interval> intervals, Map<String, Ppm> ppm, Gate gate,
                               List<SkippedRow> skipped) {

    public CapabilityReport {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        Objects.requireNonNull(withinMethod, "withinMethod must not be null");
        indices = new LinkedHashMap<>(indices);
        intervals = new LinkedHashMap<>(intervals);
        ppm = new LinkedHashMap<>(ppm);
        skipped = List.copyOf(skipped);
    }

    /**
     * A minimum-capability gate: passes when the gated value is at least the minimum.
     *
     * @param index which index is gated ({@code cpk} or {@code ppk})
     * @param minimum the required value
     * @param onLowerBound true when the gate uses the lower confidence bound, not the estimate
     * @param value the value compared (estimate or lower bound)
     */
    public record Gate(String index, double minimum, boolean onLowerBound, double value) {
        public Gate {
            Objects.requireNonNull(index, "index must not be null");
        }

        /** True when the value reaches the minimum (NaN never passes). */
        public boolean passed() {
            return value >= minimum;
        }
    }

    /** True when there is no gate or it passed. */
    public boolean capable() {
        return gate == null || gate.passed();
    }
}
