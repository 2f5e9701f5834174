/** Accurate, mergeable accumulators: {@code create()}, {@code accept(double)}, {@code combine(other)}. */
package org.spc4j.core.stats;
