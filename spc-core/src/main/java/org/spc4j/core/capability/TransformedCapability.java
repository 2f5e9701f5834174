package org.spc4j.core.capability;

import java.util.Locale;
import java.util.Objects;

/**
 * Capability computed on transformed data ({@link BoxCox}, {@link Johnson}): the data and the
 * specification limits (and target) are transformed by the same increasing function, then the
 * normal-theory {@link Capability} is computed in the transformed scale. Immutable.
 *
 * @param transformation what was applied, with its parameters
 * @param specs the original specification limits
 * @param transformedSpecs the specification limits in the transformed scale
 * @param normality Anderson-Darling test of the transformed data (check that it does not reject)
 * @param capability normal-theory capability of the transformed data
 */
public record TransformedCapability(String transformation, SpecLimits specs, SpecLimits transformedSpecs,
                                    AndersonDarling normality, Capability capability) {

    public TransformedCapability {
        Objects.requireNonNull(transformation, "transformation must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        Objects.requireNonNull(transformedSpecs, "transformedSpecs must not be null");
        Objects.requireNonNull(normality, "normality must not be null");
        Objects.requireNonNull(capability, "capability must not be null");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Transformed capability: %s%n  original %s%n  transformed %s%n  %s%n%s",
                transformation, specs, transformedSpecs, normality, capability);
    }
}
