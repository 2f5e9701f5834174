package org.spc4j.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class AndersonDarlingTest {

    static double[] mtcarsMpg() {
        return ReferenceData.csv("/reference/capability/r-mtcars-mpg.csv").stream()
                .mapToDouble(r -> Double.parseDouble(r[1])).toArray();
    }

    @Test
    void normal_mtcarsMpg_matchesNortestAndEnvStats() {
        // R nortest::ad.test(mtcars$mpg): A = 0.57968, p-value = 0.1207
        // R EnvStats::gofTest(mtcars$mpg, test = "ad")$p.value: 0.1207371
        double[] mpg = mtcarsMpg();
        assertThat(mpg).hasSize(32);
        AndersonDarling ad = AndersonDarling.normal(mpg);
        assertThat(ad.mean()).isCloseTo(20.09062, within(0.5e-5)); // R: mean(mtcars$mpg)
        assertThat(ad.statistic()).isCloseTo(0.57968, within(0.5e-5));
        assertThat(ad.pValue()).isCloseTo(0.1207371, within(0.5e-7));
        assertThat(ad.adjustedStatistic()).isCloseTo(ad.statistic() * (1 + 0.75 / 32 + 2.25 / 1024), within(1e-15));
        assertThat(ad.rejectsNormality(0.05)).isFalse();
        assertThat(ad.rejectsNormality(0.15)).isTrue();
        assertThat(ad.toString()).contains("A^2 0.57968").contains("p-value 0.1207");
    }

    @Test
    void normal_fBasicsValues_agreeTo12Decimals() {
        // R fBasics adTest, as recorded in statsmodels test_statstools.py (see resources README)
        double[] x = ReferenceData.csv("/reference/capability/fbasics-adtest.csv").stream()
                .mapToDouble(r -> Double.parseDouble(r[0])).toArray();
        double[][] expected = {
            {0.5867235358882148, 0.1115380760041617},
            {2.976266267594575, 8.753003709960645e-08},
            {0.4892557856308528, 0.1968040759316307},
            {1.4599014654282669312, 0.0006380009232897535}};
        DoubleUnaryOperator[] f = {v -> v, v -> v * v, v -> Math.log(v * v), v -> Math.exp(-v * v)};
        for (int k = 0; k < 4; k++) {
            double[] y = Arrays.stream(x).map(f[k]).toArray();
            AndersonDarling ad = AndersonDarling.normal(y);
            assertThat(ad.statistic()).as("A^2 case %d", k).isCloseTo(expected[k][0], within(1e-12));
            assertThat(ad.pValue()).as("p case %d", k).isCloseTo(expected[k][1], within(1e-12));
        }
    }

    @Test
    void statistic_matchesDirectDefinition() {
        double[] x = {2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 3.9, 4.1, 2.5};
        AndersonDarling ad = AndersonDarling.normal(x);
        double[] s = x.clone();
        Arrays.sort(s);
        NormalDistribution nd = new NormalDistribution(null, ad.mean(), ad.standardDeviation());
        double sum = 0;
        for (int i = 1; i <= 10; i++) {
            sum += (2 * i - 1) * (Math.log(nd.cumulativeProbability(s[i - 1]))
                    + Math.log(1 - nd.cumulativeProbability(s[10 - i])));
        }
        assertThat(ad.statistic()).isCloseTo(-10 - sum / 10, within(1e-12));
    }

    @Test
    void pValue_branchesOfDAgostinoStephens() {
        // each branch evaluated at a point inside it, from the published coefficients
        assertThat(AndersonDarling.pValue(0.1)).isCloseTo(1 - Math.exp(-13.436 + 10.114 - 2.2373), within(1e-15));
        assertThat(AndersonDarling.pValue(0.3)).isCloseTo(1 - Math.exp(-8.318 + 12.8388 - 5.39442), within(1e-15));
        assertThat(AndersonDarling.pValue(0.5)).isCloseTo(Math.exp(0.9177 - 2.1395 - 0.345), within(1e-15));
        assertThat(AndersonDarling.pValue(1.0)).isCloseTo(Math.exp(1.2937 - 5.709 + 0.0186), within(1e-15));
        // the branches nearly meet at their borders (the table is a fit: the largest jump, 0.0033, is at 0.34)
        for (double b : new double[] {0.2, 0.34, 0.6}) {
            assertThat(AndersonDarling.pValue(b - 1e-12)).isCloseTo(AndersonDarling.pValue(b), within(3.5e-3));
        }
        assertThat(AndersonDarling.pValue(10)).isEqualTo(AndersonDarling.SMALLEST_P_VALUE);
    }

    @Test
    void normal_farOutlier_givesLargeFiniteStatisticAndUpperBound() {
        double[] x = new double[50];
        for (int i = 0; i < 49; i++) {
            x[i] = Math.sin(i) * 1e-3;
        }
        x[49] = 1e6;
        AndersonDarling ad = AndersonDarling.normal(x);
        assertThat(ad.statistic()).isFinite().isGreaterThan(10);
        assertThat(ad.pValueIsUpperBound()).isTrue();
        assertThat(ad.pValue()).isEqualTo(AndersonDarling.SMALLEST_P_VALUE);
        assertThat(ad.toString()).contains("p-value < 3.70e-24");
    }

    @Test
    void logCdf_continuousAcrossAsymptoticSwitch() {
        assertThat(AndersonDarling.logCdf(-37 + 1e-9)).isCloseTo(AndersonDarling.logCdf(-37 - 1e-9),
                within(1e-6));
        assertThat(AndersonDarling.logCdf(-40)).isCloseTo(-804.608442013754, within(1e-6));
    }

    @Test
    void normal_badData_throws() {
        assertThatThrownBy(() -> AndersonDarling.normal(1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3 values, got 2");
        assertThatThrownBy(() -> AndersonDarling.normal(3, 3, 3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no spread");
        assertThatThrownBy(() -> AndersonDarling.normal(1, Double.NaN, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value NaN at index 1 is not a finite number");
    }
}
