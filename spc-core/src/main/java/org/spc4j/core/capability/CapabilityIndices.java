package org.spc4j.core.capability;

import java.util.Locale;
import java.util.Objects;

/**
 * The four normal-theory capability indices for one sigma: with mean \(\mu\) and sigma \(\sigma\),
 * \[ C_p = \frac{USL - LSL}{6\sigma},\quad C_{PL} = \frac{\mu - LSL}{3\sigma},\quad
 *    C_{PU} = \frac{USL - \mu}{3\sigma},\quad C_{pk} = \min(C_{PL}, C_{PU}). \]
 * With the within-subgroup sigma these are Cp, CPL, CPU, Cpk; with the overall sigma they are
 * Pp, PPL, PPU, Ppk. For one-sided limits Cp is NaN (not defined) and Cpk is the one side that
 * is defined; an index for an absent limit is NaN.
 *
 * <p>References: Montgomery, <i>Introduction to Statistical Quality Control</i>, 8th ed. (2019),
 * section 8.3; NIST/SEMATECH e-Handbook of Statistical Methods, section 6.1.6; Kane (1986),
 * "Process capability indices", J. Quality Technology 18(1), doi:10.1080/00224065.1986.11978984.
 *
 * @param p Cp or Pp (NaN for one-sided limits)
 * @param pl CPL or PPL (NaN without an LSL)
 * @param pu CPU or PPU (NaN without a USL)
 * @param pk Cpk or Ppk, the smaller of the defined one-sided indices
 */
public record CapabilityIndices(double p, double pl, double pu, double pk) {

    public CapabilityIndices {
        if (Double.isNaN(pk)) {
            throw new IllegalArgumentException("pk must be defined: at least one specification limit is needed");
        }
    }

    /**
     * The indices for a process with known mean and sigma.
     *
     * @throws IllegalArgumentException when sigma is not finite and &gt; 0 or the mean is not finite
     */
    public static CapabilityIndices of(SpecLimits specs, double mean, double sigma) {
        Objects.requireNonNull(specs, "specs must not be null");
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite, was " + mean);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sigma must be finite and > 0, was %s: with no spread the indices would be infinite", sigma));
        }
        double p = specs.isTwoSided() ? (specs.usl() - specs.lsl()) / (6 * sigma) : Double.NaN;
        double pl = specs.hasLower() ? (mean - specs.lsl()) / (3 * sigma) : Double.NaN;
        double pu = specs.hasUpper() ? (specs.usl() - mean) / (3 * sigma) : Double.NaN;
        double pk = specs.isTwoSided() ? Math.min(pl, pu) : specs.hasLower() ? pl : pu;
        return new CapabilityIndices(p, pl, pu, pk);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CapabilityIndices[p %s, pl %s, pu %s, pk %s]", Fmt.fixed(p, 4),
                Fmt.fixed(pl, 4), Fmt.fixed(pu, 4), Fmt.fixed(pk, 4));
    }
}
