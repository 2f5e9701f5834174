package org.spc4j.core.control;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;

/** LCL <= CL <= UCL everywhere, and limits move with shift and scale of the data. */
class ChartPropertiesTest {

    private static double[] arr(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void limitsAreOrdered_andEquivariantUnderShiftAndScale() {
        qt().withExamples(200).forAll(
                lists().of(doubles().between(-50, 50)).ofSizeBetween(4, 60),
                integers().between(2, 4),
                doubles().between(-1e3, 1e3),
                doubles().between(0.01, 100))
            // data with a real spread: ulp-level spreads cannot survive a shift by 1e3
            .assuming((xs, n, shift, scale) -> xs.size() / n >= 2
                    && xs.stream().mapToDouble(Double::doubleValue).max().getAsDouble()
                       - xs.stream().mapToDouble(Double::doubleValue).min().getAsDouble() > 1.0)
            .check((xs, n, shift, scale) -> {
                double[] x = arr(xs.subList(0, xs.size() / n * n));
                double[] y = x.clone();
                for (int i = 0; i < y.length; i++) {
                    y[i] = y[i] * scale + shift;
                }
                Subgroups a = Subgroups.ofSize(n, x);
                Subgroups b = Subgroups.ofSize(n, y);
                ChartResult ra;
                ChartResult rb;
                try {
                    ra = ChartSpec.xbarR().chart(a);
                    rb = ChartSpec.xbarR().chart(b);
                } catch (IllegalArgumentException zeroSpread) {
                    return zeroSpread.getMessage().contains("no spread");
                }
                double tol = 1e-9 * (Math.abs(shift) + 50 * scale);
                for (int i = 0; i < ra.location().size(); i++) {
                    ChartPoint p = ra.location().point(i);
                    ChartPoint q = rb.location().point(i);
                    ChartPoint r = ra.dispersion().point(i);
                    if (!(p.lcl() <= p.lower2() && p.lower2() <= p.lower1() && p.lower1() <= p.center()
                            && p.center() <= p.upper1() && p.upper1() <= p.upper2() && p.upper2() <= p.ucl())) {
                        return false;
                    }
                    if (!(0 <= r.lcl() && r.lcl() <= r.center() && r.center() <= r.ucl())) {
                        return false;
                    }
                    if (Math.abs(q.ucl() - (p.ucl() * scale + shift)) > tol
                            || Math.abs(q.center() - (p.center() * scale + shift)) > tol) {
                        return false;
                    }
                }
                // absolute rounding of the shifted values bounds the error of small within-subgroup ranges
                return Math.abs(rb.sigma() - ra.sigma() * scale) <= 1e-9 * ra.sigma() * scale + tol;
            });
    }
}
