package org.spc4j.bench.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.stats.Moments;

/** The benchmarked I-MR and X-bar paths give the library's reference answers. */
class IndividualsChartBenchmarkTest {

    @Test
    void individuals_fitAndApply_matchChart() {
        IndividualsChartBenchmark.Data d = new IndividualsChartBenchmark.Data();
        d.size = 10_000;
        d.setUp();
        IndividualsChartBenchmark b = new IndividualsChartBenchmark();
        ChartResult reference = ChartSpec.individuals().chart(Subgroups.individuals(d.x));

        ControlLimits fitted = b.fit(d);
        assertThat(fitted).isEqualTo(reference.limits());
        assertThat(fitted.center()).isCloseTo(Moments.of(d.x).mean(), within(1e-12));
        double mrBar = 0;
        for (int i = 1; i < d.x.length; i++) {
            mrBar += Math.abs(d.x[i] - d.x[i - 1]);
        }
        mrBar /= d.x.length - 1;
        assertThat(fitted.sigma()).isCloseTo(mrBar / 1.1283791670955126, within(1e-12));

        ChartResult applied = b.apply(d);
        assertThat(applied.location().size()).isEqualTo(d.size);
        assertThat(applied.dispersion().size()).isEqualTo(d.size - 1);
        for (int i = 0; i < d.size; i += 997) {
            // Phase II numbering continues after the Phase I points; everything else is the same.
            assertThat(applied.location().index(i)).isEqualTo(d.size + 1 + i);
            assertThat(applied.location().statistic(i)).isEqualTo(reference.location().statistic(i));
            assertThat(applied.location().ucl(i)).isEqualTo(reference.location().ucl(i));
            assertThat(applied.location().lcl(i)).isEqualTo(reference.location().lcl(i));
        }
        for (int i = 0; i < d.size - 1; i += 997) {
            assertThat(applied.dispersion().statistic(i)).isEqualTo(reference.dispersion().statistic(i));
            assertThat(applied.dispersion().ucl(i)).isEqualTo(reference.dispersion().ucl(i));
        }
        assertThat(b.subgroups(d).values()).containsExactly(d.x);
    }

    @Test
    void xbar_fitAndApply_matchReference() {
        XbarChartBenchmark.Data d = new XbarChartBenchmark.Data();
        d.subgroups = 2_000;
        d.setUp();
        XbarChartBenchmark b = new XbarChartBenchmark();
        Subgroups data = Subgroups.ofSize(XbarChartBenchmark.N, d.x);

        ControlLimits r = b.xbarRFit(d);
        assertThat(r).isEqualTo(ChartSpec.xbarR().fit(data));
        assertThat(r.center()).isCloseTo(Moments.of(d.x).mean(), within(1e-12));
        double rBar = 0;
        for (int g = 0; g < d.subgroups; g++) {
            rBar += Moments.ofRange(d.x, 5 * g, 5 * g + 5).range();
        }
        rBar /= d.subgroups;
        assertThat(r.sigma()).isCloseTo(rBar / ControlConstants.exact().d2(5), within(1e-12));

        assertThat(b.xbarSFit(d)).isEqualTo(ChartSpec.xbarS().fit(data));
        ChartResult applied = b.xbarRApply(d);
        assertThat(applied.location().size()).isEqualTo(d.subgroups);
        assertThat(applied.location().statistic(7)).isCloseTo(Moments.ofRange(d.x, 35, 40).mean(), within(1e-12));
    }
}
