package org.spc4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.spc4j.charts.ControlChartBuilder;
import org.spc4j.charts.SpcCharts;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.AttributeData;
import org.spc4j.core.control.AttributeKind;
import org.spc4j.core.control.AttributeLimits;
import org.spc4j.core.control.AttributeResult;
import org.spc4j.core.control.AttributeSpec;
import org.spc4j.core.control.ChartKind;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.CusumLimits;
import org.spc4j.core.control.CusumResult;
import org.spc4j.core.control.CusumSpec;
import org.spc4j.core.control.EwmaLimits;
import org.spc4j.core.control.EwmaResult;
import org.spc4j.core.control.EwmaSpec;
import org.spc4j.core.control.MovingAverageLimits;
import org.spc4j.core.control.MovingAverageResult;
import org.spc4j.core.control.MovingAverageSpec;
import org.spc4j.core.control.RareEventLimits;
import org.spc4j.core.control.RareEventResult;
import org.spc4j.core.control.RareEventSpec;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;
import org.spc4j.io.csv.ProcessData;
import org.spc4j.io.csv.SpcCsvReader;
import org.spc4j.io.json.LimitsFile;
import org.spc4j.io.json.Provenance;
import org.spc4j.io.report.ChartReport;
import org.spc4j.io.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spc chart}: a control chart with run rules; exit 1 when any rule is violated. */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draws a control chart of FILE, evaluates the run rules and exits 1 when a rule is violated.",
        footer = {"", "Examples:",
            "  spc chart rings.csv --type xbar-r --value diameter --subgroup sample --phase1 1..25 --png rings.png",
            "  spc chart flow.csv --type imr --value flow --rules nelson --format json -o report.json",
            "  spc chart juice.csv --type p --value defectives --size inspected",
            "  spc chart rings.csv --type xbar-r --value diameter --subgroup sample --phase1 1..25 --save-limits l.json",
            "  spc chart new.csv --type xbar-r --value diameter --subgroup sample --limits l.json --format junit",
            "",
            "Exit codes: 0 in control, 1 rule violations, 2 bad input or usage."})
final class ChartCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "xbar-r, xbar-s, imr, p, np, c, u, laney-p, laney-u, g, t, cusum, ewma or ma.")
    String type;

    @Mixin
    SubgroupOptions values;

    @Option(names = "--size", paramLabel = "COL", description = "Sample size column (p, np, u, laney charts).")
    String size;

    @Option(names = "--label", paramLabel = "COL", description = "Label column shown in reports.")
    String label;

    @Option(names = "--time", paramLabel = "COL", description = "Time column (ISO-8601 or epoch seconds): a time axis.")
    String time;

    @Option(names = "--stage", paramLabel = "COL", description = "Stage column: each stage gets its own limits.")
    String stage;

    @Option(names = "--sigma-method", paramLabel = "NAME",
            description = "rbar, sbar, mvlue-r, mvlue-s, pooled, average-mr, median-mr, mssd or overall.")
    String sigmaMethod;

    @Option(names = "--known-mean", paramLabel = "X", description = "Known process mean (or p, or c for attribute charts).")
    Double knownMean;

    @Option(names = "--known-sigma", paramLabel = "Y", description = "Known process sigma.")
    Double knownSigma;

    @Option(names = "--nsigmas", paramLabel = "K", description = "Width of the limits in sigmas (default 3; L for EWMA).")
    Double nsigmas;

    @Option(names = "--constants", paramLabel = "TABLE", defaultValue = "exact",
            description = "exact (default) or printed: the 3-decimal textbook table, to match a hand calculation.")
    String constants;

    @Option(names = "--phase1", paramLabel = "A..B",
            description = "Subgroups A to B (1-based) fit the limits; all subgroups are checked against them.")
    String phase1;

    @Option(names = "--limits", paramLabel = "FILE", description = "Apply limits saved by --save-limits instead of fitting.")
    Path limitsFile;

    @Option(names = "--save-limits", paramLabel = "FILE", description = "Save the fitted Phase I limits (JSON).")
    Path saveLimits;

    @Option(names = "--rules", paramLabel = "RULES", defaultValue = "default",
            description = "default, we, nelson, aiag, westgard, none, or ids such as WE1,WE4 or NELSON2:7.")
    String rules;

    @Option(names = "--k", paramLabel = "K", description = "CUSUM reference value in sigmas (default 0.5).")
    Double k;

    @Option(names = "--h", paramLabel = "H", description = "CUSUM decision interval in sigmas (default 5, or 4 with a head start).")
    Double h;

    @Option(names = "--head-start", paramLabel = "S", description = "CUSUM fast initial response head start in sigmas.")
    Double headStart;

    @Option(names = "--lambda", paramLabel = "L", description = "EWMA weight (default 0.2).")
    Double lambda;

    @Option(names = "--span", paramLabel = "W", description = "Moving-average span (ma) or moving-range span (imr).")
    Integer span;

    @Option(names = "--zones", description = "Draw the 1- and 2-sigma zone lines in the picture.")
    boolean zones;

    @Mixin
    OutputOptions output;

    /** One plotted chart with its sigma and how it was obtained. */
    private record Part(ControlChart chart, double sigma, String method) {
    }

    @Override
    public Integer call() throws IOException {
        String t = type.toLowerCase(Locale.ROOT);
        RuleOption ruleOption = RuleOption.parse(rules);
        var format = output.reportFormat();
        if (limitsFile != null && phase1 != null) {
            throw new IllegalArgumentException("--limits and --phase1 exclude each other: saved limits are applied as they are");
        }
        ProcessData data = read(t);
        Subgroups all = data.subgroups();
        int[] range = phase1Range(all.count());
        List<Part> parts = switch (t) {
            case "xbar-r", "xbar-s", "imr" -> variables(t, data, all, range, ruleOption);
            case "p", "np", "c", "u", "laney-p", "laney-u" -> attribute(t, data, all, range, ruleOption);
            case "g", "t" -> rareEvents(t, data, all, range, ruleOption);
            case "ewma" -> ewma(data, all, range, ruleOption);
            case "cusum" -> cusum(data, all, range, ruleOption);
            case "ma" -> movingAverage(data, all, range, ruleOption);
            default -> throw new IllegalArgumentException("unknown --type '" + type
                    + "'; use xbar-r, xbar-s, imr, p, np, c, u, laney-p, laney-u, g, t, cusum, ewma or ma");
        };
        List<ChartReport.Section> sections = new ArrayList<>();
        for (Part p : parts) {
            sections.add(new ChartReport.Section(p.chart(), p.sigma(), p.method(), ruleOption.evaluate(p.chart())));
        }
        ChartReport report = new ChartReport(t, data.source(), sections, data.skipped());
        output.emit(spec.commandLine().getOut(), w -> Reports.write(report, format, w));
        draw(report, data, range, all.count());
        return report.inControl() ? Spc.OK : Spc.FAILED;
    }

    private ProcessData read(String t) {
        SpcCsvReader reader = values.reader(input);
        if (size != null) {
            reader.sizeColumn(size);
        } else if (List.of("p", "np", "u", "laney-p", "laney-u").contains(t)) {
            throw new IllegalArgumentException("--type " + t + " needs --size COL, the column of sample sizes");
        }
        if (label != null) {
            reader.labelColumn(label);
        }
        if (time != null) {
            reader.timeColumn(time);
        }
        if (stage != null) {
            reader.stageColumn(stage);
        }
        return reader.read(input.file);
    }

    /** 0-based [from, to) of the Phase I subgroups; all of them when --phase1 is not given. */
    private int[] phase1Range(int count) {
        if (phase1 == null) {
            return new int[] {0, count};
        }
        String[] ab = phase1.split("\\.\\.", -1);
        try {
            int a = Integer.parseInt(ab[0].trim());
            int b = ab.length == 2 ? Integer.parseInt(ab[1].trim()) : -1;
            if (ab.length != 2 || a < 1 || b < a || b > count) {
                throw new NumberFormatException();
            }
            return new int[] {a - 1, b};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--phase1 '%s' must be A..B with 1 <= A <= B <= %d (the number of subgroups)", phase1, count));
        }
    }

    private ControlConstants.Table table() {
        return switch (constants.toLowerCase(Locale.ROOT)) {
            case "exact" -> ControlConstants.Table.EXACT;
            case "printed" -> ControlConstants.Table.PRINTED;
            default -> throw new IllegalArgumentException("--constants must be exact or printed, was '" + constants + "'");
        };
    }

    private SigmaMethod sigma() {
        return sigmaMethod == null ? null : SigmaNames.parse(sigmaMethod);
    }

    private String methodName(SigmaMethod m, boolean known) {
        return known ? "KNOWN" : m.name();
    }

    /** Limits from --limits (checked to be for this chart) or, without it, fitted by {@code fit}. */
    private <L extends Record> L limitsOr(Class<L> type, String chart, java.util.function.Supplier<L> fit) {
        if (limitsFile == null) {
            return fit.get();
        }
        LimitsFile.Saved saved = LimitsFile.read(limitsFile);
        if (!saved.chart().equals(chart)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s holds %s limits, but --type is %s", limitsFile.getFileName(), saved.chart(),
                    this.type.toLowerCase(Locale.ROOT)));
        }
        return saved.limits(type);
    }

    /** Writes --save-limits with the Phase I subgroup sizes and where the data came from. */
    private void save(Record limits, ProcessData data, Subgroups all, int[] range, RuleOption ruleOption) {
        if (saveLimits == null) {
            return;
        }
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int i = range[0]; i < range[1]; i++) {
            sizes.add(all.size(i));
        }
        boolean oneValuePerRow = data.valueCount() == data.rowCount();
        long first = oneValuePerRow ? all.start(range[0]) + 1 : 0;
        long last = oneValuePerRow ? all.start(range[1] - 1) + all.size(range[1] - 1) : 0;
        LimitsFile.write(new LimitsFile.Saved(limits, List.copyOf(sizes), ruleOption.name(),
                Provenance.now(data.source(), data.sha256(), first, last)), saveLimits);
    }

    /* --------------- variables charts --------------- */

    private List<Part> variables(String t, ProcessData data, Subgroups all, int[] range, RuleOption ruleOption) {
        ChartKind kind = switch (t) {
            case "xbar-r" -> ChartKind.XBAR_R;
            case "xbar-s" -> ChartKind.XBAR_S;
            default -> ChartKind.INDIVIDUALS_MR;
        };
        ControlLimits limits = limitsOr(ControlLimits.class, kind.name(), () -> {
            ChartSpec s = ChartSpec.of(kind).withConstants(table());
            if (sigma() != null) {
                s = s.withSigmaMethod(sigma());
            }
            if (nsigmas != null) {
                s = s.withNsigmas(nsigmas);
            }
            if (knownMean != null) {
                s = s.withKnownMean(knownMean);
            }
            if (knownSigma != null) {
                s = s.withKnownSigma(knownSigma);
            }
            if (span != null) {
                s = s.withMovingRangeSpan(span);
            }
            return s.fit(all.slice(range[0], range[1]));
        });
        ChartResult r = limits.apply(all, 1);
        save(limits, data, all, range, ruleOption);
        String method = methodName(limits.sigmaMethod(), limits.knownSigma());
        return List.of(new Part(r.location(), limits.sigma(), method), new Part(r.dispersion(), limits.sigma(), method));
    }

    /* --------------- attribute charts --------------- */

    private List<Part> attribute(String t, ProcessData data, Subgroups all, int[] range, RuleOption ruleOption) {
        if (all.valueCount() != all.count()) {
            throw new IllegalArgumentException("attribute charts need one count per row; do not give --subgroup or --subgroup-size");
        }
        double[] counts = all.values();
        AttributeData ad = data.hasSampleSizes() ? AttributeData.of(counts, data.sampleSizes()) : AttributeData.counts(counts);
        List<String> labels = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (int i = 0; i < all.count(); i++) {
            labels.add(all.label(i));
            stages.add(all.stage(i));
        }
        ad = ad.withLabels(labels);
        if (all.hasStages()) {
            ad = ad.withStages(stages);
        }
        AttributeSpec s = switch (t) {
            case "p" -> AttributeSpec.p();
            case "np" -> AttributeSpec.np();
            case "c" -> AttributeSpec.c();
            case "u" -> AttributeSpec.u();
            case "laney-p" -> AttributeSpec.laneyP();
            default -> AttributeSpec.laneyU();
        };
        s = s.withConstants(table());
        if (nsigmas != null) {
            s = s.withNsigmas(nsigmas);
        }
        if (knownMean != null) {
            s = s.withStandard(knownMean);
        }
        AttributeSpec spec = s;
        AttributeData phase1 = ad.slice(range[0], range[1]);
        AttributeLimits limits = limitsOr(AttributeLimits.class, s.kind().name(),
                () -> knownMean != null ? spec.limits() : spec.fit(phase1));
        save(limits, data, all, range, ruleOption);
        AttributeResult r = limits.apply(ad, 1);
        AttributeKind kind = limits.kind();
        String method = switch (t) {
            case "p", "np" -> "binomial";
            case "c", "u" -> "poisson";
            default -> "laney sigma_Z";
        };
        double sigma = t.startsWith("laney") ? limits.stages().get(0).sigmaZ() : r.chart().sigmaOfStatistic(0);
        if (knownMean != null) {
            method = method + " (known " + (kind == AttributeKind.C || kind == AttributeKind.U ? "rate" : "p") + ")";
        }
        return List.of(new Part(r.chart(), sigma, method));
    }

    /* --------------- rare events and time-weighted charts --------------- */

    private List<Part> rareEvents(String t, ProcessData data, Subgroups all, int[] range, RuleOption ruleOption) {
        RareEventSpec s = t.equals("g") ? RareEventSpec.g() : RareEventSpec.t();
        s = s.withConstants(table());
        if (nsigmas != null) {
            s = s.withNsigmas(nsigmas);
        }
        if (knownMean != null) {
            if (!t.equals("g")) {
                throw new IllegalArgumentException("--known-mean is the event probability p for a g chart; a t chart has no known standard");
            }
            s = s.withKnownProbability(knownMean);
        }
        RareEventSpec spec = s;
        RareEventLimits limits = limitsOr(RareEventLimits.class, t.toUpperCase(Locale.ROOT),
                () -> knownMean != null ? spec.limits() : spec.fit(all.slice(range[0], range[1])));
        save(limits, data, all, range, ruleOption);
        RareEventResult r = limits.apply(all, 1);
        return List.of(new Part(r.chart(), limits.sigma(), t.equals("g") ? "geometric" : "moving range of transformed times"));
    }

    private List<Part> ewma(ProcessData data, Subgroups all, int[] range, RuleOption ruleOption) {
        EwmaSpec s = EwmaSpec.withDefaults().withConstants(table());
        if (lambda != null) {
            s = s.withLambda(lambda);
        }
        if (nsigmas != null) {
            s = s.withNsigmas(nsigmas);
        }
        EwmaSpec spec = timeWeighted(s);
        EwmaLimits limits = limitsOr(EwmaLimits.class, "EWMA", () -> spec.fit(all.slice(range[0], range[1])));
        save(limits, data, all, range, ruleOption);
        EwmaResult r = limits.apply(all, 1);
        var p = r.limits().process();
        return List.of(new Part(r.chart(), p.sigma(), methodName(p.sigmaMethod(), p.knownSigma())));
    }

    private EwmaSpec timeWeighted(EwmaSpec s) {
        if (sigma() != null) {
            s = s.withSigmaMethod(sigma());
        }
        if (knownMean != null) {
            s = s.withKnownMean(knownMean);
        }
        return knownSigma != null ? s.withKnownSigma(knownSigma) : s;
    }

    private List<Part> cusum(ProcessData data, Subgroups all, int[] range, RuleOption ruleOption) {
        CusumSpec s = headStart != null ? CusumSpec.fastInitialResponse() : CusumSpec.withDefaults();
        s = s.withConstants(table());
        if (k != null) {
            s = s.withK(k);
        }
        if (h != null) {
            s = s.withH(h);
        }
        if (headStart != null) {
            s = s.withHeadStart(headStart);
        }
        if (sigma() != null) {
            s = s.withSigmaMethod(sigma());
        }
        if (knownMean != null) {
            s = s.withKnownMean(knownMean);
        }
        if (knownSigma != null) {
            s = s.withKnownSigma(knownSigma);
        }
        CusumSpec spec = s;
        CusumLimits limits = limitsOr(CusumLimits.class, "CUSUM", () -> spec.fit(all.slice(range[0], range[1])));
        save(limits, data, all, range, ruleOption);
        CusumResult r = limits.apply(all, 1);
        var p = r.limits().process();
        String method = methodName(p.sigmaMethod(), p.knownSigma());
        return List.of(new Part(r.upper(), p.sigma(), method), new Part(r.lower(), p.sigma(), method));
    }

    private List<Part> movingAverage(ProcessData data, Subgroups all, int[] range, RuleOption ruleOption) {
        MovingAverageSpec s = MovingAverageSpec.ofSpan(span == null ? 3 : span).withConstants(table());
        if (nsigmas != null) {
            s = s.withNsigmas(nsigmas);
        }
        if (sigma() != null) {
            s = s.withSigmaMethod(sigma());
        }
        if (knownMean != null) {
            s = s.withKnownMean(knownMean);
        }
        if (knownSigma != null) {
            s = s.withKnownSigma(knownSigma);
        }
        MovingAverageSpec spec = s;
        MovingAverageLimits limits = limitsOr(MovingAverageLimits.class, "MOVING_AVERAGE",
                () -> spec.fit(all.slice(range[0], range[1])));
        save(limits, data, all, range, ruleOption);
        MovingAverageResult r = limits.apply(all, 1);
        var p = r.limits().process();
        return List.of(new Part(r.chart(), p.sigma(), methodName(p.sigmaMethod(), p.knownSigma())));
    }

    /* --------------- pictures --------------- */

    private void draw(ChartReport report, ProcessData data, int[] range, int count) throws IOException {
        if (output.png == null && output.svg == null) {
            return;
        }
        List<ChartReport.Section> s = report.sections();
        ControlChartBuilder b = s.size() == 2
                ? SpcCharts.controlChart(s.get(0).chart(), s.get(1).chart())
                : SpcCharts.controlChart(s.get(0).chart());
        // each flagged point labelled with its lowest-numbered rule (the report lists them all)
        b.violations(s.get(0).violations());
        if (s.size() == 2) {
            b.dispersionViolations(s.get(1).violations());
        }
        List<Instant> times = data.times();
        if (!times.isEmpty() && times.size() == s.get(0).chart().size()) {
            b.timestamps(times);
        }
        if (range[1] < count && limitsFile == null) {
            b.phaseTwoStart(range[1] + 1);
        }
        b.zones(zones);
        b.title(output.title != null ? output.title : String.format(Locale.ROOT, "%s chart of %s%s", report.chartType(),
                data.source(), report.inControl() ? "" : " (out of control)"));
        if (output.png != null) {
            b.writePng(output.png);
        }
        if (output.svg != null) {
            b.writeSvg(output.svg);
        }
    }

}
