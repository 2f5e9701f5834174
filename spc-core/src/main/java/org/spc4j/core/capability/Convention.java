package org.spc4j.core.capability;

/**
 * Where Minitab and qcc disagree on capability formulas, the convention to follow. The default
 * is {@link #MINITAB}; {@link #QCC} exists to reproduce {@code qcc::process.capability}.
 *
 * <table>
 *   <caption>What each convention decides</caption>
 *   <tr><th></th><th>{@link #MINITAB} (default)</th><th>{@link #QCC}</th></tr>
 *   <tr><td>degrees of freedom \(\nu\) of the within sigma (Cp, CPL, CPU, Cpk intervals)</td>
 *       <td>matched to the sigma method (see {@link CapabilityAnalysis})</td><td>\(N - 1\)</td></tr>
 *   <tr><td>Cpm numerator</td><td>\(\min(T - LSL, USL - T)/3\)</td><td>\((USL - LSL)/6\)</td></tr>
 *   <tr><td>Cpm interval degrees of freedom, \(a = (\bar x - T)/\sigma\)</td>
 *       <td>Boyles (1991): \(N(1+a^2)^2/(1+2a^2)\)</td><td>\(N(1+a^2)/(1+2a^2)\)</td></tr>
 * </table>
 *
 * <p>The two Cpm numerators agree when the target is the midpoint of the limits.
 */
public enum Convention {
    /** Minitab's formulas (the default). */
    MINITAB,
    /** qcc 3.0 {@code process.capability}. */
    QCC
}
