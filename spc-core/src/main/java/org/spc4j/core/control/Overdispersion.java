package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

import org.apache.commons.math3.special.Gamma;
import org.spc4j.core.constants.ControlConstants;

/**
 * Diagnostic for overdispersion of attribute data: how much more the samples vary between each
 * other than the binomial (p) or Poisson (u) model allows. Where the ratio is well above 1, p and u
 * limits are too narrow and flag common-cause variation; Laney's p' and u' charts are then the
 * better choice.
 *
 * <p>With \(m\) samples, \(y_i\) the proportion \(D_i/n_i\) or rate \(c_i/n_i\), the pooled centre
 * \(\bar y = \sum x_i / \sum n_i\) and \(\sigma_i\) the model sigma of sample i
 * (\(\sqrt{\bar p(1-\bar p)/n_i}\) or \(\sqrt{\bar u/n_i}\)):
 * \[ \chi^2 = \sum_{i=1}^m \left(\frac{y_i - \bar y}{\sigma_i}\right)^2, \qquad
 *    \text{ratio} = \frac{\chi^2}{m-1}, \qquad p = P(\chi^2_{m-1} \ge \chi^2), \]
 * the Pearson dispersion statistic (observed over expected variation, 1 under the model), and
 * Laney's \(\sigma_Z = \overline{MR}(z)/d_2(2)\) of the same z-scores, a moving-range (short-term)
 * version of the same ratio's square root.
 *
 * <p>Special cases: fewer than 2 samples, or a centre of 0 (or 1 for proportions), leave nothing
 * to compare and are refused with {@link IllegalArgumentException}.
 *
 * <p>References: Laney, D. B. (2002), "Improved control charts for attributes", Quality Engineering
 * 14(4), 531-537, doi:10.1081/QEN-120001878; McCullagh and Nelder, <i>Generalized Linear Models</i>,
 * 2nd ed. (1989), section 4.5 (the Pearson dispersion estimate).
 *
 * @param kind {@link AttributeKind#P} for proportions, {@link AttributeKind#U} for rates
 * @param center the pooled centre p-bar or u-bar
 * @param chiSquare the Pearson statistic
 * @param degreesOfFreedom m - 1
 * @param pValue upper-tail probability of the chi-square distribution with m - 1 degrees of freedom
 * @param sigmaZ Laney's sigma_Z (exact d2(2))
 */
public record Overdispersion(AttributeKind kind, double center, double chiSquare, int degreesOfFreedom,
                             double pValue, double sigmaZ) {

    public Overdispersion {
        Objects.requireNonNull(kind, "kind must not be null");
        if (kind != AttributeKind.P && kind != AttributeKind.U) {
            throw new IllegalArgumentException("kind must be P or U, was " + kind);
        }
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degreesOfFreedom must be >= 1, was " + degreesOfFreedom);
        }
    }

    /** Overdispersion of proportions nonconforming (binomial model). */
    public static Overdispersion ofProportions(AttributeData data) {
        return of(AttributeKind.P, data);
    }

    /** Overdispersion of nonconformities per unit (Poisson model). */
    public static Overdispersion ofRates(AttributeData data) {
        return of(AttributeKind.U, data);
    }

    private static Overdispersion of(AttributeKind kind, AttributeData data) {
        Objects.requireNonNull(data, "data must not be null");
        if (data.count() < 2) {
            throw new IllegalArgumentException("overdispersion needs at least 2 samples, got " + data.count());
        }
        data.checkFor(kind);
        double center = AttributeSpec.estimateCenter(kind, data);
        if (!(center > 0) || (kind.binomial() && !(center < 1))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the pooled centre is %s: the model has no variation to compare the samples with", center));
        }
        double[] z = AttributeSpec.zScores(kind.binomial(), data, center);
        Sums chi = new Sums();
        for (double v : z) {
            chi.add(v * v);
        }
        int df = data.count() - 1;
        double chiSquare = chi.sum();
        // upper tail directly (no 1 - cdf cancellation): Q(df/2, chi^2/2)
        double pValue = Gamma.regularizedGammaQ(df / 2.0, chiSquare / 2.0);
        double sigmaZ = AttributeSpec.averageMovingRange(z) / ControlConstants.exact().d2(2);
        return new Overdispersion(kind, center, chiSquare, df, pValue, sigmaZ);
    }

    /** Observed over expected variation, chi-square / (m - 1): about 1 without overdispersion. */
    public double ratio() {
        return chiSquare / degreesOfFreedom;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Overdispersion[%s model, centre %s, chi-square %s on %d df, ratio %s, "
                        + "p-value %s, sigmaZ %s]", kind.binomial() ? "binomial" : "Poisson", ControlChart.fmt(center),
                ControlChart.fmt(chiSquare), degreesOfFreedom, ControlChart.fmt(ratio()), ControlChart.fmt(pValue),
                ControlChart.fmt(sigmaZ));
    }
}
