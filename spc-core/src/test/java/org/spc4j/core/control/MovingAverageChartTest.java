package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Moving-average chart against its definition (Montgomery, section 9.3). */
class MovingAverageChartTest {

    @Test
    void ma_individuals_averagesLastWAndWidensLimitsAtStart() {
        double[] x = {9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34};
        MovingAverageResult r = MovingAverageSpec.ofSpan(5).withKnownMean(10).withKnownSigma(1).limits()
                .apply(Subgroups.individuals(x));
        ControlChart c = r.chart();
        for (int i = 0; i < x.length; i++) {
            int w = Math.min(i + 1, 5);
            double sum = 0;
            for (int j = i; j > i - w; j--) {
                sum += x[j];
            }
            assertThat(c.statistic(i)).isCloseTo(sum / w, within(1e-14));
            assertThat(c.ucl(i)).isCloseTo(10 + 3 / Math.sqrt(w), within(1e-14));
            assertThat(c.lcl(i)).isCloseTo(10 - 3 / Math.sqrt(w), within(1e-14));
        }
        assertThat(c.ucl(0)).isEqualTo(13.0);
        assertThat(c.ucl(4)).isEqualTo(c.ucl(9));
        assertThat(c.name()).isEqualTo("ma");
        assertThat(r.inControl()).isTrue();
    }

    @Test
    void ma_subgroups_useSigmaOfTheMeans() {
        Subgroups data = Subgroups.of(new double[] {1, 3}, new double[] {2, 2, 2, 6}, new double[] {5});
        ControlChart c = MovingAverageSpec.ofSpan(2).withKnownMean(2).withKnownSigma(2).limits().apply(data).chart();
        assertThat(c.statistic(1)).isCloseTo((2 + 3) / 2.0, within(1e-15));
        assertThat(c.sigmaOfStatistic(1)).isCloseTo(2 * Math.sqrt(1 / 2.0 + 1 / 4.0) / 2, within(1e-15));
        assertThat(c.sigmaOfStatistic(2)).isCloseTo(2 * Math.sqrt(1 / 4.0 + 1.0) / 2, within(1e-15));
    }

    @Test
    void ma_phaseOneFit_continuesNumberingInPhaseTwo() {
        MovingAverageLimits limits = MovingAverageSpec.ofSpan(3).fit(Subgroups.individuals(1, 2, 1, 2, 1, 2));
        assertThat(limits.process().center()).isEqualTo(1.5);
        assertThat(limits.process().sigma()).isCloseTo(1 / (2 / Math.sqrt(Math.PI)), within(1e-15));
        MovingAverageResult r = limits.apply(Subgroups.individuals(1, 2));
        assertThat(r.chart().index(0)).isEqualTo(7);
        assertThat(r.toString()).startsWith("moving-average limits, span 3, 3-sigma; center 1.5, sigma 0.8862269");
    }

    @Test
    void ma_badSpan_throws() {
        assertThatThrownBy(() -> MovingAverageSpec.ofSpan(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("span must be >= 1, was 0");
    }
}
