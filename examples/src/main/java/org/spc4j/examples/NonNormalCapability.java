package org.spc4j.examples;

import java.util.Random;

import org.spc4j.core.capability.AndersonDarling;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.Family;
import org.spc4j.core.capability.PercentileCapability;
import org.spc4j.core.capability.SpecLimits;

/**
 * Capability of skewed data (a flatness, bounded below by 0): the normal indices mislead, the
 * Anderson-Darling test says so, and a Weibull fit with the ISO 22514-2 percentile method gives
 * indices that respect the shape.
 *
 * <pre>java -cp examples/target/spc-examples.jar org.spc4j.examples.NonNormalCapability</pre>
 */
public final class NonNormalCapability {

    private NonNormalCapability() {
    }

    /** Returns the Weibull percentile capability. */
    public static PercentileCapability run() {
        Random random = new Random(7);
        double[] flatness = new double[200];
        for (int i = 0; i < flatness.length; i++) {
            flatness[i] = 0.1 * Math.pow(-Math.log(1 - random.nextDouble()), 1 / 1.5); // Weibull(1.5, 0.1)
        }
        SpecLimits spec = SpecLimits.upperOnly(0.5);
        System.out.println("normality: " + AndersonDarling.normal(flatness));
        System.out.println("normal (misleading): " + Capability.of(flatness, spec));
        PercentileCapability weibull = PercentileCapability.fit(Family.WEIBULL, flatness, spec);
        System.out.println("Weibull, ISO 22514-2: " + weibull);
        return weibull;
    }

    public static void main(String[] args) {
        run();
    }
}
