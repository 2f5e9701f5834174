package org.spc4j.core.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ParetoTest {

    /* --- reference: qcc 3.0 paretoChart (reference/examples/qcc-pareto-defects.*) --- */

    private static Pareto qccDefects() throws IOException {
        List<String> cats = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        try (InputStream in = ParetoTest.class.getResourceAsStream("/reference/examples/qcc-pareto-defects.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.lastIndexOf(',');
                cats.add(line.substring(0, comma).replace("\"", ""));
                counts.add(Long.parseLong(line.substring(comma + 1).trim()));
            }
        }
        return Pareto.ofCounts(cats, counts.stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void ofCounts_qccDefects_matchesPublishedTable() throws IOException {
        // qcc 3.0 vignette / paretoChart help: frequency, cum. frequency, percentage, cum. percentage (2 dp)
        Pareto p = qccDefects();
        String[] cat = {"contact num.", "price code", "supplier code", "part num.", "schedule date"};
        long[] freq = {94, 80, 66, 33, 27};
        double[] pct = {31.33, 26.67, 22.00, 11.00, 9.00};
        double[] cum = {31.33, 58.00, 80.00, 91.00, 100.00};
        assertThat(p.rows()).hasSize(5);
        long cumFreq = 0;
        long[] qccCumFreq = {94, 174, 240, 273, 300};
        for (int i = 0; i < 5; i++) {
            ParetoRow r = p.rows().get(i);
            cumFreq += r.count();
            assertThat(r.category()).isEqualTo(cat[i]);
            assertThat(r.count()).isEqualTo(freq[i]);
            assertThat(cumFreq).isEqualTo(qccCumFreq[i]);
            assertThat(r.percent()).isCloseTo(pct[i], within(0.005));
            assertThat(r.cumulativePercent()).isCloseTo(cum[i], within(0.005));
        }
        assertThat(p.totalCount()).isEqualTo(300);
        // 80 % is reached exactly at "supplier code" (240 / 300): the vital few are the first three.
        assertThat(p.vitalFew()).extracting(ParetoRow::category)
                .containsExactly("contact num.", "price code", "supplier code");
    }

    /* --- ordering --- */

    @Test
    void ofLabels_ties_keepFirstSeenOrder() {
        Pareto p = Pareto.ofLabels(List.of("b", "a", "c", "a", "b", "c", "d"));
        assertThat(p.rows()).extracting(ParetoRow::category).containsExactly("b", "a", "c", "d");
        assertThat(p.rows()).extracting(ParetoRow::count).containsExactly(2L, 2L, 2L, 1L);
    }

    @Test
    void ofCounts_ties_keepInputOrder() {
        Pareto p = Pareto.ofCounts(List.of("x", "y", "z", "w"), new long[] {1, 5, 1, 5});
        assertThat(p.rows()).extracting(ParetoRow::category).containsExactly("y", "w", "x", "z");
    }

    @Test
    void ofLabels_streamAndIterableAndCollector_agree() {
        List<String> labels = List.of("a", "b", "b", "c", "c", "c");
        Pareto a = Pareto.ofLabels(labels);
        Pareto b = Pareto.ofLabels(labels.stream());
        Pareto c = labels.stream().collect(Pareto.collector());
        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
        assertThat(a.rows().get(0).percent()).isCloseTo(50.0, within(1e-12));
        assertThat(a.rows().get(2).cumulativePercent()).isEqualTo(100.0);
    }

    /* --- vital few and Other --- */

    @Test
    void vitalFew_customCut_includesRowThatCrossesIt() {
        Pareto p = ParetoAnalysis.withDefaults().withVitalFewCut(0.5)
                .ofCounts(List.of("a", "b", "c"), new long[] {40, 30, 30});
        assertThat(p.vitalFew()).extracting(ParetoRow::category).containsExactly("a", "b");
    }

    @Test
    void other_smallCategories_mergedAndKeptLast() {
        Pareto p = ParetoAnalysis.withDefaults().withOtherBelow(5.0)
                .ofCounts(List.of("a", "tiny1", "b", "tiny2", "c"), new long[] {50, 2, 30, 3, 15});
        assertThat(p.rows()).extracting(ParetoRow::category).containsExactly("a", "b", "c", "Other");
        ParetoRow other = p.rows().get(3);
        assertThat(other.other()).isTrue();
        assertThat(other.count()).isEqualTo(5);
        assertThat(other.percent()).isCloseTo(5.0, within(1e-12));
        assertThat(other.cumulativePercent()).isCloseTo(100.0, within(1e-12));
    }

    @Test
    void other_keptLastEvenWhenLargerThanOthers() {
        // eight categories of 3 % merge into 24 %, larger than "b" (20 %)
        List<String> cats = new ArrayList<>(List.of("a", "b"));
        long[] counts = new long[10];
        counts[0] = 56;
        counts[1] = 20;
        for (int i = 0; i < 8; i++) {
            cats.add("small" + i);
            counts[i + 2] = 3;
        }
        Pareto p = ParetoAnalysis.withDefaults().withOtherBelow(4.0).ofCounts(cats, counts);
        assertThat(p.rows()).extracting(ParetoRow::category).containsExactly("a", "b", "Other");
        assertThat(p.rows().get(2).percent()).isCloseTo(24.0, within(1e-12));
    }

    @Test
    void other_singleSmallCategory_keepsItsName() {
        Pareto p = ParetoAnalysis.withDefaults().withOtherBelow(5.0)
                .ofCounts(List.of("a", "b", "rare"), new long[] {60, 38, 2});
        assertThat(p.rows()).extracting(ParetoRow::category).containsExactly("a", "b", "rare");
        assertThat(p.rows()).noneMatch(ParetoRow::other);
    }

    @Test
    void other_categoryNamedLikeBucket_throws() {
        ParetoAnalysis a = ParetoAnalysis.withDefaults().withOtherBelow(5.0);
        assertThatThrownBy(() -> a.ofCounts(List.of("a", "Other", "x", "y"), new long[] {90, 10, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Other' at index 1");
    }

    /* --- weighted --- */

    @Test
    void ofWeighted_ranksByCost() {
        Pareto p = Pareto.ofWeighted(List.of("scratch", "crack", "dent"), new long[] {50, 5, 20},
                new double[] {1.0, 40.0, 2.0});
        assertThat(p.weighted()).isTrue();
        assertThat(p.rows()).extracting(ParetoRow::category).containsExactly("crack", "scratch", "dent");
        assertThat(p.rows()).extracting(ParetoRow::value).containsExactly(200.0, 50.0, 40.0);
        assertThat(p.total()).isEqualTo(290.0);
        assertThat(p.totalCount()).isEqualTo(75);
        assertThat(p.row("crack").percent()).isCloseTo(100 * 200.0 / 290.0, within(1e-12));
        assertThat(p.toString()).contains("crack").contains("weighted");
    }

    @Test
    void counter_weightedRecords_mergeAndCheckConsistency() {
        ParetoCounter c = ParetoCounter.create();
        c.accept("a", 2, 3.0);
        c.accept("b", 1, 10.0);
        c.accept("a", 1, 3.0);
        assertThat(c.result().row("a").value()).isEqualTo(9.0);
        assertThatThrownBy(() -> c.accept("a", 1, 4.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' at index 3 has weight 4.0");
    }

    /* --- bad input --- */

    @Test
    void ofCounts_negativeCount_namesValueAndIndex() {
        assertThatThrownBy(() -> Pareto.ofCounts(List.of("a", "b"), new long[] {3, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count -1 of category 'b' at index 1 is negative");
    }

    @Test
    void ofCounts_duplicateCategory_namesBothIndices() {
        assertThatThrownBy(() -> Pareto.ofCounts(List.of("a", "b", "a"), new long[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 0 and 2");
    }

    @Test
    void ofLabels_nullLabel_namesIndex() {
        assertThatThrownBy(() -> Pareto.ofLabels(Arrays.asList("a", "b", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label at index 2 is null");
    }

    @Test
    void ofWeighted_badWeight_namesValueAndIndex() {
        assertThatThrownBy(() -> Pareto.ofWeighted(List.of("a", "b"), new long[] {1, 2},
                new double[] {1.0, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight NaN of category 'b' at index 1");
    }

    @Test
    void emptyOrZeroTotal_throws() {
        assertThatThrownBy(() -> Pareto.ofCounts(List.of(), new long[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no categories");
        assertThatThrownBy(() -> Pareto.ofCounts(List.of("a", "b"), new long[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is 0");
        assertThatThrownBy(() -> Pareto.ofCounts(List.of("a"), new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
    }

    @Test
    void config_badValues_throw() {
        assertThatThrownBy(() -> ParetoAnalysis.withDefaults().withVitalFewCut(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> ParetoAnalysis.withDefaults().withOtherBelow(100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 100.0");
    }

    /* --- combine and scale --- */

    @Test
    void combine_isConcatenation() {
        ParetoCounter left = ParetoCounter.create();
        ParetoCounter right = ParetoCounter.create();
        ParetoCounter all = ParetoCounter.create();
        List<String> l1 = List.of("x", "y", "x");
        List<String> l2 = List.of("z", "y", "z", "w");
        l1.forEach(left);
        l2.forEach(right);
        l1.forEach(all);
        l2.forEach(all);
        assertThat(left.combine(right).result()).isEqualTo(all.result());
        assertThat(ParetoCounter.create().combine(all).result()).isEqualTo(all.result());
        assertThat(left.records()).isEqualTo(7);
    }

    @Test
    void tenMillionLabels_countedInOnePass() {
        String[] names = {"solder", "scratch", "missing part", "misaligned", "crack", "dent", "stain"};
        int n = 10_000_000;
        // A stream of labels consumed once; only the 7 distinct categories allocate state.
        Stream<String> labels = IntStream.range(0, n).mapToObj(i -> names[(i * 31 + i / 7) % 7 == 0 ? 0 : i % 7]);
        long start = System.nanoTime();
        Pareto p = Pareto.ofLabels(labels);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(p.totalCount()).isEqualTo(n);
        long expectedSolder = IntStream.range(0, n).filter(i -> (i * 31 + i / 7) % 7 == 0 || i % 7 == 0).count();
        assertThat(p.row("solder").count()).isEqualTo(expectedSolder);
        assertThat(p.rows().get(0).category()).isEqualTo("solder");
        assertThat(seconds).as("seconds for 10 million labels").isLessThan(20.0);
    }

    @Test
    void toString_isATable() {
        String s = Pareto.ofCounts(List.of("a", "b"), new long[] {3, 1}).toString();
        assertThat(s).contains("category").contains("cum.%").contains("75.00").contains("100.00");
    }
}
