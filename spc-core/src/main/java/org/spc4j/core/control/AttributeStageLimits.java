package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

/**
 * The fitted parameters of one stage of an attribute chart.
 *
 * @param stage stage name (empty when the data have no stages)
 * @param center the process parameter: proportion nonconforming \(\bar p\) (p, np, p'), mean count
 *        \(\bar c\) (c) or nonconformities per unit \(\bar u\) (u, u'); estimated or the known standard
 * @param sigmaZ Laney's between-sample variation factor \(\sigma_Z\) (exactly 1 for p, np, c, u)
 * @param samples number of Phase I samples this stage was fitted on (0 for a known standard alone)
 */
public record AttributeStageLimits(String stage, double center, double sigmaZ, int samples) {
    public AttributeStageLimits {
        Objects.requireNonNull(stage, "stage must not be null");
        if (!(center >= 0) || Double.isInfinite(center)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "center must be finite and >= 0, was %s (stage '%s')", center, stage));
        }
        if (!(sigmaZ > 0) || Double.isInfinite(sigmaZ)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sigmaZ must be finite and > 0, was %s (stage '%s')", sigmaZ, stage));
        }
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be >= 0, was " + samples);
        }
    }
}
