package org.spc4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

/**
 * Property tests (QuickTheories) of the M4 reduction: for any line (vertices in order of x, with
 * gaps) and any number of columns, the reduced line keeps, per column and stretch between gaps,
 * the first, a lowest, a highest and the last vertex, at most four, each an original vertex and
 * in the original order; the gaps stay where they were; keeping all vertices keeps all.
 */
class EnvelopePropertiesTest {

    /** Vertex k at x = k (or a gap when the code is 0), y from the code. */
    @Test
    void reduced_keepsFirstLowestHighestLastOfEveryColumn_inOrder() {
        qt().withExamples(1000).forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 400),
                integers().between(1, 60)).checkAssert((codes, count) -> {
                    Envelope.Columns columns = new Envelope.Columns(0, codes.size(), count);
                    XYSeries all = new XYSeries("all", false, true);
                    XYSeries reduced = new XYSeries("reduced", false, true);
                    Envelope.Sink a = Envelope.all(all);
                    Envelope.Sink r = Envelope.reduced(reduced, columns);
                    for (int k = 0; k < codes.size(); k++) {
                        if (codes.get(k) == 0) {
                            a.gap(k);
                            r.gap(k);
                        } else {
                            a.add(k, codes.get(k) % 7 - 3.5);
                            r.add(k, codes.get(k) % 7 - 3.5);
                        }
                    }
                    a.finish();
                    r.finish();
                    assertThat(all.getItemCount()).isEqualTo(codes.size());
                    check(all, reduced, columns);
                });
    }

    private static void check(XYSeries all, XYSeries reduced, Envelope.Columns columns) {
        // the reduced line is a subsequence of the original (same x and y, same order, gaps included)
        int j = 0;
        for (int k = 0; k < reduced.getItemCount(); k++) {
            while (j < all.getItemCount() && !same(all, j, reduced, k)) {
                j++;
            }
            assertThat(j).as("reduced vertex %d is an original vertex, in order", k).isLessThan(all.getItemCount());
            j++;
        }
        // per stretch between gaps and column: first, last, min and max kept, at most four vertices
        for (List<Integer> group : groups(all, columns)) {
            List<Integer> kept = new ArrayList<>();
            for (int k = 0; k < reduced.getItemCount(); k++) {
                for (int g : group) {
                    if (same(all, g, reduced, k)) {
                        kept.add(g);
                    }
                }
            }
            double min = group.stream().mapToDouble(g -> all.getY(g).doubleValue()).min().orElseThrow();
            double max = group.stream().mapToDouble(g -> all.getY(g).doubleValue()).max().orElseThrow();
            assertThat(kept).hasSizeLessThanOrEqualTo(4).contains(group.get(0), group.get(group.size() - 1));
            assertThat(kept.stream().mapToDouble(g -> all.getY(g).doubleValue()).min().orElseThrow()).isEqualTo(min);
            assertThat(kept.stream().mapToDouble(g -> all.getY(g).doubleValue()).max().orElseThrow()).isEqualTo(max);
        }
        long gaps = 0;
        for (int k = 0; k < all.getItemCount(); k++) {
            gaps += all.getY(k) == null ? 1 : 0;
        }
        long reducedGaps = 0;
        for (int k = 0; k < reduced.getItemCount(); k++) {
            reducedGaps += reduced.getY(k) == null ? 1 : 0;
        }
        assertThat(reducedGaps).isEqualTo(gaps);
    }

    /** Positions of the original vertices, grouped by stretch between gaps and column. */
    private static List<List<Integer>> groups(XYSeries all, Envelope.Columns columns) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> current = null;
        int column = -1;
        for (int k = 0; k < all.getItemCount(); k++) {
            if (all.getY(k) == null) {
                current = null;
                continue;
            }
            int c = columns.of(all.getX(k).doubleValue());
            if (current == null || c != column) {
                current = new ArrayList<>();
                groups.add(current);
                column = c;
            }
            current.add(k);
        }
        return groups;
    }

    private static boolean same(XYSeries a, int i, XYSeries b, int k) {
        return a.getX(i).doubleValue() == b.getX(k).doubleValue()
                && (a.getY(i) == null ? b.getY(k) == null : b.getY(k) != null
                        && a.getY(i).doubleValue() == b.getY(k).doubleValue());
    }

    @Test
    void columns_mapTheRangeOntoCountColumns() {
        Envelope.Columns c = new Envelope.Columns(0.5, 10.5, 5);
        assertThat(c.of(0.5)).isZero();
        assertThat(c.of(2.49)).isZero();
        assertThat(c.of(2.5)).isEqualTo(1);
        assertThat(c.of(10.5)).isEqualTo(4);
        assertThat(c.of(-3)).isZero();
        assertThat(c.of(99)).isEqualTo(4);
    }
}
