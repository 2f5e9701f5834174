package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

/**
 * The fitted parameters of one stage: centre line of the location chart and process sigma.
 *
 * @param stage stage name (empty when the data have no stages)
 * @param center process mean: the grand mean of the Phase I values, or the known standard
 * @param sigma process standard deviation: the estimate, or the known standard
 * @param subgroups number of Phase I subgroups this stage was fitted on (0 when both mean and
 *        sigma are known standards)
 */
public record StageLimits(String stage, double center, double sigma, int subgroups) {
    public StageLimits {
        Objects.requireNonNull(stage, "stage must not be null");
        if (!Double.isFinite(center)) {
            throw new IllegalArgumentException("center must be finite, was " + center + " (stage '" + stage + "')");
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sigma must be finite and > 0, was %s (stage '%s'): the Phase I data have no spread", sigma, stage));
        }
        if (subgroups < 0) {
            throw new IllegalArgumentException("subgroups must be >= 0, was " + subgroups);
        }
    }
}
