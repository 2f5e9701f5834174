package org.spc4j.core.capability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.spc4j.core.control.Subgroups;

/** Applying a transformation to data and specification limits; package-private. */
final class Transforms {

    private Transforms() {
    }

    /** The same subgroup structure with every value transformed; rejects non-finite results. */
    static Subgroups map(Subgroups data, DoubleUnaryOperator f, String what) {
        double[][] rows = new double[data.count()][];
        int index = 0;
        for (int i = 0; i < data.count(); i++) {
            rows[i] = new double[data.size(i)];
            for (int j = 0; j < rows[i].length; j++) {
                double x = data.value(i, j);
                double y = f.applyAsDouble(x);
                if (!Double.isFinite(y)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "value %s at index %d cannot be transformed by %s (result %s)", x, index, what, y));
                }
                rows[i][j] = y;
                index++;
            }
        }
        Subgroups out = Subgroups.of(rows);
        if (data.hasLabels()) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < data.count(); i++) {
                labels.add(data.label(i));
            }
            out = out.withLabels(labels);
        }
        return out;
    }

    /** The limits and target transformed by an increasing function; each must map to a finite value. */
    static SpecLimits specs(SpecLimits s, DoubleUnaryOperator f, String what) {
        return new SpecLimits(one(s.lsl(), "LSL", f, what), one(s.usl(), "USL", f, what),
                one(s.target(), "target", f, what));
    }

    private static double one(double v, String name, DoubleUnaryOperator f, String what) {
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        double y = f.applyAsDouble(v);
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s %s lies outside the domain of %s (result %s): the limit cannot be transformed", name, v, what, y));
        }
        return y;
    }
}
