/**
 * Process capability: specification limits, normal-theory indices (Cp, Cpk, Pp, Ppk, Cpm) with
 * confidence intervals, expected and observed ppm, the Anderson-Darling normality test, and
 * capability of non-normal data (Box-Cox, Johnson, fitted distributions, empirical percentiles).
 */
package org.spc4j.core.capability;
