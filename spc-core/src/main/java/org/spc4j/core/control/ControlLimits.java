package org.spc4j.core.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.internal.SubgroupsPass;

/**
 * Fitted Phase I limits of a variables control chart: the immutable artifact that Phase II
 * applies unchanged to new data ({@link #apply}). Applying never re-estimates anything.
 *
 * <p>Per stage it holds the process centre and sigma ({@link StageLimits}); the plotted limits
 * follow for any subgroup size n: X-bar \( \mu \pm k\sigma/\sqrt n \); R \( d_2(n)\sigma \pm k\,d_3(n)\sigma \);
 * S \( c_4(n)\sigma \pm k\sigma\sqrt{1-c_4(n)^2} \); individuals \( \mu \pm k\sigma \); moving range
 * of span w \( d_2(w)\sigma \pm k\,d_3(w)\sigma \); lower limits of R, S and MR clamped at 0.
 *
 * @param kind which chart pair
 * @param sigmaMethod how sigma was estimated (recorded even when sigma was a known standard)
 * @param nsigmas k, the width of the limits in sigmas of the statistic
 * @param table the constants table (exact or printed)
 * @param movingRangeSpan span w of the moving range (I-MR charts; 2 otherwise unused)
 * @param phase1Count number of Phase I subgroups (Phase II numbering continues after them)
 * @param knownCenter true when the centre was given as a standard, not estimated
 * @param knownSigma true when sigma was given as a standard, not estimated
 * @param stages the limits of each stage, in order of first appearance
 */
public record ControlLimits(ChartKind kind, SigmaMethod sigmaMethod, double nsigmas, ControlConstants.Table table,
                            int movingRangeSpan, int phase1Count, boolean knownCenter, boolean knownSigma,
                            List<StageLimits> stages) {

    public ControlLimits {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(sigmaMethod, "sigmaMethod must not be null");
        Objects.requireNonNull(table, "table must not be null");
        if (!(nsigmas > 0) || Double.isInfinite(nsigmas)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + nsigmas);
        }
        if (movingRangeSpan < 2) {
            throw new IllegalArgumentException("movingRangeSpan must be >= 2, was " + movingRangeSpan);
        }
        if (phase1Count < 0) {
            throw new IllegalArgumentException("phase1Count must be >= 0, was " + phase1Count);
        }
        stages = List.copyOf(Objects.requireNonNull(stages, "stages must not be null"));
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("limits need at least one stage: fit Phase I data first");
        }
        if (phase1Count == 0 && !(knownCenter && knownSigma)) {
            throw new IllegalArgumentException(
                    "no Phase I subgroups: fit limits on Phase I data (or give both mean and sigma) before Phase II");
        }
    }

    /** The limits of a stage; the single stage {@code ""} when the data have no stages. */
    public StageLimits stage(String name) {
        for (StageLimits s : stages) {
            if (s.stage().equals(name)) {
                return s;
            }
        }
        List<String> names = stages.stream().map(StageLimits::stage).toList();
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "stage '%s' has no fitted limits; fitted stages are %s", name, names));
    }

    /** Process centre of the only (or first) stage. */
    public double center() {
        return stages.get(0).center();
    }

    /** Process sigma of the only (or first) stage. */
    public double sigma() {
        return stages.get(0).sigma();
    }

    /** Applies these limits to Phase II data; point numbering continues after the Phase I subgroups. */
    public ChartResult apply(Subgroups data) {
        return apply(data, phase1Count + 1);
    }

    /** Applies these limits to data, numbering its points from {@code firstIndex}. */
    public ChartResult apply(Subgroups data, int firstIndex) {
        Objects.requireNonNull(data, "data must not be null");
        if (data.count() == 0) {
            throw new IllegalArgumentException("no subgroups to chart");
        }
        ControlConstants constants = ControlConstants.of(table);
        int m = data.count();
        boolean stagedLimits = stages.size() > 1 || !stages.get(0).stage().isEmpty();
        // Unstaged limits on unstaged data: one StageLimits for every point, no per-point array.
        StageLimits single = !stagedLimits && !data.hasStages() ? stages.get(0) : null;
        StageLimits[] perPoint = new StageLimits[single == null ? m : 0];
        for (int i = 0; i < perPoint.length; i++) {
            perPoint[i] = stageOf(data.stage(i), i, data);
        }
        return kind == ChartKind.INDIVIDUALS_MR
                ? individuals(data, firstIndex, single, perPoint, constants)
                : subgroups(data, firstIndex, single, perPoint, constants);
    }

    private StageLimits stageOf(String stage, int i, Subgroups data) {
        try {
            return stage(stage);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "subgroup %d (label %s): %s",
                    i + 1, data.label(i), e.getMessage()), e);
        }
    }

    private ChartResult subgroups(Subgroups data, int firstIndex, StageLimits single, StageLimits[] perPoint,
                                  ControlConstants constants) {
        int m = data.count();
        // One stage and one subgroup size: the limits are the same at every point.
        boolean constant = single != null && data.hasEqualSizes();
        int perPointLimits = constant ? 1 : m;
        double[] mean = new double[m];
        double[] meanCl = new double[perPointLimits];
        double[] meanSigma = new double[perPointLimits];
        double[] disp = new double[m];
        double[] dispCl = new double[perPointLimits];
        double[] dispSigma = new double[perPointLimits];
        // Sizes first: the subgroup pass computes standard deviations from n - 1.
        int checked = data.hasEqualSizes() ? 1 : m;
        for (int i = 0; i < checked; i++) {
            if (data.size(i) < 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "subgroup %d (label %s) has size 1: an %s chart needs subgroups of at least 2 values",
                        i + 1, data.label(i), kind == ChartKind.XBAR_R ? "R" : "S"));
            }
        }
        // Every subgroup's mean and range or standard deviation in one pass, no object per subgroup.
        SubgroupsPass.statistics(data.layout(), mean, disp, kind == ChartKind.XBAR_R);
        for (int i = 0; i < perPointLimits; i++) {
            int n = data.size(i);
            StageLimits limits = single != null ? single : perPoint[i];
            double sigma = limits.sigma();
            meanCl[i] = limits.center();
            meanSigma[i] = sigma / Math.sqrt(n);
            if (kind == ChartKind.XBAR_R) {
                dispCl[i] = constants.d2(n) * sigma;
                dispSigma[i] = constants.d3(n) * sigma;
            } else {
                double c4 = constants.c4(n);
                dispCl[i] = c4 * sigma;
                dispSigma[i] = sigma * Math.sqrt((1.0 - c4) * (1.0 + c4));
            }
        }
        List<String> labels = labels(data, firstIndex);
        List<String> stageNames = stageNames(data);
        ControlChart location = ControlChart.numberedFrom(kind.locationName(), nsigmas, Double.NEGATIVE_INFINITY,
                firstIndex, labels, stageNames, mean, meanCl, meanSigma);
        ControlChart dispersion = ControlChart.numberedFrom(kind.dispersionName(), nsigmas, 0.0, firstIndex, labels,
                stageNames, disp, dispCl, dispSigma);
        return new ChartResult(this, location, dispersion);
    }

    private ChartResult individuals(Subgroups data, int firstIndex, StageLimits single, StageLimits[] perPoint,
                                    ControlConstants constants) {
        int m = data.count();
        if (data.valueCount() != m) {
            throw new IllegalArgumentException("an individuals chart needs subgroups of size 1; got " + data);
        }
        double[] x = data.rawValues();
        int w = movingRangeSpan;
        double d2 = constants.d2(w);
        double d3 = constants.d3(w);
        if (single != null) {
            // One stage: constant limits, and the moving ranges are the points w-1..m-1.
            // The values array is shared, not copied: Subgroups and ControlChart both never change it.
            ControlChart location = ControlChart.constantLimits(kind.locationName(), nsigmas,
                    Double.NEGATIVE_INFINITY, firstIndex, labels(data, firstIndex), stageNames(data), x,
                    single.center(), single.sigma());
            // The moving ranges are computed from x when read, not stored: no second array as large as x.
            int count = Math.max(0, m - w + 1);
            List<String> mrLabels = !data.hasLabels() ? PointLists.numbers(firstIndex + w - 1, count)
                    : count == 0 ? List.of() : labels(data, firstIndex).subList(w - 1, w - 1 + count);
            ControlChart dispersion = ControlChart.movingRanges(kind.dispersionName(), nsigmas, firstIndex + w - 1,
                    mrLabels, PointLists.repeated("", count), x, w, d2 * single.sigma(), d3 * single.sigma());
            return new ChartResult(this, location, dispersion);
        }
        int[] index = new int[m];
        double[] cl = new double[m];
        double[] sd = new double[m];
        for (int i = 0; i < m; i++) {
            index[i] = firstIndex + i;
            cl[i] = perPoint[i].center();
            sd[i] = perPoint[i].sigma();
        }
        ControlChart location = new ControlChart(kind.locationName(), nsigmas, Double.NEGATIVE_INFINITY, index,
                labels(data, firstIndex), stageNames(data), x, cl, sd);
        // Moving ranges of span w within each stage: point i completes x[i-w+1..i].
        int[] at = new int[Math.max(0, m - w + 1)];
        int count = 0;
        for (int i = w - 1; i < m; i++) {
            if (sameStageRun(data, i - w + 1, i)) {
                at[count++] = i;
            }
        }
        int[] mrIndex = new int[count];
        double[] mr = new double[count];
        double[] mrCl = new double[count];
        double[] mrSigma = new double[count];
        List<String> mrLabels = new ArrayList<>();
        List<String> mrStages = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int i = at[k];
            mrIndex[k] = firstIndex + i;
            mr[k] = ControlChart.movingRange(x, i, w);
            mrCl[k] = d2 * perPoint[i].sigma();
            mrSigma[k] = d3 * perPoint[i].sigma();
            mrLabels.add(data.hasLabels() ? data.label(i) : Integer.toString(firstIndex + i));
            mrStages.add(data.stage(i));
        }
        ControlChart dispersion = new ControlChart(kind.dispersionName(), nsigmas, 0.0, mrIndex, mrLabels, mrStages,
                mr, mrCl, mrSigma);
        return new ChartResult(this, location, dispersion);
    }

    private static boolean sameStageRun(Subgroups data, int from, int to) {
        for (int j = from + 1; j <= to; j++) {
            if (!data.stage(j).equals(data.stage(from))) {
                return false;
            }
        }
        return true;
    }

    /** Given labels, or else the point numbers. */
    static List<String> labels(Subgroups data, int firstIndex) {
        if (!data.hasLabels()) {
            return PointLists.numbers(firstIndex, data.count());
        }
        List<String> labels = new ArrayList<>(data.count());
        for (int i = 0; i < data.count(); i++) {
            labels.add(data.hasLabels() ? data.label(i) : Integer.toString(firstIndex + i));
        }
        return labels;
    }

    static List<String> stageNames(Subgroups data) {
        if (!data.hasStages()) {
            return PointLists.repeated("", data.count());
        }
        List<String> names = new ArrayList<>(data.count());
        for (int i = 0; i < data.count(); i++) {
            names.add(data.stage(i));
        }
        return names;
    }

    /** Groups subgroup positions by stage name, in order of first appearance. */
    static Map<String, List<Integer>> byStage(Subgroups data) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < data.count(); i++) {
            groups.computeIfAbsent(data.stage(i), s -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s limits, %s-sigma, sigma method %s%s, %s constants, fitted on %d subgroups%n",
                kind, ControlChart.fmt(nsigmas), sigmaMethod, knownSigma ? " (known sigma)" : "", table, phase1Count));
        for (StageLimits s : stages) {
            sb.append(String.format(Locale.ROOT, "  %scenter %s, sigma %s%n",
                    s.stage().isEmpty() ? "" : "stage " + s.stage() + ": ", ControlChart.fmt(s.center()),
                    ControlChart.fmt(s.sigma())));
        }
        return sb.toString();
    }
}
