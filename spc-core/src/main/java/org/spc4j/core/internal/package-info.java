/**
 * Internal helpers of spc-core, not part of its API: {@code module-info} does not export this
 * package, and its classes may change in any release.
 *
 * <p>It holds the one-pass kernels behind the fit paths (chart limits, sigma estimates, capability
 * and {@link org.spc4j.core.stats.Moments#of}) and the access they need to the values of
 * {@link org.spc4j.core.control.Subgroups} without a copy. Every kernel sums in the same order,
 * described in {@link org.spc4j.core.internal.Pass}, so that the mean and the sum of squared
 * deviations of the same values come out bit for bit the same whichever kernel computed them.
 */
package org.spc4j.core.internal;
