package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.stats.Moments;

/**
 * How a time-weighted chart estimates its {@link ProcessParameters}; package-private, immutable.
 * A null sigma method means: average moving range for individuals, R-bar for subgroups.
 */
final class ProcessSpec {

    static final ProcessSpec DEFAULT = new ProcessSpec(null, ControlConstants.Table.EXACT, Double.NaN, Double.NaN);

    private final SigmaMethod sigmaMethod;
    private final ControlConstants.Table table;
    private final double knownMean;
    private final double knownSigma;

    private ProcessSpec(SigmaMethod sigmaMethod, ControlConstants.Table table, double knownMean, double knownSigma) {
        this.sigmaMethod = sigmaMethod;
        this.table = table;
        this.knownMean = knownMean;
        this.knownSigma = knownSigma;
    }

    ProcessSpec withSigmaMethod(SigmaMethod method) {
        return new ProcessSpec(Objects.requireNonNull(method, "method must not be null"), table, knownMean, knownSigma);
    }

    ProcessSpec withConstants(ControlConstants.Table constants) {
        return new ProcessSpec(sigmaMethod, Objects.requireNonNull(constants, "constants must not be null"), knownMean,
                knownSigma);
    }

    ProcessSpec withKnownMean(double mean) {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("known mean must be finite, was " + mean);
        }
        return new ProcessSpec(sigmaMethod, table, mean, knownSigma);
    }

    ProcessSpec withKnownSigma(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("known sigma must be finite and > 0, was " + sigma);
        }
        return new ProcessSpec(sigmaMethod, table, knownMean, sigma);
    }

    /** Both mean and sigma known: parameters without Phase I data. */
    ProcessParameters known() {
        if (Double.isNaN(knownMean) || Double.isNaN(knownSigma)) {
            throw new IllegalStateException("parameters without Phase I data need both a known mean and a known sigma");
        }
        return new ProcessParameters(knownMean, knownSigma, methodFor(true), table, 0, true, true);
    }

    ProcessParameters fit(Subgroups phase1, String chartName) {
        Objects.requireNonNull(phase1, "phase1 must not be null");
        if (phase1.count() == 0) {
            throw new IllegalArgumentException("Phase I data are empty: there is nothing to fit limits on");
        }
        requireSingleStage(phase1, chartName);
        boolean individuals = phase1.valueCount() == phase1.count();
        SigmaMethod method = methodFor(individuals);
        double center = Double.isNaN(knownMean) ? Moments.of(phase1.rawValues()).mean() : knownMean;
        double sigma = knownSigma;
        if (Double.isNaN(sigma)) {
            sigma = SigmaEstimation.estimate(phase1, method, 2, ControlConstants.of(table));
            if (!(sigma > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "estimated sigma is %s (method %s): the Phase I data have no spread; "
                                + "give a known sigma or check the data", sigma, method));
            }
        }
        return new ProcessParameters(center, sigma, method, table, phase1.count(), !Double.isNaN(knownMean),
                !Double.isNaN(knownSigma));
    }

    private SigmaMethod methodFor(boolean individuals) {
        if (sigmaMethod != null) {
            return sigmaMethod;
        }
        return individuals ? SigmaMethod.AVERAGE_MOVING_RANGE : SigmaMethod.R_BAR;
    }

    /** Time-weighted statistics run across subgroups; stages would silently mix, so they are refused. */
    static void requireSingleStage(Subgroups data, String chartName) {
        if (!data.hasStages()) {
            return;
        }
        for (int i = 1; i < data.count(); i++) {
            if (!data.stage(i).equals(data.stage(0))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "subgroup %d (label %s) starts stage '%s' after stage '%s': a %s chart runs over one stage; "
                                + "chart each stage separately", i + 1, data.label(i), data.stage(i), data.stage(0),
                        chartName));
            }
        }
    }

    /** Subgroup means (for individuals the values themselves, not copied: callers only read them). */
    static double[] means(Subgroups data) {
        int m = data.count();
        if (data.valueCount() == m) {
            return data.rawValues();
        }
        double[] means = new double[m];
        for (int i = 0; i < m; i++) {
            means[i] = Moments.ofRange(data.rawValues(), data.start(i), data.start(i) + data.size(i)).mean();
        }
        return means;
    }

    /** Given labels, or else the point numbers. */
    static java.util.List<String> labels(Subgroups data, int firstIndex) {
        return ControlLimits.labels(data, firstIndex);
    }

    /** Stage name of each subgroup. */
    static java.util.List<String> stages(Subgroups data) {
        return ControlLimits.stageNames(data);
    }

    @Override
    public String toString() {
        return (sigmaMethod == null ? "sigma MR-bar or R-bar" : "sigma " + sigmaMethod) + ", " + table + " constants"
                + (Double.isNaN(knownMean) ? "" : ", known mean " + knownMean)
                + (Double.isNaN(knownSigma) ? "" : ", known sigma " + knownSigma);
    }
}
