package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of attribute charts on random data: limits ordered and within the bounds of the
 * statistic, np = n * p, u with unit sizes = c, and Phase II of the Phase I data reproduces the
 * Phase I chart.
 */
class AttributePropertiesTest {

    /** (count, size) pairs with 0 <= count <= size, sizes 1..500, 2..60 samples. */
    private static Gen<List<List<Integer>>> samples() {
        return lists().of(lists().of(integers().between(1, 500)).ofSize(2)).ofSizeBetween(2, 60);
    }

    private static AttributeData data(List<List<Integer>> pairs) {
        double[] d = new double[pairs.size()];
        double[] n = new double[pairs.size()];
        for (int i = 0; i < d.length; i++) {
            int a = pairs.get(i).get(0);
            int b = pairs.get(i).get(1);
            n[i] = Math.max(a, b);
            d[i] = Math.min(a, b) - 1; // 0 <= d < n
        }
        return AttributeData.of(d, n);
    }

    /** True when some consecutive z-scores differ (computed on the count scale). */
    private static boolean zScoresVary(AttributeData data, boolean binomial) {
        double total = 0;
        double units = 0;
        for (int i = 0; i < data.count(); i++) {
            total += data.counted(i);
            units += data.size(i);
        }
        double c = total / units;
        if (c == 0 || (binomial && c == 1)) {
            return false; // no model variation: every z-score is 0/0
        }
        double previous = Double.NaN;
        for (int i = 0; i < data.count(); i++) {
            double n = data.size(i);
            double z = (data.counted(i) - n * c) / Math.sqrt(n * c * (binomial ? 1 - c : 1));
            if (i > 0 && z != previous) {
                return true;
            }
            previous = z;
        }
        return false;
    }

    @Test
    void limits_areOrderedAndWithinBounds() {
        qt().withExamples(300).forAll(samples()).checkAssert(pairs -> {
            AttributeData data = data(pairs);
            for (AttributeSpec spec : List.of(AttributeSpec.p(), AttributeSpec.np(), AttributeSpec.c(),
                    AttributeSpec.u(), AttributeSpec.laneyP(), AttributeSpec.laneyU())) {
                if (spec.kind().laney() && !zScoresVary(data, spec.kind().binomial())) {
                    // Laney charts refuse data whose z-scores do not vary (sigma_Z would be 0)
                    assertThatThrownBy(() -> spec.chart(data)).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("sigma_Z");
                    continue;
                }
                ControlChart c = spec.chart(data).chart();
                for (int i = 0; i < c.size(); i++) {
                    assertThat(c.lcl(i)).isGreaterThanOrEqualTo(0.0).isLessThanOrEqualTo(c.center(i));
                    assertThat(c.ucl(i)).isGreaterThanOrEqualTo(c.center(i));
                    assertThat(c.zone(i, -2)).isBetween(c.lcl(i), c.zone(i, -1));
                    assertThat(c.zone(i, 2)).isBetween(c.zone(i, 1), c.ucl(i));
                    if (spec.kind() == AttributeKind.P || spec.kind() == AttributeKind.LANEY_P) {
                        assertThat(c.ucl(i)).isLessThanOrEqualTo(1.0);
                    }
                    if (spec.kind() == AttributeKind.NP) {
                        assertThat(c.ucl(i)).isLessThanOrEqualTo(data.size(i));
                    }
                }
            }
        });
    }

    @Test
    void np_isSampleSizeTimesP_andPhaseTwoOfPhaseOneReproducesIt() {
        qt().withExamples(300).forAll(samples()).checkAssert(pairs -> {
            AttributeData data = data(pairs);
            ControlChart p = AttributeSpec.p().chart(data).chart();
            ControlChart np = AttributeSpec.np().chart(data).chart();
            for (int i = 0; i < p.size(); i++) {
                double n = data.size(i);
                assertThat(np.statistic(i)).isCloseTo(n * p.statistic(i), within(1e-12 * n));
                assertThat(np.center(i)).isCloseTo(n * p.center(i), within(1e-12 * n));
                assertThat(np.sigmaOfStatistic(i)).isCloseTo(n * p.sigmaOfStatistic(i), within(1e-12 * n));
            }
            AttributeLimits limits = AttributeSpec.p().fit(data);
            ControlChart again = limits.apply(data, 1).chart();
            for (int i = 0; i < p.size(); i++) {
                assertThat(again.point(i)).isEqualTo(p.point(i));
            }
        });
    }

    @Test
    void u_withUnitSizes_equalsC() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 400)).ofSizeBetween(1, 60)).checkAssert(xs -> {
            double[] counts = xs.stream().mapToDouble(Integer::doubleValue).toArray();
            ControlChart c = AttributeSpec.c().chart(AttributeData.counts(counts)).chart();
            ControlChart u = AttributeSpec.u().chart(AttributeData.counts(counts)).chart();
            for (int i = 0; i < c.size(); i++) {
                assertThat(u.statistic(i)).isEqualTo(c.statistic(i));
                assertThat(u.center(i)).isCloseTo(c.center(i), within(1e-12 * (1 + c.center(i))));
                assertThat(u.ucl(i)).isCloseTo(c.ucl(i), within(1e-12 * (1 + c.ucl(i))));
            }
        });
    }
}
