package org.spc4j.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spc4j.charts.SpcCharts;
import org.spc4j.core.pareto.Pareto;
import org.spc4j.core.pareto.ParetoAnalysis;
import org.spc4j.core.pareto.ParetoRow;
import org.spc4j.io.csv.CategoryData;
import org.spc4j.io.csv.SpcCsvReader;
import org.spc4j.io.report.ParetoReport;
import org.spc4j.io.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spc pareto}: a Pareto table (and chart) of defect categories. */
@Command(name = "pareto", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sorts defect categories of FILE by count (or cost), with percentages and the vital few.",
        footer = {"", "Examples:",
            "  spc pareto defects.csv --category defect --count n --png pareto.png",
            "  spc pareto labels.csv --category type --other-below 5",
            "  spc pareto defects.csv --category defect --count n --weight cost --format json",
            "",
            "Rows with the same category are added up. Exit codes: 0 done, 2 bad input or usage."})
final class ParetoCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--category", required = true, paramLabel = "COL", description = "Category (defect type) column.")
    String category;

    @Option(names = "--count", paramLabel = "COL", description = "Count column (default: each row counts once).")
    String count;

    @Option(names = "--weight", paramLabel = "COL", description = "Cost per unit: a cost-weighted Pareto.")
    String weight;

    @Option(names = "--other-below", paramLabel = "PERCENT",
            description = "Merge categories below PERCENT of the total into 'Other', kept last.")
    Double otherBelow;

    @Option(names = "--cut", paramLabel = "PERCENT", defaultValue = "80",
            description = "Cumulative percentage that ends the vital few (default ${DEFAULT-VALUE}).")
    double cut;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        var format = output.reportFormat();
        SpcCsvReader reader = input.reader().categoryColumn(category);
        if (count != null) {
            reader.countColumn(count);
        }
        if (weight != null) {
            reader.weightColumn(weight);
        }
        CategoryData data = reader.readCategories(input.file);
        // add up rows of the same category, in first-seen order
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int i = 0; i < data.categories().size(); i++) {
            String c = data.categories().get(i);
            counts.computeIfAbsent(c, x -> new long[1])[0] += data.counts()[i];
            values.computeIfAbsent(c, x -> new double[1])[0] += data.counts()[i] * (data.hasWeights() ? data.weights()[i] : 1.0);
        }
        List<String> categories = new ArrayList<>(counts.keySet());
        long[] n = categories.stream().mapToLong(c -> counts.get(c)[0]).toArray();
        ParetoAnalysis analysis = ParetoAnalysis.withDefaults().withVitalFewCut(cut / 100.0);
        if (otherBelow != null) {
            analysis = analysis.withOtherBelow(otherBelow);
        }
        Pareto pareto;
        if (data.hasWeights()) {
            double[] unit = new double[n.length];
            for (int i = 0; i < n.length; i++) {
                unit[i] = n[i] == 0 ? 0.0 : values.get(categories.get(i))[0] / n[i];
            }
            pareto = analysis.ofWeighted(categories, n, unit);
        } else {
            pareto = analysis.ofCounts(categories, n);
        }
        ParetoReport report = new ParetoReport(data.source(), pareto, data.skipped());
        output.emit(spec.commandLine().getOut(), w -> Reports.write(report, format, w));
        if (output.png != null || output.svg != null) {
            Map<String, Number> shown = new LinkedHashMap<>();
            for (ParetoRow row : pareto.rows()) {
                shown.put(row.category(), row.value());
            }
            var b = SpcCharts.pareto(shown).cut(cut).title(output.title != null ? output.title : "Pareto of " + data.source());
            if (data.hasWeights()) {
                b.valueLabel("Cost");
            }
            if (output.png != null) {
                b.writePng(output.png);
            }
            if (output.svg != null) {
                b.writeSvg(output.svg);
            }
        }
        return Spc.OK;
    }
}
