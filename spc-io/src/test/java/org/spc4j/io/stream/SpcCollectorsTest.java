package org.spc4j.io.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.stats.Moments;

class SpcCollectorsTest {

    private static final List<Double> VALUES = new Random(7).doubles(200_000, 73.9, 74.1).boxed()
            .collect(Collectors.toList());

    @Test
    void parallelStreams_giveTheSequentialResult() {
        Moments.Summary seq = VALUES.stream().collect(SpcCollectors.moments());
        Moments.Summary par = VALUES.parallelStream().collect(SpcCollectors.moments());
        double[] array = VALUES.stream().mapToDouble(Double::doubleValue).toArray();
        assertThat(seq.count()).isEqualTo(par.count()).isEqualTo(200_000);
        assertThat(par.mean()).isCloseTo(Moments.of(array).mean(), within(1e-13));
        assertThat(par.standardDeviation()).isCloseTo(Moments.of(array).standardDeviation(), within(1e-15));

        // order-dependent: moving ranges and subgroups must see the encounter order
        ControlLimits imrSeq = VALUES.stream().collect(SpcCollectors.limits(ChartSpec.individuals()));
        ControlLimits imrPar = VALUES.parallelStream().collect(SpcCollectors.limits(ChartSpec.individuals()));
        assertThat(imrPar).isEqualTo(imrSeq).isEqualTo(ChartSpec.individuals().fit(Subgroups.individuals(array)));
        ControlLimits xbarPar = VALUES.parallelStream().collect(SpcCollectors.limits(ChartSpec.xbarR(), 5));
        assertThat(xbarPar).isEqualTo(ChartSpec.xbarR().fit(Subgroups.ofSize(5, array)));
    }

    @Test
    void badInput_namesIt() {
        assertThatThrownBy(() -> Arrays.asList(1.0, null, 2.0).stream().collect(SpcCollectors.limits(ChartSpec.individuals())))
                .hasMessageContaining("null value at index 1");
        assertThatThrownBy(() -> List.of(1.0, Double.NaN, 2.0).stream().collect(SpcCollectors.limits(ChartSpec.individuals())))
                .hasMessageContaining("NaN at index 1");
        assertThatThrownBy(() -> SpcCollectors.limits(ChartSpec.xbarR(), 0)).hasMessageContaining("was 0");
    }
}
