package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spc4j.core.constants.ControlConstants;

/**
 * g and t charts against brute-force re-implementations of the published formulas, written
 * differently: the g chart through the geometric fit p = 1 / (g-bar + 1) and its standard
 * deviation sqrt(1 - p) / p (Kaminsky et al. 1992, J. Quality Technology 24(2), 63-69; Benneyan
 * 2001, Health Care Management Science 4, 305-318); the t chart through logarithms,
 * y = exp(ln(t) / 3.6) and back-transform exp(3.6 ln(limit)) (Nelson 1994, J. Quality Technology
 * 26(3), 239-240; Montgomery, Introduction to Statistical Quality Control, section 7.3.5).
 */
class RareEventChartTest {

    // number of procedures between consecutive infections
    private static final double[] G = {35, 12, 80, 4, 51, 27, 9, 250, 61, 23, 0, 44};
    // hours between failures
    private static final double[] T = {286, 948, 536, 124, 816, 729, 4, 143, 431, 8, 2837, 596, 81, 227, 603,
                                       492, 1199, 1214, 2831, 96};

    @Test
    void g_matchesGeometricFit() {
        double mean = 0;
        for (double g : G) {
            mean += g / G.length;
        }
        double p = 1 / (mean + 1);
        double sd = Math.sqrt(1 - p) / p;
        RareEventResult r = RareEventSpec.g().chart(Subgroups.individuals(G));
        ControlChart c = r.chart();
        assertThat(c.name()).isEqualTo("g");
        assertThat(c.center(0)).isCloseTo(mean, within(1e-13));
        assertThat(c.sigmaOfStatistic(0)).isCloseTo(sd, within(1e-12));
        assertThat(c.ucl(0)).isCloseTo(mean + 3 * sd, within(1e-12));
        assertThat(c.lcl(0)).isZero();
        assertThat(c.statistic(7)).isEqualTo(250.0);
        assertThat(c.pointsBeyondLimits()).extracting(ChartPoint::index).containsExactly(8); // 250 > 49.67 + 3 * 50.16
        assertThat(r.uclTime(0)).isEqualTo(c.ucl(0));
    }

    @Test
    void g_knownProbability_givesGeometricMoments() {
        RareEventLimits limits = RareEventSpec.g().withKnownProbability(0.02).limits();
        assertThat(limits.center()).isCloseTo(49, within(1e-12));
        assertThat(limits.sigma()).isCloseTo(Math.sqrt(0.98) * 50, within(1e-12));
        RareEventResult r = limits.apply(Subgroups.individuals(3, 300));
        assertThat(r.chart().index(0)).isEqualTo(1);
        assertThat(r.inControl()).isFalse();
        RareEventLimits fitted = RareEventSpec.g().withKnownProbability(0.02).fit(Subgroups.individuals(G));
        assertThat(fitted.center()).isEqualTo(limits.center());
        assertThat(fitted.phase1Count()).isEqualTo(12);
        assertThat(fitted.apply(Subgroups.individuals(7)).chart().index(0)).isEqualTo(13);
    }

    @Test
    void t_exponential_matchesLogTransformIndividualsChart() {
        for (ControlConstants.Table table : ControlConstants.Table.values()) {
            double d2 = table == ControlConstants.Table.PRINTED ? 1.128 : 2 / Math.sqrt(Math.PI);
            double[] y = new double[T.length];
            double mean = 0;
            for (int i = 0; i < T.length; i++) {
                y[i] = Math.exp(Math.log(T[i]) / 3.6);
                mean += y[i] / T.length;
            }
            double mr = 0;
            for (int i = 1; i < y.length; i++) {
                mr += Math.abs(y[i] - y[i - 1]) / (y.length - 1);
            }
            double sigma = mr / d2;
            RareEventResult r = RareEventSpec.t().withConstants(table).chart(Subgroups.individuals(T));
            ControlChart c = r.chart();
            assertThat(c.name()).isEqualTo("t");
            for (int i = 0; i < T.length; i++) {
                assertThat(c.statistic(i)).isCloseTo(y[i], within(1e-13));
            }
            assertThat(c.center(0)).isCloseTo(mean, within(1e-13));
            assertThat(c.sigmaOfStatistic(0)).isCloseTo(sigma, within(1e-13));
            double ucl = mean + 3 * sigma;
            double lcl = Math.max(0, mean - 3 * sigma);
            assertThat(c.ucl(0)).isCloseTo(ucl, within(1e-13));
            assertThat(c.lcl(0)).isCloseTo(lcl, within(1e-13));
            assertThat(r.uclTime(0)).isCloseTo(Math.exp(3.6 * Math.log(ucl)), within(1e-9 * r.uclTime(0)));
            assertThat(r.lclTime(0)).isCloseTo(lcl == 0 ? 0 : Math.exp(3.6 * Math.log(lcl)), within(1e-9));
        }
    }

    @Test
    void t_weibull_usesShapeOverThreePointSix() {
        RareEventResult r = RareEventSpec.tWeibull(2).chart(Subgroups.individuals(T));
        assertThat(r.limits().exponent()).isCloseTo(2 / 3.6, within(1e-16));
        assertThat(r.chart().statistic(0)).isCloseTo(Math.exp(Math.log(286) * 2 / 3.6), within(1e-12));
        assertThat(r.limits().toTime(r.chart().statistic(0))).isCloseTo(286, within(1e-10));
        assertThat(r.toString()).startsWith("t chart limits, 3-sigma, transform y = t^0.5555556");
    }

    @Test
    void badInput_throwsNamingValueAndIndex() {
        assertThatThrownBy(() -> RareEventSpec.g().fit(Subgroups.individuals(3, 2.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value 2.5 at index 1 (label 2) is not an integer: a g chart counts units between events");
        assertThatThrownBy(() -> RareEventSpec.t().fit(Subgroups.individuals(3, -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value -1.0 at index 1 (label 2) is negative: a t chart needs times >= 0");
        assertThatThrownBy(() -> RareEventSpec.g().fit(Subgroups.ofSize(2, 1, 2, 3, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value per event");
        assertThatThrownBy(() -> RareEventSpec.t().fit(Subgroups.individuals(5, 5, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spread");
        assertThatThrownBy(() -> RareEventSpec.t().withKnownProbability(0.1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RareEventSpec.g().withKnownProbability(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RareEventSpec.tWeibull(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RareEventSpec.g().fit(Subgroups.individuals(1, 2).withStages(List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts stage 'b'");
    }
}
