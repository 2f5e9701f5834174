package org.spc4j.bench.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spc4j.core.control.CusumResult;
import org.spc4j.core.control.CusumSpec;
import org.spc4j.core.control.CusumState;
import org.spc4j.core.control.EwmaResult;
import org.spc4j.core.control.EwmaSpec;
import org.spc4j.core.control.EwmaState;
import org.spc4j.core.control.Subgroups;

/**
 * The segment paths, point by point and in bulk, end where the library's charts end; the two
 * segment paths agree bit for bit.
 */
class TimeWeightedBenchmarkTest {

    @Test
    void segments_endInTheChartsEndState() {
        TimeWeightedBenchmark.Data d = new TimeWeightedBenchmark.Data();
        d.size = 50_000;
        d.setUp();
        TimeWeightedBenchmark b = new TimeWeightedBenchmark();
        Subgroups data = Subgroups.individuals(d.x);

        EwmaResult ewma = b.ewmaApply(d);
        assertThat(ewma.end()).isEqualTo(EwmaSpec.withDefaults().chart(data).end());
        EwmaState seg = b.ewmaSegmentPerPoint(d);
        assertThat(b.ewmaSegmentBulk(d)).isEqualTo(seg);
        assertThat(seg.steps()).isEqualTo(d.size);
        assertThat(seg.value()).isCloseTo(ewma.end().value(), within(1e-9));
        assertThat(seg.varianceFactor()).isCloseTo(ewma.end().varianceFactor(), within(1e-12));

        CusumResult cusum = b.cusumApply(d);
        assertThat(cusum.end()).isEqualTo(CusumSpec.withDefaults().chart(data).end());
        CusumState cs = b.cusumSegmentPerPoint(d);
        assertThat(b.cusumSegmentBulk(d)).isEqualTo(cs);
        assertThat(cs.steps()).isEqualTo(d.size);
        assertThat(cs.upper()).isCloseTo(cusum.end().upper(), within(1e-6));
        assertThat(cs.lower()).isCloseTo(cusum.end().lower(), within(1e-6));
    }
}
