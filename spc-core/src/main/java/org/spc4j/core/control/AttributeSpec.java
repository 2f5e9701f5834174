package org.spc4j.core.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.spc4j.core.constants.ControlConstants;

/**
 * How to fit an attribute control chart: p, np, c, u, or Laney's p' and u', with the limit width,
 * an optional known standard and the constants table. Immutable: every {@code with*} call returns
 * a new specification.
 *
 * <pre>{@code
 * AttributeLimits limits = AttributeSpec.p().fit(trial);       // Phase I: estimate once
 * AttributeResult phase2 = limits.apply(newSamples);           // Phase II: apply unchanged
 * AttributeResult c = AttributeSpec.c().chart(AttributeData.counts(21, 24, 16, 12));
 * }</pre>
 *
 * <p>Fitting, per stage (each stage its own limits), from samples with counts \(x_i\) and sizes \(n_i\):
 * \[ \bar p = \frac{\sum D_i}{\sum n_i} \ (p, np, p'), \qquad \bar c = \frac{1}{m}\sum c_i \ (c), \qquad
 *    \bar u = \frac{\sum c_i}{\sum n_i} \ (u, u'). \]
 * A known standard (given p, c or u) replaces the estimate. For p' and u' (Laney 2002) the
 * standardised values \( z_i = (y_i - CL)/\sigma_i \) of the Phase I samples, with \(y_i\) and
 * \(\sigma_i\) those of the p or u chart, give
 * \[ \sigma_Z = \overline{MR}(z) / d_2(2), \qquad \overline{MR}(z) = \frac{1}{m-1}\sum_{i=2}^m |z_i - z_{i-1}|, \]
 * \(d_2(2) = 2/\sqrt\pi\) exactly (1.128 with the printed table), and the p' and u' limits are those of
 * the p and u charts with \(\sigma_i\) multiplied by \(\sigma_Z\). The plotted limits are in
 * {@link AttributeLimits}.
 *
 * <p>Special cases:
 * <ul>
 *   <li>A Phase I \(\bar p\) of 0 or 1 (or \(\bar c = 0\)) gives zero-width limits at the centre;
 *       a Laney chart then has no \(\sigma_Z\) and is refused.</li>
 *   <li>A Laney chart needs at least two Phase I samples per stage and Phase I data that vary.</li>
 * </ul>
 *
 * <p>Bad input: a non-integer, negative or non-finite count, a zero, negative or non-finite size,
 * a non-integer size or a count above the size on a p, np or p' chart: {@link IllegalArgumentException}
 * naming the value and its 0-based index. Nothing is dropped.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>References: Montgomery, <i>Introduction to Statistical Quality Control</i>, 8th ed., Wiley (2019),
 * ch. 7; Laney, D. B. (2002), "Improved control charts for attributes", Quality Engineering 14(4),
 * 531-537, doi:10.1081/QEN-120001878.
 *
 * @see AttributeLimits
 * @see Overdispersion
 */
public final class AttributeSpec {

    private final AttributeKind kind;
    private final double nsigmas;
    private final ControlConstants.Table table;
    private final double standard;

    private AttributeSpec(AttributeKind kind, double nsigmas, ControlConstants.Table table, double standard) {
        this.kind = kind;
        this.nsigmas = nsigmas;
        this.table = table;
        this.standard = standard;
    }

    /** p chart: proportion nonconforming. */
    public static AttributeSpec p() {
        return of(AttributeKind.P);
    }

    /** np chart: number nonconforming. */
    public static AttributeSpec np() {
        return of(AttributeKind.NP);
    }

    /** c chart: nonconformities per sample. */
    public static AttributeSpec c() {
        return of(AttributeKind.C);
    }

    /** u chart: nonconformities per inspection unit. */
    public static AttributeSpec u() {
        return of(AttributeKind.U);
    }

    /** Laney p' chart for overdispersed proportions. */
    public static AttributeSpec laneyP() {
        return of(AttributeKind.LANEY_P);
    }

    /** Laney u' chart for overdispersed rates. */
    public static AttributeSpec laneyU() {
        return of(AttributeKind.LANEY_U);
    }

    /** The default specification of a chart kind: 3-sigma limits, exact constants, no standard. */
    public static AttributeSpec of(AttributeKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return new AttributeSpec(kind, 3.0, ControlConstants.Table.EXACT, Double.NaN);
    }

    /** Limits at k sigmas of the plotted statistic (default 3). */
    public AttributeSpec withNsigmas(double k) {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + k);
        }
        return new AttributeSpec(kind, k, table, standard);
    }

    /** Which constants table gives d2(2) for Laney's sigma_Z (exact by default). */
    public AttributeSpec withConstants(ControlConstants.Table constants) {
        Objects.requireNonNull(constants, "constants must not be null");
        return new AttributeSpec(kind, nsigmas, constants, standard);
    }

    /**
     * A known standard instead of the Phase I estimate: the proportion nonconforming p in [0, 1]
     * (p, np, p'), the mean count c (c) or the nonconformities per unit u (u, u'), both finite and >= 0.
     */
    public AttributeSpec withStandard(double value) {
        boolean ok = kind.binomial() ? value >= 0 && value <= 1 : value >= 0 && Double.isFinite(value);
        if (!ok) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "standard for a %s chart must be %s, was %s",
                    kind.chartName(), kind.binomial() ? "a proportion in [0, 1]" : "finite and >= 0", value));
        }
        return new AttributeSpec(kind, nsigmas, table, value);
    }

    /** The chart kind. */
    public AttributeKind kind() {
        return kind;
    }

    /**
     * Limits from the known standard alone, with no Phase I data (not for p' and u', whose
     * sigma_Z must be estimated).
     */
    public AttributeLimits limits() {
        if (Double.isNaN(standard)) {
            throw new IllegalStateException("no known standard: call withStandard(value) or fit Phase I data");
        }
        if (kind.laney()) {
            throw new IllegalStateException("a " + kind.chartName()
                    + " chart estimates sigma_Z from Phase I data: use fit(data)");
        }
        return new AttributeLimits(kind, nsigmas, table, 0, true,
                List.of(new AttributeStageLimits("", standard, 1.0, 0)));
    }

    /** Phase I: estimates the limits of each stage from {@code phase1}. */
    public AttributeLimits fit(AttributeData phase1) {
        Objects.requireNonNull(phase1, "phase1 must not be null");
        if (phase1.count() == 0) {
            throw new IllegalArgumentException("Phase I data are empty: there is nothing to fit limits on");
        }
        phase1.checkFor(kind);
        List<AttributeStageLimits> stages = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : AttributeLimits.byStage(phase1).entrySet()) {
            AttributeData stage = phase1.select(e.getValue());
            double center = Double.isNaN(standard) ? estimateCenter(kind, stage) : standard;
            double sigmaZ = kind.laney() ? laneySigmaZ(kind, stage, center, ControlConstants.of(table).d2(2), e.getKey())
                    : 1.0;
            stages.add(new AttributeStageLimits(e.getKey(), center, sigmaZ, stage.count()));
        }
        return new AttributeLimits(kind, nsigmas, table, phase1.count(), !Double.isNaN(standard), stages);
    }

    /** Fits on all of {@code data} and charts the same data (points numbered from 1). */
    public AttributeResult chart(AttributeData data) {
        return fit(data).apply(data, 1);
    }

    /**
     * Fits on the Phase I samples {@code [phase1From, phase1To)} (0-based) and charts all of
     * {@code data} against those limits (points numbered from 1).
     */
    public AttributeResult chart(AttributeData data, int phase1From, int phase1To) {
        Objects.requireNonNull(data, "data must not be null");
        if (phase1From < 0 || phase1To > data.count() || phase1From >= phase1To) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Phase I range [%d, %d) must be a non-empty range of the %d samples", phase1From, phase1To,
                    data.count()));
        }
        return fit(data.slice(phase1From, phase1To)).apply(data, 1);
    }

    /** p-bar, c-bar or u-bar of the samples. */
    static double estimateCenter(AttributeKind kind, AttributeData data) {
        Sums counts = new Sums();
        Sums sizes = new Sums();
        for (int i = 0; i < data.count(); i++) {
            counts.add(data.counted(i));
            sizes.add(data.size(i));
        }
        return kind == AttributeKind.C ? counts.sum() / data.count() : counts.sum() / sizes.sum();
    }

    /** Laney's sigma_Z: the average moving range of the z-scores over d2(2). */
    static double laneySigmaZ(AttributeKind kind, AttributeData data, double center, double d2, String stage) {
        if (data.count() < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %s chart needs at least 2 Phase I samples for sigma_Z, stage '%s' has %d",
                    kind.chartName(), stage, data.count()));
        }
        if (center == 0 || (kind.binomial() && center == 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the centre is %s (stage '%s'): the model has no variation, so a %s chart has no sigma_Z",
                    center, stage, kind.chartName()));
        }
        double sigmaZ = averageMovingRange(zScores(kind.binomial(), data, center)) / d2;
        if (!(sigmaZ > 0) || Double.isInfinite(sigmaZ)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sigma_Z is %s (stage '%s', centre %s): the Phase I samples have no usable variation for a %s chart",
                    sigmaZ, stage, center, kind.chartName()));
        }
        return sigmaZ;
    }

    /** Average moving range of span 2, (1/(m-1)) sum |z_i - z_(i-1)|. */
    static double averageMovingRange(double[] z) {
        Sums mr = new Sums();
        for (int i = 1; i < z.length; i++) {
            mr.add(Math.abs(z[i] - z[i - 1]));
        }
        return mr.sum() / (z.length - 1);
    }

    /** z_i = (y_i - centre) / sigma_i with the binomial (p) or Poisson (u) sigma of each sample. */
    static double[] zScores(boolean binomial, AttributeData data, double center) {
        double[] z = new double[data.count()];
        double var = binomial ? center * (1.0 - center) : center;
        for (int i = 0; i < z.length; i++) {
            double n = data.size(i);
            z[i] = (data.counted(i) / n - center) / Math.sqrt(var / n);
        }
        return z;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AttributeSpec[%s, %s-sigma, %s constants%s]", kind.chartName(),
                ControlChart.fmt(nsigmas), table, Double.isNaN(standard) ? "" : ", standard " + standard);
    }
}
