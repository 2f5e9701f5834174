package org.spc4j.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spc4j.charts.SpcCharts;
import org.spc4j.core.capability.Bounds;
import org.spc4j.core.capability.BoxCox;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.CapabilityAnalysis;
import org.spc4j.core.capability.Family;
import org.spc4j.core.capability.Interval;
import org.spc4j.core.capability.Johnson;
import org.spc4j.core.capability.PercentileCapability;
import org.spc4j.core.capability.Ppm;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.core.capability.TransformedCapability;
import org.spc4j.core.control.Subgroups;
import org.spc4j.io.csv.ProcessData;
import org.spc4j.io.report.CapabilityReport;
import org.spc4j.io.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spc capability}: process capability against specification limits, with an optional gate. */
@Command(name = "capability", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Computes capability indices of FILE against spec limits; with --min-cpk, exits 1 below it.",
        footer = {"", "Examples:",
            "  spc capability rings.csv --value diameter --subgroup sample --lsl 73.95 --usl 74.05 --target 74",
            "  spc capability rings.csv --value diameter --subgroup sample --lsl 73.95 --usl 74.05 --min-cpk 1.33",
            "  spc capability flat.csv --value flatness --usl 0.5 --distribution weibull --min-cpk 1.0 --format json",
            "",
            "Normal, box-cox and johnson report Cp/Cpk (within) and Pp/Ppk (overall); fitted distributions and",
            "nonparametric report Pp/Ppk by the ISO 22514-2 percentile method, and --min-cpk then gates Ppk.",
            "Exit codes: 0 capable (or no gate), 1 below the gate, 2 bad input or usage."})
final class CapabilityCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    SubgroupOptions values;

    @Option(names = "--lsl", paramLabel = "X", description = "Lower specification limit.")
    Double lsl;

    @Option(names = "--usl", paramLabel = "X", description = "Upper specification limit.")
    Double usl;

    @Option(names = "--target", paramLabel = "X", description = "Target (Cpm); default: the spec midpoint.")
    Double target;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Confidence level of the two-sided intervals (default ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--distribution", paramLabel = "NAME", defaultValue = "normal",
            description = "normal, lognormal, weibull, gamma, exponential, box-cox, johnson or nonparametric.")
    String distribution;

    @Option(names = "--sigma-method", paramLabel = "NAME",
            description = "Within sigma: pooled (subgroups, default), average-mr (individuals, default), rbar, sbar, ...")
    String sigmaMethod;

    @Option(names = "--min-cpk", paramLabel = "X", description = "Gate: exit 1 when Cpk (or Ppk, see below) is below X.")
    Double minCpk;

    @Option(names = "--gate-on-lower-bound",
            description = "Gate on the lower one-sided confidence bound of the index at --confidence, not the estimate.")
    boolean gateOnLowerBound;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        var format = output.reportFormat();
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("--confidence must be between 0 and 1, was " + confidence);
        }
        SpecLimits specs = specs();
        ProcessData data = values.reader(input).read(input.file);
        Subgroups groups = data.subgroups();
        boolean individuals = groups.valueCount() == groups.count();
        CapabilityReport report = switch (distribution.toLowerCase(Locale.ROOT)) {
            case "normal" -> normal(data, analysis().analyze(groups, specs), "normal");
            case "box-cox" -> transformed(data, individuals ? BoxCox.withDefaults().withAnalysis(analysis())
                    .analyze(groups.values(), specs) : BoxCox.withDefaults().withAnalysis(analysis()).analyze(groups, specs));
            case "johnson" -> transformed(data, individuals ? Johnson.withDefaults().withAnalysis(analysis())
                    .analyze(groups.values(), specs) : Johnson.withDefaults().withAnalysis(analysis()).analyze(groups, specs));
            case "lognormal" -> percentile(data, PercentileCapability.fit(Family.LOGNORMAL, groups.values(), specs));
            case "weibull" -> percentile(data, PercentileCapability.fit(Family.WEIBULL, groups.values(), specs));
            case "gamma" -> percentile(data, PercentileCapability.fit(Family.GAMMA, groups.values(), specs));
            case "exponential" -> percentile(data, PercentileCapability.fit(Family.EXPONENTIAL, groups.values(), specs));
            case "nonparametric" -> percentile(data, PercentileCapability.empirical(groups.values(), specs));
            default -> throw new IllegalArgumentException("unknown --distribution '" + distribution
                    + "'; use normal, lognormal, weibull, gamma, exponential, box-cox, johnson or nonparametric");
        };
        output.emit(spec.commandLine().getOut(), w -> Reports.write(report, format, w));
        if (output.png != null || output.svg != null) {
            var b = SpcCharts.capabilityHistogram(groups.values()).mean(report.mean());
            if (specs.hasLower() && specs.hasUpper()) {
                b.specLimits(specs.lsl(), specs.usl());
            } else {
                b.specLimits(specs.hasLower() ? specs.lsl() : Double.NaN, specs.hasUpper() ? specs.usl() : Double.NaN);
            }
            if (specs.hasTarget()) {
                b.target(specs.target());
            }
            if (Double.isFinite(report.withinSigma())) {
                b.sigmaWithin(report.withinSigma());
            }
            if (Double.isFinite(report.overallSigma())) {
                b.sigmaOverall(report.overallSigma());
            }
            Map<String, Number> shown = new LinkedHashMap<>();
            report.indices().forEach((key, v) -> {
                if (Double.isFinite(v)) {
                    shown.put(key.length() <= 3 ? key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1) : key, v);
                }
            });
            b.indices(shown).title(output.title != null ? output.title : "Capability of " + data.source());
            if (output.png != null) {
                b.writePng(output.png);
            }
            if (output.svg != null) {
                b.writeSvg(output.svg);
            }
        }
        return report.capable() ? Spc.OK : Spc.FAILED;
    }

    private SpecLimits specs() {
        SpecLimits s;
        if (lsl != null && usl != null) {
            s = SpecLimits.twoSided(lsl, usl);
        } else if (lsl != null) {
            s = SpecLimits.lowerOnly(lsl);
        } else if (usl != null) {
            s = SpecLimits.upperOnly(usl);
        } else {
            throw new IllegalArgumentException("give --lsl, --usl or both");
        }
        return target == null ? s : s.withTarget(target);
    }

    private CapabilityAnalysis analysis() {
        CapabilityAnalysis a = CapabilityAnalysis.withDefaults();
        if (sigmaMethod != null) {
            a = a.withWithinSigma(SigmaNames.parse(sigmaMethod));
        }
        return a;
    }

    private CapabilityReport normal(ProcessData data, Capability c, String method) {
        Map<String, Double> indices = new LinkedHashMap<>();
        Map<String, Interval> intervals = new LinkedHashMap<>();
        for (Capability.Index i : Capability.Index.values()) {
            String key = i.name().toLowerCase(Locale.ROOT);
            indices.put(key, c.value(i));
            if (!Double.isNaN(c.value(i))) {
                intervals.put(key, c.interval(i, confidence, Bounds.TWO_SIDED));
            }
        }
        Map<String, Ppm> ppm = new LinkedHashMap<>();
        ppm.put("expectedWithin", c.expectedWithin());
        ppm.put("expectedOverall", c.expectedOverall());
        ppm.put("observed", c.observed());
        CapabilityReport.Gate gate = null;
        if (minCpk != null) {
            double v = gateOnLowerBound ? c.interval(Capability.Index.CPK, confidence, Bounds.LOWER).lower() : c.cpk();
            gate = new CapabilityReport.Gate("cpk", minCpk, gateOnLowerBound, v);
        }
        return new CapabilityReport(data.source(), method, c.specs(), c.n(), c.mean(), c.withinSigma(),
                c.withinMethod().name(), c.overallSigma(), indices, intervals, ppm, gate, data.skipped());
    }

    private CapabilityReport transformed(ProcessData data, TransformedCapability t) {
        CapabilityReport r = normal(data, t.capability(), t.transformation());
        // indices are those of the transformed data against the transformed limits; report the
        // original specs and the original-scale mean
        return new CapabilityReport(r.source(), r.method(), t.specs(), r.n(), r.mean(), r.withinSigma(),
                r.withinMethod() + " (transformed scale)", r.overallSigma(), r.indices(), r.intervals(), r.ppm(), r.gate(),
                r.skipped());
    }

    private CapabilityReport percentile(ProcessData data, PercentileCapability p) {
        if (gateOnLowerBound) {
            throw new IllegalArgumentException("--gate-on-lower-bound needs --distribution normal, box-cox or johnson: "
                    + "the percentile method has no confidence interval");
        }
        Map<String, Double> indices = new LinkedHashMap<>();
        indices.put("pp", p.pp());
        indices.put("ppl", p.ppl());
        indices.put("ppu", p.ppu());
        indices.put("ppk", p.ppk());
        Map<String, Ppm> ppm = new LinkedHashMap<>();
        ppm.put("expectedOverall", p.expected());
        ppm.put("observed", p.observed());
        CapabilityReport.Gate gate = minCpk == null ? null : new CapabilityReport.Gate("ppk", minCpk, false, p.ppk());
        return new CapabilityReport(data.source(), p.model() + " (ISO 22514-2 percentiles)", p.specs(), p.n(),
                p.median(), Double.NaN, "", Double.NaN, indices, Map.of(), ppm, gate, data.skipped());
    }
}
