package org.spc4j.core.capability;

import java.util.Locale;
import java.util.Objects;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.spc4j.core.control.Subgroups;

/**
 * Capability after a Box-Cox transformation. Immutable and thread-safe.
 *
 * <p>Transformation (Box and Cox 1964), for positive x:
 * \( y = (x^\lambda - 1)/\lambda \) for \(\lambda \ne 0\), \( y = \ln x \) for \(\lambda = 0\).
 * This form is increasing for every \(\lambda\), so the LSL stays below the USL (Minitab's
 * \(x^\lambda\) differs by a linear map, which leaves the capability indices unchanged).
 *
 * <p>Lambda: by default the maximum-likelihood estimate in \([-5, 5]\), the maximiser of the
 * profile log-likelihood \( \ell(\lambda) = -\tfrac n2 \ln \hat\sigma^2_\lambda + (\lambda - 1)\sum\ln x_i \)
 * with \(\hat\sigma^2_\lambda\) the variance (divisor n) of the transformed values: a grid of step
 * 0.05 locates the best interval and Brent's method refines it (relative accuracy 1e-10). The data
 * are divided by their geometric mean first, which leaves the maximiser unchanged and avoids
 * overflow. All values enter as one sample (Minitab instead uses the within-subgroup variation
 * for subgrouped data). {@link Lambda#ROUNDED} rounds the estimate to the nearest multiple of 0.5;
 * {@link #withLambda(double)} fixes it.
 *
 * <p>The specification limits and the target are transformed with the data; the normal-theory
 * analysis ({@link CapabilityAnalysis}, configurable with {@link #withAnalysis}) then runs in the
 * transformed scale. Bad input: a value or limit that is not positive (named, with its index),
 * a lambda outside [-5, 5]: {@link IllegalArgumentException}.
 *
 * <p>References: Box and Cox (1964), "An analysis of transformations", JRSS B 26(2),
 * doi:10.1111/j.2517-6161.1964.tb00553.x; Montgomery, <i>Introduction to Statistical Quality
 * Control</i>, 8th ed. (2019), section 8.3.
 */
public final class BoxCox {

    /** How lambda is chosen when it is not fixed. */
    public enum Lambda {
        /** The maximum-likelihood estimate (default). */
        OPTIMAL,
        /** The estimate rounded to the nearest multiple of 0.5. */
        ROUNDED
    }

    /** Smallest lambda searched. */
    public static final double MIN_LAMBDA = -5;
    /** Largest lambda searched. */
    public static final double MAX_LAMBDA = 5;

    private static final BoxCox DEFAULTS = new BoxCox(Lambda.OPTIMAL, Double.NaN, CapabilityAnalysis.withDefaults());

    private final Lambda choice;
    private final double fixed;
    private final CapabilityAnalysis analysis;

    private BoxCox(Lambda choice, double fixed, CapabilityAnalysis analysis) {
        this.choice = choice;
        this.fixed = fixed;
        this.analysis = analysis;
    }

    /** Maximum-likelihood lambda, default normal analysis. */
    public static BoxCox withDefaults() {
        return DEFAULTS;
    }

    /** Optimal or rounded lambda. */
    public BoxCox with(Lambda lambdaChoice) {
        Objects.requireNonNull(lambdaChoice, "lambdaChoice must not be null");
        return new BoxCox(lambdaChoice, Double.NaN, analysis);
    }

    /** A fixed lambda in [-5, 5] instead of an estimate. */
    public BoxCox withLambda(double lambda) {
        if (!(lambda >= MIN_LAMBDA && lambda <= MAX_LAMBDA)) {
            throw new IllegalArgumentException("lambda must be in [-5, 5], was " + lambda);
        }
        return new BoxCox(choice, lambda, analysis);
    }

    /** The normal-theory analysis run on the transformed data. */
    public BoxCox withAnalysis(CapabilityAnalysis a) {
        Objects.requireNonNull(a, "analysis must not be null");
        return new BoxCox(choice, fixed, a);
    }

    /** The transformation of one value. */
    public static double transform(double x, double lambda) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("Box-Cox needs a positive value, was " + x);
        }
        return lambda == 0 ? Math.log(x) : Math.expm1(lambda * Math.log(x)) / lambda;
    }

    /**
     * The maximum-likelihood lambda in [-5, 5].
     *
     * @throws IllegalArgumentException for fewer than 2 values, a value that is not positive, or no spread
     */
    public static double optimalLambda(double... values) {
        double[] logs = logsOfPositive(values);
        double meanLog = 0;
        for (double l : logs) {
            meanLog += l / logs.length;
        }
        double[] lu = new double[logs.length];
        boolean spread = false;
        for (int i = 0; i < lu.length; i++) {
            lu[i] = logs[i] - meanLog;
            spread |= lu[i] != 0;
        }
        if (!spread) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the data have no spread: all %d values equal %s, so lambda cannot be estimated",
                    values.length, values[0]));
        }
        double best = MIN_LAMBDA;
        double bestVal = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 200; k++) {
            double l = MIN_LAMBDA + 0.05 * k;
            double v = logVariance(lu, l);
            if (v < bestVal) {
                bestVal = v;
                best = l;
            }
        }
        double lo = Math.max(MIN_LAMBDA, best - 0.05);
        double hi = Math.min(MAX_LAMBDA, best + 0.05);
        UnivariatePointValuePair r = new BrentOptimizer(1e-10, 1e-14).optimize(new MaxEval(10_000),
                new UnivariateObjectiveFunction(l -> logVariance(lu, l)), GoalType.MINIMIZE,
                new SearchInterval(lo, hi, best));
        return r.getValue() <= bestVal ? r.getPoint() : best;
    }

    /** ln of the variance (divisor n) of ((u^l - 1)/l) where ln u = lu (geometric mean 1). */
    private static double logVariance(double[] lu, double l) {
        double mean = 0;
        int n = lu.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = l == 0 ? lu[i] : Math.expm1(l * lu[i]) / l;
            mean += y[i] / n;
        }
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return Math.log(ss / n);
    }

    private static double[] logsOfPositive(double[] values) {
        Objects.requireNonNull(values, "values must not be null");
        if (values.length < 2) {
            throw new IllegalArgumentException("Box-Cox needs at least 2 values, got " + values.length);
        }
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "value %s at index %d is not a positive finite number: Box-Cox needs positive data",
                        values[i], i));
            }
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }

    /** The lambda this configuration uses for {@code values}. */
    public double lambda(double... values) {
        if (!Double.isNaN(fixed)) {
            logsOfPositive(values);
            return fixed;
        }
        double l = optimalLambda(values);
        return choice == Lambda.ROUNDED ? Math.rint(2 * l) / 2 : l;
    }

    /** Capability of individual values after the transformation. */
    public TransformedCapability analyze(double[] individuals, SpecLimits specs) {
        Objects.requireNonNull(individuals, "individuals must not be null");
        return analyze(Subgroups.individuals(individuals), specs);
    }

    /** Capability of subgroups after the transformation. */
    public TransformedCapability analyze(Subgroups data, SpecLimits specs) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        double[] x = data.values();
        double lambda = lambda(x);
        String what = !Double.isNaN(fixed)
                ? String.format(Locale.ROOT, "Box-Cox, lambda %s (fixed)", Fmt.num(lambda))
                : choice == Lambda.ROUNDED
                ? String.format(Locale.ROOT, "Box-Cox, lambda %s (rounded from %s)", Fmt.num(lambda),
                        Fmt.num(optimalLambda(x)))
                : String.format(Locale.ROOT, "Box-Cox, lambda %s (maximum likelihood)", Fmt.num(lambda));
        for (double v : new double[] {specs.lsl(), specs.usl(), specs.target()}) {
            if (!Double.isNaN(v) && !(v > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s is not positive: Box-Cox transforms only positive limits", specs));
            }
        }
        SpecLimits ts = Transforms.specs(specs, v -> transform(v, lambda), what);
        Subgroups ty = Transforms.map(data, v -> transform(v, lambda), what);
        return new TransformedCapability(what, specs, ts, AndersonDarling.normal(ty.values()), analysis.analyze(ty, ts));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BoxCox[lambda %s, %s]",
                Double.isNaN(fixed) ? choice.toString() : Fmt.num(fixed), analysis);
    }
}
