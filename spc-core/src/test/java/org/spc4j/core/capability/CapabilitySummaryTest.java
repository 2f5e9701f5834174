package org.spc4j.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.stats.Moments;

class CapabilitySummaryTest {

    private static double[] data(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 74.0 + 0.01 * r.nextGaussian();
        }
        return x;
    }

    /** The summary of the data, computed with the core's own pieces. */
    private static CapabilitySummary summary(Subgroups s, SigmaMethod method, SpecLimits specs) {
        double[] x = s.values();
        Moments m = Moments.of(x);
        long below = 0;
        long above = 0;
        for (double v : x) {
            below += v < specs.lsl() ? 1 : 0;
            above += v > specs.usl() ? 1 : 0;
        }
        return new CapabilitySummary(x.length, s.count(), m.mean(), m.standardDeviation(), method,
                method.estimate(s, 2, ControlConstants.exact()), 2, below, above);
    }

    @Test
    void analyze_summary_identicalToAnalyzeData() {
        SpecLimits specs = SpecLimits.twoSided(73.98, 74.025).withTarget(74.0);
        Subgroups sub = Subgroups.ofSize(5, data(125, 1));
        Subgroups ind = Subgroups.individuals(data(60, 2));
        for (CapabilityAnalysis a : new CapabilityAnalysis[] {CapabilityAnalysis.withDefaults(),
            CapabilityAnalysis.withDefaults().withConvention(Convention.QCC).withOverallSigma(OverallSigma.UNBIASED),
            CapabilityAnalysis.withDefaults().withCpmSigma(CpmSigma.WITHIN)}) {
            assertThat(a.analyze(summary(sub, SigmaMethod.POOLED, specs), specs)).isEqualTo(a.analyze(sub, specs));
            assertThat(a.analyze(summary(ind, SigmaMethod.AVERAGE_MOVING_RANGE, specs), specs))
                    .isEqualTo(a.analyze(ind, specs));
        }
        CapabilityAnalysis rbar = CapabilityAnalysis.withDefaults().withWithinSigma(SigmaMethod.R_BAR);
        SpecLimits upper = SpecLimits.upperOnly(74.01);
        assertThat(rbar.analyze(summary(sub, SigmaMethod.R_BAR, upper), upper)).isEqualTo(rbar.analyze(sub, upper));
    }

    @Test
    void analyze_summaryWithOtherMethodThanAnalysis_refused() {
        SpecLimits specs = SpecLimits.twoSided(73.98, 74.02);
        CapabilitySummary s = summary(Subgroups.ofSize(5, data(50, 3)), SigmaMethod.POOLED, specs);
        assertThatThrownBy(() -> CapabilityAnalysis.withDefaults().withWithinSigma(SigmaMethod.S_BAR).analyze(s, specs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this analysis estimates the within sigma by S_BAR, the summary's is by POOLED");
    }

    @Test
    void summary_badNumbers_refusedNamingThem() {
        assertThatThrownBy(() -> new CapabilitySummary(1, 1, 0, 1, SigmaMethod.POOLED, 1, 2, 0, 0))
                .hasMessageContaining("at least 2 values, got 1");
        assertThatThrownBy(() -> new CapabilitySummary(10, 11, 0, 1, SigmaMethod.POOLED, 1, 2, 0, 0))
                .hasMessageContaining("subgroups must be in 1..10");
        assertThatThrownBy(() -> new CapabilitySummary(10, 2, 0, 1, SigmaMethod.POOLED, 1, 2, 6, 5))
                .hasMessageContaining("were below 6, above 5");
        assertThatThrownBy(() -> CapabilityAnalysis.withDefaults().analyze(
                new CapabilitySummary(10, 2, 0, 0, SigmaMethod.POOLED, 1, 2, 0, 0), SpecLimits.twoSided(-1, 1)))
                .hasMessageContaining("no spread");
    }
}
