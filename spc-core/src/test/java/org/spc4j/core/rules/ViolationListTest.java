package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The compact list behind batch results reads back what was added, as an unmodifiable {@code List}. */
class ViolationListTest {

    @Test
    void readsBackWhatWasAdded_andEqualsAnOrdinaryList() {
        List<String> ids = List.of("NELSON1", "NELSON2");
        ViolationList.Builder b = new ViolationList.Builder(ids);
        List<Violation> expected = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {        // past the growths of the first chunk, into a third
            b.add(i % 2, i + 10, i);
            expected.add(new Violation(ids.get(i % 2), i + 10, i));
        }
        ViolationList list = b.build();
        assertThat(list).hasSize(10_000).isEqualTo(expected).containsExactlyElementsOf(expected);
        assertThat(list.hashCode()).isEqualTo(expected.hashCode());
        assertThat(list.get(999)).isEqualTo(new Violation("NELSON1", 1010, 1000));
        assertThat(list.get(4096)).isEqualTo(new Violation("NELSON2", 4107, 4097));   // first of the second chunk
        assertThat(list.get(9999)).isEqualTo(new Violation("NELSON1", 10_010, 10_000));
        assertThatThrownBy(() -> b.add(0, 5000, 4990)).as("a builder is used once")
                .isInstanceOf(NullPointerException.class);
        assertThat(list).hasSize(10_000);
    }

    @Test
    void isUnmodifiable_andNamesABadIndex() {
        ViolationList list = new ViolationList.Builder(List.of("WE1")).build();
        assertThat(list).isEmpty();
        assertThatThrownBy(() -> list.add(new Violation("WE1", 1, 1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 0 of 0 violations");
        RuleViolations result = new RuleViolations("i", List.of("WE1"), list);
        assertThat(result.violations()).isSameAs(list);
    }

    /** The views of a result read the compact list without records; they answer as for a list of records. */
    @Test
    void resultViews_agreeWithAListOfRecords() {
        Random random = new Random(3);
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        RuleViolations compact = RuleSet.nelson().evaluate(x, 0.0, 1.0);
        assertThat(compact.violations()).isInstanceOf(ViolationList.class).hasSizeGreaterThan(500);
        RuleViolations records = new RuleViolations("", compact.rules(), new ArrayList<>(compact.violations()));
        assertThat(records.violations()).isNotInstanceOf(ViolationList.class);
        assertThat(compact.points()).isEqualTo(records.points());
        for (String rule : compact.rules()) {
            assertThat(compact.violationsOf(rule)).as(rule).isEqualTo(records.violationsOf(rule));
            assertThat(compact.indexesOf(rule)).as(rule).isEqualTo(records.indexesOf(rule));
        }
        for (int index = 1; index <= 300; index++) {
            assertThat(compact.rulesAt(index)).as("point %d", index).isEqualTo(records.rulesAt(index));
        }
        assertThat(compact).isEqualTo(records);
    }
}
