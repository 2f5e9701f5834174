package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link Subgroups#wrap} (no copy) and {@link Subgroups#slice}, against the copying factories. */
class SubgroupsTest {

    /* --------------- wrap --------------- */

    @Test
    void wrap_sharesTheArray_andEqualsTheCopyingFactories() {
        double[] x = {74.0, 74.1, 73.9, 74.2, 74.05, 73.95};
        Subgroups wrapped = Subgroups.wrap(1, x);
        assertThat(wrapped.rawValues()).isSameAs(x);
        assertSame(wrapped, Subgroups.individuals(x));
        assertSame(Subgroups.wrap(3, x), Subgroups.ofSize(3, x));
        assertThat(Subgroups.individuals(x).rawValues()).isNotSameAs(x);
        // The chart of wrapped values equals the chart of copied ones, and its I chart reads the same array.
        ChartResult a = ChartSpec.individuals().chart(wrapped);
        ChartResult b = ChartSpec.individuals().chart(Subgroups.individuals(x));
        for (int i = 0; i < x.length; i++) {
            assertThat(a.location().point(i)).isEqualTo(b.location().point(i));
        }
        assertThat(Subgroups.wrap(1, new double[0]).count()).isZero();
    }

    @Test
    void wrap_checksLikeOfSize() {
        assertThatThrownBy(() -> Subgroups.wrap(2, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("3 values do not split into subgroups of size 2: the last subgroup would have 1");
        assertThatThrownBy(() -> Subgroups.wrap(0, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("subgroup size must be >= 1, was 0");
        assertThatThrownBy(() -> Subgroups.wrap(1, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value NaN at index 1 (subgroup 2, position 1) is not a finite number");
        assertThatThrownBy(() -> Subgroups.wrap(1, null)).isInstanceOf(NullPointerException.class);
    }

    /* --------------- slice --------------- */

    @Test
    void slice_allSubgroups_isTheSameImmutableObject() {
        Subgroups s = Subgroups.ofSize(2, 1, 2, 3, 4).withLabels(List.of("a", "b"));
        assertThat(s.slice(0, 2)).isSameAs(s);
    }

    @Test
    void slice_ofFixedSize_keepsSizeLabelsAndStages_likeTheGeneralPath() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        Subgroups fixed = Subgroups.ofSize(2, x).withLabels(List.of("a", "b", "c", "d"))
                .withStages(List.of("s", "s", "t", "t"));
        Subgroups general = Subgroups.ofSizes(new int[] {2, 2, 2, 2}, x).withLabels(List.of("a", "b", "c", "d"))
                .withStages(List.of("s", "s", "t", "t"));
        for (int from = 0; from <= 4; from++) {
            for (int to = from; to <= 4; to++) {
                assertSame(fixed.slice(from, to), general.slice(from, to));
            }
        }
        Subgroups middle = fixed.slice(1, 3);
        assertThat(middle.values()).containsExactly(3, 4, 5, 6);
        assertThat(middle.label(0)).isEqualTo("b");
        assertThat(middle.stage(1)).isEqualTo("t");
        assertThatThrownBy(() -> fixed.slice(3, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static void assertSame(Subgroups a, Subgroups b) {
        assertThat(a.count()).isEqualTo(b.count());
        assertThat(a.values()).isEqualTo(b.values());
        for (int i = 0; i < a.count(); i++) {
            assertThat(a.size(i)).isEqualTo(b.size(i));
            assertThat(a.start(i)).isEqualTo(b.start(i));
            assertThat(a.label(i)).isEqualTo(b.label(i));
            assertThat(a.stage(i)).isEqualTo(b.stage(i));
        }
        assertThat(a.hasLabels()).isEqualTo(b.hasLabels());
        assertThat(a.hasStages()).isEqualTo(b.hasStages());
    }
}
