/**
 * Control chart constants (d2, d3, c4 and the derived factors), exact for any subgroup size
 * 2..1000 or exactly as printed in the standard table.
 */
package org.spc4j.core.constants;
