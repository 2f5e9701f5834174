package org.spc4j.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class BoxCoxTest {

    /** Normal quantiles mu + sigma z((i - 0.5)/n). */
    static double[] normalSample(double mu, double sigma, int n) {
        NormalDistribution d = new NormalDistribution(null, mu, sigma);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = d.inverseCumulativeProbability((i + 0.5) / n);
        }
        return y;
    }

    /** Box-Cox profile log-likelihood on the raw data, straight from the definition. */
    static double profile(double[] x, double l) {
        int n = x.length;
        double[] y = new double[n];
        double mean = 0;
        double sumLog = 0;
        for (int i = 0; i < n; i++) {
            y[i] = l == 0 ? Math.log(x[i]) : (Math.pow(x[i], l) - 1) / l;
            mean += y[i] / n;
            sumLog += Math.log(x[i]);
        }
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return -0.5 * n * Math.log(ss / n) + (l - 1) * sumLog;
    }

    private static double[] squareOfNormal() {
        double[] y = normalSample(10, 1, 500);
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.pow(1 + 0.5 * y[i], 2); // inverse of lambda = 0.5
        }
        return x;
    }

    @Test
    void optimalLambda_recoversTheGeneratingLambda() {
        double l = BoxCox.optimalLambda(squareOfNormal());
        assertThat(l).isCloseTo(0.5, within(0.05));
    }

    @Test
    void optimalLambda_mtcarsMpg_matchesRCarPowerTransform() {
        // R car::powerTransform(mtcars$mpg): lambda 0.02956537; summary(): LR test of lambda = 1, p-value 0.07307
        // car maximises with optim (BFGS), whose stopping rule limits agreement to about 1e-7.
        double[] mpg = AndersonDarlingTest.mtcarsMpg();
        double l = BoxCox.optimalLambda(mpg);
        assertThat(l).isCloseTo(0.02956537, within(1e-7));
        double lr = 2 * (profile(mpg, l) - profile(mpg, 1));
        double p = 1 - new ChiSquaredDistribution(null, 1).cumulativeProbability(lr);
        assertThat(p).isCloseTo(0.07307, within(0.5e-5));
    }

    @Test
    void optimalLambda_maximisesTheProfileLikelihood() {
        double[] x = squareOfNormal();
        double l = BoxCox.optimalLambda(x);
        double best = profile(x, l);
        assertThat(profile(x, l - 1e-3)).isLessThan(best);
        assertThat(profile(x, l + 1e-3)).isLessThan(best);
        // no better point anywhere on a fine grid of [-5, 5]
        for (int k = 0; k <= 1000; k++) {
            assertThat(profile(x, -5 + 0.01 * k)).isLessThanOrEqualTo(best + 1e-9);
        }
    }

    @Test
    void optimalLambda_lognormalData_nearZero_andScaleInvariant() {
        double[] y = normalSample(0, 0.5, 400);
        double[] x = new double[y.length];
        double[] cx = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(y[i]);
            cx[i] = 1000 * x[i];
        }
        double l = BoxCox.optimalLambda(x);
        assertThat(l).isCloseTo(0.0, within(0.05));
        assertThat(BoxCox.optimalLambda(cx)).isCloseTo(l, within(1e-8));
    }

    @Test
    void rounded_roundsToHalf() {
        double[] x = squareOfNormal();
        double opt = BoxCox.optimalLambda(x);
        assertThat(BoxCox.withDefaults().with(BoxCox.Lambda.ROUNDED).lambda(x)).isEqualTo(Math.rint(2 * opt) / 2);
        TransformedCapability t = BoxCox.withDefaults().with(BoxCox.Lambda.ROUNDED)
                .analyze(x, SpecLimits.twoSided(20, 70));
        assertThat(t.transformation()).contains("rounded from");
    }

    @Test
    void analyze_transformsSpecsAndData() {
        double[] x = squareOfNormal();
        SpecLimits s = SpecLimits.twoSided(20, 70).withTarget(36);
        TransformedCapability t = BoxCox.withDefaults().withLambda(0.5).analyze(x, s);
        assertThat(t.transformedSpecs().lsl()).isCloseTo((Math.sqrt(20) - 1) / 0.5, within(1e-12));
        assertThat(t.transformedSpecs().usl()).isCloseTo((Math.sqrt(70) - 1) / 0.5, within(1e-12));
        assertThat(t.transformedSpecs().target()).isCloseTo(10, within(1e-12));
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (Math.sqrt(x[i]) - 1) / 0.5;
        }
        Capability direct = Capability.of(y, t.transformedSpecs());
        assertThat(t.capability().ppk()).isCloseTo(direct.ppk(), within(1e-12));
        assertThat(t.capability().cpk()).isCloseTo(direct.cpk(), within(1e-12));
        assertThat(t.normality().pValue()).isGreaterThan(0.5);
        assertThat(t.toString()).contains("Box-Cox, lambda 0.5 (fixed)");
    }

    @Test
    void transform_negativeLambdaIsIncreasing() {
        assertThat(BoxCox.transform(2, -1)).isLessThan(BoxCox.transform(3, -1));
        assertThat(BoxCox.transform(Math.E, 0)).isEqualTo(1.0);
        assertThat(BoxCox.transform(4, 2)).isCloseTo(7.5, within(1e-14));
    }

    @Test
    void badInput_isNamed() {
        assertThatThrownBy(() -> BoxCox.optimalLambda(1, 2, -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value -3.0 at index 2");
        assertThatThrownBy(() -> BoxCox.optimalLambda(2, 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spread");
        assertThatThrownBy(() -> BoxCox.withDefaults().analyze(new double[] {1, 2, 3, 4}, SpecLimits.twoSided(0, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not positive");
        assertThatThrownBy(() -> BoxCox.withDefaults().withLambda(6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 6.0");
    }
}
