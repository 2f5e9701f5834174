package org.spc4j.core.control;

/** Which variance of the EWMA statistic sets its control limits. */
public enum EwmaLimitsMode {
    /**
     * The exact variance at each point, narrower at the start:
     * \( \sigma^2_{z_i} = \sigma^2 \sum_{j=1}^{i} \lambda^2 (1-\lambda)^{2(i-j)}/n_j \),
     * which for constant n is \( \frac{\sigma^2}{n}\frac{\lambda}{2-\lambda}\left[1-(1-\lambda)^{2i}\right] \).
     */
    EXACT,
    /** The steady-state variance \( \frac{\sigma^2}{n_i}\frac{\lambda}{2-\lambda} \) at every point. */
    ASYMPTOTIC
}
