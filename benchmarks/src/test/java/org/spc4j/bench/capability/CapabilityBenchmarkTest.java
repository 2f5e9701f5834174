package org.spc4j.bench.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.CapabilityAnalysis;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.stats.Moments;

/** The benchmarked capability calls give the library's reference answers. */
class CapabilityBenchmarkTest {

    @Test
    void variants_matchTheAnalysis() {
        CapabilityBenchmark.Data d = new CapabilityBenchmark.Data();
        d.size = 100_000;
        d.setUp();
        CapabilityBenchmark b = new CapabilityBenchmark();

        Capability ind = b.individuals(d);
        assertThat(ind).isEqualTo(CapabilityAnalysis.withDefaults().analyze(Subgroups.individuals(d.x), d.specs));
        assertThat(ind.withinMethod()).isEqualTo(SigmaMethod.AVERAGE_MOVING_RANGE);
        assertThat(ind.mean()).isCloseTo(Moments.of(d.x).mean(), within(1e-12));
        assertThat(ind.overallSigma()).isCloseTo(Moments.of(d.x).standardDeviation(), within(1e-15));
        long outside = 0;
        for (double v : d.x) {
            outside += v < d.specs.lsl() || v > d.specs.usl() ? 1 : 0;
        }
        assertThat(ind.observed().total()).isCloseTo(1e6 * outside / d.size, within(1e-9));

        Capability sub = b.subgroups(d);
        assertThat(sub.withinMethod()).isEqualTo(SigmaMethod.POOLED);
        assertThat(sub).isEqualTo(CapabilityAnalysis.withDefaults().analyze(Subgroups.ofSize(5, d.x), d.specs));
        assertThat(sub.mean()).isEqualTo(ind.mean());
    }
}
