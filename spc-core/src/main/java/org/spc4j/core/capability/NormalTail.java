package org.spc4j.core.capability;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * Standard normal tail probabilities and their inverse, accurate far into the tails (no
 * cancellation in \(1 - \Phi\)); package-private.
 */
final class NormalTail {

    private static final double SQRT2 = Math.sqrt(2.0);

    private NormalTail() {
    }

    /** \(\Phi(z)\) via erfc, accurate for large negative z. */
    static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /** \(1 - \Phi(z)\) via erfc, accurate for large positive z. */
    static double upper(double z) {
        return 0.5 * Erf.erfc(z / SQRT2);
    }

    /**
     * The z with \(1 - \Phi(z) = p\), for \(0 < p < 1\); accurate to about 1e-12 even for p near
     * the smallest double (solved on the log scale).
     */
    static double upperQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("tail probability must be in (0, 1), was " + p);
        }
        if (p > 1e-10 && p < 1 - 1e-10) {
            return -new NormalDistribution(null, 0, 1)
                    .inverseCumulativeProbability(p);
        }
        double logP = Math.log(p);
        double lo = -40;
        double hi = 40;
        BrentSolver solver = new BrentSolver(1e-14, 1e-14);
        return solver.solve(200, z -> Math.log(upper(z)) - logP, lo, hi);
    }
}
