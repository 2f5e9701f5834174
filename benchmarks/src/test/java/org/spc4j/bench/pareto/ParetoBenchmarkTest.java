package org.spc4j.bench.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spc4j.core.pareto.Pareto;
import org.spc4j.core.pareto.ParetoRow;

/** The three benchmarked Pareto paths give the same table, with counts of a plain HashMap. */
class ParetoBenchmarkTest {

    @Test
    void variants_giveTheSameTable() {
        ParetoBenchmark.Data d = new ParetoBenchmark.Data();
        d.size = 200_000;
        d.setUp();
        ParetoBenchmark b = new ParetoBenchmark();
        Pareto reference = b.ofLabels(d);
        assertThat(b.counter(d)).isEqualTo(reference);
        assertThat(b.parallelCollector(d)).isEqualTo(reference);

        Map<String, Long> counts = new HashMap<>();
        for (String s : d.labels) {
            counts.merge(s, 1L, Long::sum);
        }
        assertThat(reference.rows()).hasSize(counts.size());
        for (ParetoRow r : reference.rows()) {
            assertThat(r.count()).isEqualTo(counts.get(r.category()));
        }
        assertThat(reference.totalCount()).isEqualTo(d.size);
        assertThat(b.labelScan(d)).isPositive();
    }
}
