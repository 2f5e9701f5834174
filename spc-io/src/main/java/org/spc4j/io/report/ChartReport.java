package org.spc4j.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.spc4j.core.control.ControlChart;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.io.csv.SkippedRow;

/**
 * What a chart check found, ready for any report format: the chart type, one section per plotted
 * chart (sigma estimate and method, the chart's points and its rule violations), and the input
 * rows that were skipped.
 *
 * @param chartType the chart type as the command line names it ({@code xbar-r}, {@code p}, ...)
 * @param source the input file name, or empty
 * @param sections one per plotted chart, in plotting order
 * @param skipped rows skipped under the SKIP policy (empty otherwise)
 */
public record ChartReport(String chartType, String source, List<Section> sections, List<SkippedRow> skipped) {

    public ChartReport {
        Objects.requireNonNull(chartType, "chartType must not be null");
        Objects.requireNonNull(source, "source must not be null");
        sections = List.copyOf(sections);
        skipped = List.copyOf(skipped);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a chart report needs at least one chart");
        }
    }

    /**
     * One plotted chart.
     *
     * @param chart the chart and its per-point limits
     * @param sigma process sigma the limits were built from
     * @param sigmaMethod how sigma was obtained (a method name, or {@code KNOWN})
     * @param violations the rule violations of this chart
     */
    public record Section(ControlChart chart, double sigma, String sigmaMethod, RuleViolations violations) {
        public Section {
            Objects.requireNonNull(chart, "chart must not be null");
            Objects.requireNonNull(sigmaMethod, "sigmaMethod must not be null");
            Objects.requireNonNull(violations, "violations must not be null");
        }

        /** The chart's name ({@code xbar}, {@code r}, {@code p}, ...). */
        public String name() {
            return chart.name();
        }

        /** Centre line at the first point. */
        public double center() {
            return chart.size() == 0 ? Double.NaN : chart.center(0);
        }
    }

    /** True when no chart has a rule violation. */
    public boolean inControl() {
        return sections.stream().allMatch(s -> s.violations().inControl());
    }

    /** Ids of every rule evaluated on any chart, in first-seen order. */
    public List<String> rulesEvaluated() {
        List<String> ids = new ArrayList<>();
        for (Section s : sections) {
            for (String id : s.violations().rules()) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
