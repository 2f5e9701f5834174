package org.spc4j.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spc4j.core.capability.Johnson.JohnsonFit;
import org.spc4j.core.capability.Johnson.Kind;

class JohnsonTest {

    private static final double[] Z = BoxCoxTest.normalSample(0, 1, 3000);

    private static double[] su(double gamma, double eta, double eps, double lambda) {
        double[] x = new double[Z.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = eps + lambda * Math.sinh((Z[i] - gamma) / eta);
        }
        return x;
    }

    private static double[] sb(double gamma, double eta, double eps, double lambda) {
        double[] x = new double[Z.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = eps + lambda / (1 + Math.exp(-(Z[i] - gamma) / eta));
        }
        return x;
    }

    @Test
    void fit_suData_recoversSuParameters() {
        JohnsonFit f = Johnson.fit(su(-0.5, 1.5, 10, 2));
        assertThat(f.kind()).isEqualTo(Kind.SU);
        assertThat(f.gamma()).isCloseTo(-0.5, within(0.05));
        assertThat(f.eta()).isCloseTo(1.5, within(0.05));
        assertThat(f.epsilon()).isCloseTo(10, within(0.1));
        assertThat(f.lambda()).isCloseTo(2, within(0.1));
        assertThat(f.pValue()).isGreaterThan(0.5);
    }

    @Test
    void fit_sbData_recoversSbParameters() {
        JohnsonFit f = Johnson.fit(sb(0.3, 1.2, 0, 10));
        assertThat(f.kind()).isEqualTo(Kind.SB);
        assertThat(f.gamma()).isCloseTo(0.3, within(0.05));
        assertThat(f.eta()).isCloseTo(1.2, within(0.05));
        assertThat(f.epsilon()).isCloseTo(0, within(0.1));
        assertThat(f.lambda()).isCloseTo(10, within(0.2));
        assertThat(f.pValue()).isGreaterThan(0.5);
    }

    @Test
    void fit_lognormalData_transformsToNormal() {
        double[] x = new double[Z.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 5 + Math.exp((Z[i] - 1) / 2);
        }
        JohnsonFit f = Johnson.fit(x);
        assertThat(f.pValue()).isGreaterThan(0.5);
        if (f.kind() == Kind.SL) {
            assertThat(f.eta()).isCloseTo(2, within(0.1));
            assertThat(f.epsilon()).isCloseTo(5, within(0.05));
        }
    }

    @Test
    void transform_matchesDefinitions() {
        JohnsonFit su = new JohnsonFit(Kind.SU, 0.5, 2, 1, 3, 0.5, 0.9);
        assertThat(su.transform(4)).isCloseTo(0.5 + 2 * Math.log(1 + Math.sqrt(2)), within(1e-14));
        JohnsonFit sb = new JohnsonFit(Kind.SB, 0.5, 2, 1, 3, 0.5, 0.9);
        assertThat(sb.transform(2.5)).isCloseTo(0.5, within(1e-14));
        assertThat(sb.transform(4.5)).isNaN();
        JohnsonFit sl = new JohnsonFit(Kind.SL, 0.5, 2, 1, Double.NaN, 0.5, 0.9);
        assertThat(sl.transform(1 + Math.E)).isCloseTo(2.5, within(1e-14));
        assertThat(sl.toString()).contains("Johnson SL");
    }

    @Test
    void analyze_capabilityOfTransformedData() {
        double[] x = su(-0.5, 1.5, 10, 2);
        SpecLimits s = SpecLimits.twoSided(0, 30);
        TransformedCapability t = Johnson.withDefaults().analyze(x, s);
        JohnsonFit f = Johnson.fit(x);
        assertThat(t.transformedSpecs().lsl()).isCloseTo(f.transform(0), within(1e-12));
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.transform(x[i]);
        }
        assertThat(t.capability().ppk()).isCloseTo(Capability.of(y, t.transformedSpecs()).ppk(), within(1e-12));
        assertThat(t.transformation()).startsWith("Johnson SU");
    }

    @Test
    void analyze_specOutsideSbSupport_throwsNamingIt() {
        double[] x = sb(0.3, 1.2, 0, 10);
        assertThatThrownBy(() -> Johnson.withDefaults().analyze(x, SpecLimits.twoSided(1, 50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USL 50.0")
                .hasMessageContaining("support");
    }

    @Test
    void fit_badData_throws() {
        assertThatThrownBy(() -> Johnson.fit(1, 2, 3, 4, 5, 6, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8 values, got 7");
        assertThatThrownBy(() -> Johnson.fit(1, 1, 1, 1, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spread");
    }
}
