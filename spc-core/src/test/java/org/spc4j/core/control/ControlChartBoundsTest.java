package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The optional upper bound of ControlChart leaves charts without one unchanged; per-point accessors. */
class ControlChartBoundsTest {

    @Test
    void variablesChart_withoutUpperBound_isClampedBelowOnly() {
        ChartResult r = ChartSpec.individuals().withKnownMean(0).withKnownSigma(1).fit(Subgroups.individuals(0, 1))
                .apply(Subgroups.individuals(0.5, -0.5, 4), 1);
        assertThat(r.location().ucl(0)).isEqualTo(3.0);
        assertThat(r.location().lcl(0)).isEqualTo(-3.0);
        assertThat(r.dispersion().lcl(0)).isZero();
        assertThat(r.dispersion().ucl(0)).isCloseTo((2 / Math.sqrt(Math.PI)) + 3 * 0.8525024664, within(1e-9));
    }

    @Test
    void boundedChart_clampsEveryZoneLineAtThePointsBound() {
        ControlChart c = new ControlChart("np", 3, 0.0, new double[] {2, 10}, new int[] {1, 2},
                java.util.List.of("1", "2"), java.util.List.of("", ""), new double[] {2, 2}, new double[] {1, 5},
                new double[] {0.7, 1.5});
        assertThat(c.ucl(0)).isEqualTo(2.0);
        assertThat(c.zone(0, 1)).isCloseTo(1.7, within(1e-15));
        assertThat(c.zone(0, 2)).isEqualTo(2.0);
        assertThat(c.ucl(1)).isEqualTo(9.5);
        assertThat(c.lcl(1)).isEqualTo(0.5);
        assertThat(c.point(0).beyondLimits()).isFalse();
    }

    @Test
    void labelAndStage_ofAPoint_withoutItsRecord() {
        ChartResult r = ChartSpec.individuals().chart(Subgroups.individuals(1, 3, 2, 5)
                .withLabels(java.util.List.of("a", "b", "c", "d")).withStages(java.util.List.of("S", "S", "T", "T")));
        for (int i = 0; i < r.location().size(); i++) {
            assertThat(r.location().label(i)).isEqualTo(r.location().point(i).label());
            assertThat(r.location().stage(i)).isEqualTo(r.location().point(i).stage());
        }
        assertThat(r.dispersion().label(0)).isEqualTo(r.dispersion().point(0).label());
    }

    @Test
    void labelsAreIndexes_onlyWhenEachLabelIsItsIndex() {
        ChartResult numbered = ChartSpec.individuals().chart(Subgroups.individuals(1, 3, 2, 5));
        ChartResult labelled = ChartSpec.individuals().chart(Subgroups.individuals(1, 3, 2, 5)
                .withLabels(java.util.List.of("1", "2", "3", "x")));
        for (ControlChart c : java.util.List.of(numbered.location(), numbered.dispersion())) {
            assertThat(c.labelsAreIndexes()).as(c.name()).isTrue();
            for (int i = 0; i < c.size(); i++) {
                assertThat(c.label(i)).isEqualTo(Integer.toString(c.index(i)));
            }
        }
        assertThat(labelled.location().labelsAreIndexes()).isFalse();
        ChartResult phase2 = numbered.limits().apply(Subgroups.individuals(4, 4, 6), 5);
        for (ControlChart c : java.util.List.of(phase2.location(), phase2.dispersion())) {
            for (int i = 0; i < c.size(); i++) {
                if (c.labelsAreIndexes()) {
                    assertThat(c.label(i)).as(c.name()).isEqualTo(Integer.toString(c.index(i)));
                }
            }
        }
    }
}
