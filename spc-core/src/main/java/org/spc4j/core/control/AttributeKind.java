package org.spc4j.core.control;

/**
 * The attribute control charts: what is counted in each sample and how it is plotted.
 *
 * <ul>
 *   <li>{@link #P}, {@link #NP}, {@link #LANEY_P}: \(D_i\) nonconforming units in a sample of
 *       \(n_i\) units (binomial); integers with \(0 \le D_i \le n_i\).</li>
 *   <li>{@link #C}, {@link #U}, {@link #LANEY_U}: \(c_i\) nonconformities (Poisson) found in
 *       \(n_i\) inspection units; \(c_i\) a non-negative integer, \(n_i > 0\) (may be fractional).</li>
 * </ul>
 */
public enum AttributeKind {
    /** Proportion nonconforming \(D_i/n_i\). */
    P("p", true),
    /** Number nonconforming \(D_i\). */
    NP("np", true),
    /** Number of nonconformities \(c_i\) per sample of constant size. */
    C("c", false),
    /** Nonconformities per inspection unit \(c_i/n_i\). */
    U("u", false),
    /** Laney p' chart: the p chart with its sigma scaled by the between-sample variation sigma_Z. */
    LANEY_P("p'", true),
    /** Laney u' chart: the u chart with its sigma scaled by the between-sample variation sigma_Z. */
    LANEY_U("u'", false);

    private final String chartName;
    private final boolean binomial;

    AttributeKind(String chartName, boolean binomial) {
        this.chartName = chartName;
        this.binomial = binomial;
    }

    /** Name of the plotted chart: {@code p}, {@code np}, {@code c}, {@code u}, {@code p'} or {@code u'}. */
    public String chartName() {
        return chartName;
    }

    /** True for the charts of nonconforming units (binomial counts bounded by the sample size). */
    public boolean binomial() {
        return binomial;
    }

    /** True for Laney's overdispersion-corrected charts. */
    public boolean laney() {
        return this == LANEY_P || this == LANEY_U;
    }
}
