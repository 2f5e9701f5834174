/**
 * Pareto analysis: categories sorted by count (or cost), percentages, cumulative percentages,
 * the vital few and an optional "Other" bucket.
 */
package org.spc4j.core.pareto;
