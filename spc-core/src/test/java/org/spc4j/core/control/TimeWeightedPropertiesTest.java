package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Shift and scale behaviour of EWMA, CUSUM and moving-average charts: moving the data by a and
 * scaling by b > 0 (with target a + b mu and sigma b sigma) moves statistics and limits the same
 * way and leaves CUSUM sums (in sigma units) unchanged; exact EWMA limits never exceed the
 * asymptotic ones. Tolerance 1e-9 relative to the magnitudes (values up to 1e3, shifts up to 1e3,
 * scales 0.01..100).
 */
class TimeWeightedPropertiesTest {

    private static double[] array(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] affine(double[] x, double a, double b) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = a + b * x[i];
        }
        return y;
    }

    @Test
    void shiftAndScale_moveStatisticsAndLimits() {
        qt().withExamples(200).forAll(lists().of(doubles().between(-1000, 1000)).ofSizeBetween(1, 80),
                doubles().between(-1000, 1000), doubles().between(0.01, 100)).checkAssert((xs, a, b) -> {
                    double[] x = array(xs);
                    double[] y = affine(x, a, b);
                    double mu = 1.5;
                    double sigma = 40;
                    double tol = 1e-9 * (Math.abs(a) + b * 1000 + 1);
                    ControlChart e1 = EwmaSpec.withDefaults().withKnownMean(mu).withKnownSigma(sigma).limits()
                            .apply(Subgroups.individuals(x)).chart();
                    ControlChart e2 = EwmaSpec.withDefaults().withKnownMean(a + b * mu).withKnownSigma(b * sigma)
                            .limits().apply(Subgroups.individuals(y)).chart();
                    ControlChart m1 = MovingAverageSpec.ofSpan(4).withKnownMean(mu).withKnownSigma(sigma).limits()
                            .apply(Subgroups.individuals(x)).chart();
                    ControlChart m2 = MovingAverageSpec.ofSpan(4).withKnownMean(a + b * mu).withKnownSigma(b * sigma)
                            .limits().apply(Subgroups.individuals(y)).chart();
                    CusumResult c1 = CusumSpec.withDefaults().withKnownMean(mu).withKnownSigma(sigma).limits()
                            .apply(Subgroups.individuals(x));
                    CusumResult c2 = CusumSpec.withDefaults().withKnownMean(a + b * mu).withKnownSigma(b * sigma)
                            .limits().apply(Subgroups.individuals(y));
                    ControlChart asym = EwmaSpec.withDefaults().withLimits(EwmaLimitsMode.ASYMPTOTIC)
                            .withKnownMean(mu).withKnownSigma(sigma).limits().apply(Subgroups.individuals(x)).chart();
                    double sumTol = 1e-9 * (1 + x.length * (2000 / sigma));
                    for (int i = 0; i < x.length; i++) {
                        assertThat(e2.statistic(i)).isCloseTo(a + b * e1.statistic(i), within(tol));
                        assertThat(e2.ucl(i)).isCloseTo(a + b * e1.ucl(i), within(tol));
                        assertThat(e2.lcl(i)).isCloseTo(a + b * e1.lcl(i), within(tol));
                        assertThat(m2.statistic(i)).isCloseTo(a + b * m1.statistic(i), within(tol));
                        assertThat(m2.ucl(i)).isCloseTo(a + b * m1.ucl(i), within(tol));
                        assertThat(c2.upperSum(i)).isCloseTo(c1.upperSum(i), within(sumTol));
                        assertThat(c2.lowerSum(i)).isCloseTo(c1.lowerSum(i), within(sumTol));
                        assertThat(e1.sigmaOfStatistic(i)).isLessThanOrEqualTo(asym.sigmaOfStatistic(i) * (1 + 1e-15));
                        assertThat(e1.lcl(i)).isLessThan(e1.center(i));
                        assertThat(e1.center(i)).isLessThan(e1.ucl(i));
                        assertThat(c1.upperSum(i)).isGreaterThanOrEqualTo(0.0);
                        assertThat(c1.lowerSum(i)).isGreaterThanOrEqualTo(0.0);
                    }
                });
    }
}
