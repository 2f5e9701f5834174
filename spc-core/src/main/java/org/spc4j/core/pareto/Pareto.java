package org.spc4j.core.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * A Pareto table: categories sorted by count (or weighted value) descending, with percent,
 * cumulative percent, the vital few and an optional Other row kept last. Immutable;
 * {@link #toString()} prints the table. Built by {@link ParetoAnalysis} (definitions there) or by
 * the static shortcuts here, which use its defaults (cut 80 %, no Other bucket).
 *
 * <pre>{@code
 * Pareto p = Pareto.ofCounts(List.of("price code", "contact num."), new long[] {80, 94});
 * Pareto q = Files.lines(path).collect(Pareto.collector());     // one pass, any size
 * }</pre>
 *
 * @param rows the rows in Pareto order
 * @param totalCount sum of the counts
 * @param total sum of the values (equal to totalCount unless weighted)
 * @param weighted true for a cost-weighted Pareto
 * @param vitalFewCut the cut that defines the vital few, a fraction in (0, 1]
 */
public record Pareto(List<ParetoRow> rows, long totalCount, double total, boolean weighted, double vitalFewCut) {

    public Pareto {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows must not be null"));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a Pareto table needs at least one row");
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("total must be > 0, was " + total);
        }
    }

    /** Pareto of labels, one per occurrence (default analysis). */
    public static Pareto ofLabels(Iterable<String> labels) {
        return ParetoAnalysis.withDefaults().ofLabels(labels);
    }

    /** Pareto of a stream of labels in one pass (default analysis). */
    public static Pareto ofLabels(Stream<String> labels) {
        return ParetoAnalysis.withDefaults().ofLabels(labels);
    }

    /** Pareto of distinct category/count pairs (default analysis). */
    public static Pareto ofCounts(List<String> categories, long[] counts) {
        return ParetoAnalysis.withDefaults().ofCounts(categories, counts);
    }

    /** Cost-weighted Pareto of distinct categories (default analysis). */
    public static Pareto ofWeighted(List<String> categories, long[] counts, double[] unitWeights) {
        return ParetoAnalysis.withDefaults().ofWeighted(categories, counts, unitWeights);
    }

    /** A collector of labels (sequential or parallel streams) giving the default analysis. */
    public static Collector<String, ParetoCounter, Pareto> collector() {
        return Collector.of(ParetoCounter::create, ParetoCounter::accept, ParetoCounter::combine,
                ParetoCounter::result);
    }

    /** The vital few rows. */
    public List<ParetoRow> vitalFew() {
        List<ParetoRow> v = new ArrayList<>();
        for (ParetoRow r : rows) {
            if (r.vitalFew()) {
                v.add(r);
            }
        }
        return List.copyOf(v);
    }

    /**
     * The row of a category.
     *
     * @throws IllegalArgumentException when there is no such row
     */
    public ParetoRow row(String category) {
        for (ParetoRow r : rows) {
            if (r.category().equals(category)) {
                return r;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "no row '%s' in this Pareto table (it may be merged into Other)", category));
    }

    @Override
    public String toString() {
        int width = "category".length();
        for (ParetoRow r : rows) {
            width = Math.max(width, r.category().length());
        }
        width = Math.min(width, 40);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Pareto (%d categories, total %s%s, vital few (*) up to %s%%)%n",
                rows.size(), weighted ? String.format(Locale.ROOT, "%.4g", total) : Long.toString(totalCount),
                weighted ? " weighted" : "", trim(100 * vitalFewCut)));
        String fmt = "  %-" + width + "s %10s" + (weighted ? " %12s" : "") + " %8s %8s%s%n";
        sb.append(weighted
                ? String.format(Locale.ROOT, fmt, "category", "count", "value", "percent", "cum.%", "")
                : String.format(Locale.ROOT, fmt, "category", "count", "percent", "cum.%", ""));
        for (ParetoRow r : rows) {
            String name = r.category().length() > width ? r.category().substring(0, width - 1) + "~" : r.category();
            String pct = String.format(Locale.ROOT, "%.2f", r.percent());
            String cum = String.format(Locale.ROOT, "%.2f", r.cumulativePercent());
            String mark = r.vitalFew() ? " *" : "";
            sb.append(weighted
                    ? String.format(Locale.ROOT, fmt, name, r.count(), String.format(Locale.ROOT, "%.4g", r.value()),
                            pct, cum, mark)
                    : String.format(Locale.ROOT, fmt, name, r.count(), pct, cum, mark));
        }
        return sb.toString();
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
