package org.spc4j.core.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;

/**
 * Fitted Phase I limits of an attribute chart: the immutable artifact that Phase II applies
 * unchanged to new samples ({@link #apply}). Applying never re-estimates anything.
 *
 * <p>Per stage it holds the process parameter and Laney's \(\sigma_Z\) ({@link AttributeStageLimits});
 * the plotted centre \(CL_i\) and sigma \(\sigma_i\) of sample i with size \(n_i\) follow, and the
 * limits are \(CL_i \pm k\,\sigma_i\):
 * <ul>
 *   <li>p: \( D_i/n_i \), \( CL = \bar p \), \( \sigma_i = \sqrt{\bar p(1-\bar p)/n_i} \), LCL at least 0, UCL at most 1;</li>
 *   <li>np: \( D_i \), \( CL_i = n_i\bar p \), \( \sigma_i = \sqrt{n_i\bar p(1-\bar p)} \), LCL at least 0, UCL at most \(n_i\);</li>
 *   <li>c: \( c_i \), \( CL = \bar c \), \( \sigma = \sqrt{\bar c} \), LCL at least 0 (sample sizes are not used);</li>
 *   <li>u: \( c_i/n_i \), \( CL = \bar u \), \( \sigma_i = \sqrt{\bar u/n_i} \), LCL at least 0;</li>
 *   <li>p' and u': as p and u with \(\sigma_i\) multiplied by \(\sigma_Z\) (Laney 2002).</li>
 * </ul>
 * Varying sample sizes give stepped limits, one pair per point.
 *
 * @param kind which chart
 * @param nsigmas k, the width of the limits in sigmas of the statistic
 * @param table constants table used for \(d_2(2)\) in Laney's \(\sigma_Z\)
 * @param phase1Count number of Phase I samples (Phase II numbering continues after them)
 * @param knownStandard true when the centre was given as a standard, not estimated
 * @param stages the limits of each stage, in order of first appearance
 */
public record AttributeLimits(AttributeKind kind, double nsigmas, ControlConstants.Table table, int phase1Count,
                              boolean knownStandard, List<AttributeStageLimits> stages) {

    public AttributeLimits {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(table, "table must not be null");
        if (!(nsigmas > 0) || Double.isInfinite(nsigmas)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + nsigmas);
        }
        if (phase1Count < 0) {
            throw new IllegalArgumentException("phase1Count must be >= 0, was " + phase1Count);
        }
        stages = List.copyOf(Objects.requireNonNull(stages, "stages must not be null"));
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("limits need at least one stage: fit Phase I data first");
        }
        if (phase1Count == 0 && !knownStandard) {
            throw new IllegalArgumentException(
                    "no Phase I samples: fit limits on Phase I data (or give a known standard) before Phase II");
        }
        if (kind.binomial()) {
            for (AttributeStageLimits s : stages) {
                if (s.center() > 1) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "a proportion nonconforming must be in [0, 1], was %s (stage '%s')", s.center(), s.stage()));
                }
            }
        }
    }

    /** The limits of a stage; the single stage {@code ""} when the data have no stages. */
    public AttributeStageLimits stage(String name) {
        for (AttributeStageLimits s : stages) {
            if (s.stage().equals(name)) {
                return s;
            }
        }
        List<String> names = stages.stream().map(AttributeStageLimits::stage).toList();
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "stage '%s' has no fitted limits; fitted stages are %s", name, names));
    }

    /** Process parameter (p-bar, c-bar or u-bar) of the only (or first) stage. */
    public double center() {
        return stages.get(0).center();
    }

    /** Laney's sigma_Z of the only (or first) stage (1 for p, np, c and u charts). */
    public double sigmaZ() {
        return stages.get(0).sigmaZ();
    }

    /** Applies these limits to Phase II samples; point numbering continues after the Phase I samples. */
    public AttributeResult apply(AttributeData data) {
        return apply(data, phase1Count + 1);
    }

    /** Applies these limits to samples, numbering the points from {@code firstIndex}. */
    public AttributeResult apply(AttributeData data, int firstIndex) {
        Objects.requireNonNull(data, "data must not be null");
        if (data.count() == 0) {
            throw new IllegalArgumentException("no samples to chart");
        }
        data.checkFor(kind);
        int m = data.count();
        boolean stagedLimits = stages.size() > 1 || !stages.get(0).stage().isEmpty();
        double[] counts = data.rawCounts();
        double[] sizes = data.rawSizes();
        int[] index = new int[m];
        double[] stat = new double[m];
        double[] center = new double[m];
        double[] sigma = new double[m];
        double[] upper = kind == AttributeKind.NP || kind == AttributeKind.P || kind == AttributeKind.LANEY_P
                ? new double[m] : null;
        List<String> labels = new ArrayList<>(m);
        List<String> stageNames = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            AttributeStageLimits s = (!stagedLimits && !data.hasStages()) ? stages.get(0) : stageOf(data, i);
            double n = sizes[i];
            double c = s.center();
            index[i] = firstIndex + i;
            switch (kind) {
                case P:
                case LANEY_P:
                    stat[i] = counts[i] / n;
                    center[i] = c;
                    sigma[i] = Math.sqrt(c * (1.0 - c) / n) * s.sigmaZ();
                    upper[i] = 1.0;
                    break;
                case NP:
                    stat[i] = counts[i];
                    center[i] = n * c;
                    sigma[i] = Math.sqrt(n * c * (1.0 - c));
                    upper[i] = n;
                    break;
                case C:
                    stat[i] = counts[i];
                    center[i] = c;
                    sigma[i] = Math.sqrt(c);
                    break;
                case U:
                case LANEY_U:
                    stat[i] = counts[i] / n;
                    center[i] = c;
                    sigma[i] = Math.sqrt(c / n) * s.sigmaZ();
                    break;
                default:
                    throw new IllegalStateException("unhandled kind " + kind);
            }
            labels.add(data.hasLabels() ? data.label(i) : Integer.toString(firstIndex + i));
            stageNames.add(data.stage(i));
        }
        ControlChart chart = new ControlChart(kind.chartName(), nsigmas, 0.0, upper, index, labels, stageNames, stat,
                center, sigma);
        return new AttributeResult(this, chart);
    }

    private AttributeStageLimits stageOf(AttributeData data, int i) {
        try {
            return stage(data.stage(i));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "sample at index %d (label %s): %s",
                    i, data.label(i), e.getMessage()), e);
        }
    }

    /** Groups sample positions by stage name, in order of first appearance. */
    static Map<String, List<Integer>> byStage(AttributeData data) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < data.count(); i++) {
            groups.computeIfAbsent(data.stage(i), s -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s chart limits, %s-sigma, %s%n", kind.chartName(),
                ControlChart.fmt(nsigmas), knownStandard ? "known standard" : "fitted on " + phase1Count + " samples"));
        String what = kind.binomial() ? "p" : kind == AttributeKind.C ? "c" : "u";
        for (AttributeStageLimits s : stages) {
            sb.append(String.format(Locale.ROOT, "  %s%s %s%s%n", s.stage().isEmpty() ? "" : "stage " + s.stage() + ": ",
                    what, ControlChart.fmt(s.center()),
                    kind.laney() ? ", sigmaZ " + ControlChart.fmt(s.sigmaZ()) : ""));
        }
        return sb.toString();
    }
}
