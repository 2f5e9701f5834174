/** JMH benchmarks of spc4j's hot paths, each beside a baseline measured in the same run. */
package org.spc4j.bench;
