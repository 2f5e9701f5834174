package org.spc4j.core.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Property tests (QuickTheories) of Pareto tables and of merging counters. */
class ParetoPropertiesTest {

    /** Labels drawn from 12 categories, so that ties and repeats are common. */
    private static final Gen<List<String>> LABELS = lists().of(integers().between(0, 11).map(i -> "c" + i))
            .ofSizeBetween(1, 200);

    @Test
    void table_isSortedStableAndSumsTo100() {
        qt().forAll(LABELS).checkAssert(labels -> {
            Pareto p = Pareto.ofLabels(labels);
            List<ParetoRow> rows = p.rows();
            long total = 0;
            for (int i = 0; i < rows.size(); i++) {
                total += rows.get(i).count();
                if (i > 0) {
                    ParetoRow a = rows.get(i - 1);
                    ParetoRow b = rows.get(i);
                    assertThat(a.count()).isGreaterThanOrEqualTo(b.count());
                    if (a.count() == b.count()) { // ties: first-seen order
                        assertThat(labels.indexOf(a.category())).isLessThan(labels.indexOf(b.category()));
                    }
                    assertThat(b.cumulativePercent()).isGreaterThanOrEqualTo(a.cumulativePercent());
                }
                assertThat(rows.get(i).count()).isEqualTo(labels.stream().filter(rows.get(i).category()::equals).count());
            }
            assertThat(total).isEqualTo(labels.size());
            assertThat(rows.get(rows.size() - 1).cumulativePercent()).isCloseTo(100.0, within(1e-9));
            // vital few: a non-empty prefix; the row before the last vital one is still below the cut
            List<ParetoRow> vital = p.vitalFew();
            assertThat(vital).isNotEmpty().isEqualTo(rows.subList(0, vital.size()));
            if (vital.size() > 1) {
                assertThat(vital.get(vital.size() - 2).cumulativePercent()).isLessThan(80.0);
            }
            assertThat(vital.get(vital.size() - 1).cumulativePercent()).isGreaterThanOrEqualTo(80.0 - 1e-9);
        });
    }

    @Test
    void combineOfSplit_equalsSequential() {
        qt().forAll(LABELS, integers().between(0, 200)).checkAssert((labels, cut) -> {
            int k = Math.min(cut, labels.size());
            ParetoCounter left = ParetoCounter.create();
            ParetoCounter right = ParetoCounter.create();
            ParetoCounter all = ParetoCounter.create();
            labels.subList(0, k).forEach(left);
            labels.subList(k, labels.size()).forEach(right);
            labels.forEach(all);
            assertThat(left.combine(right).result()).isEqualTo(all.result());
        });
    }

    @Test
    void parallelCollector_equalsSequential() {
        qt().forAll(LABELS).checkAssert(labels ->
                assertThat(labels.parallelStream().collect(Pareto.collector())).isEqualTo(Pareto.ofLabels(labels)));
    }
}
