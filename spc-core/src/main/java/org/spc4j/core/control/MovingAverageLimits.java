package org.spc4j.core.control;

import java.util.Locale;
import java.util.Objects;

/**
 * Fitted limits of a moving-average chart of span w: the immutable artifact applied unchanged to
 * new data.
 *
 * <p>With subgroup means \(\bar x_i\) of \(n_i\) values and \(w_i = \min(i, w)\) (fewer points at
 * the start):
 * \[ M_i = \frac{1}{w_i}\sum_{j=i-w_i+1}^{i} \bar x_j, \qquad
 *    \sigma_{M_i} = \frac{\sigma}{w_i}\sqrt{\sum_{j=i-w_i+1}^{i} 1/n_j}, \qquad
 *    \text{limits}_i = \mu_0 \pm L\,\sigma_{M_i}, \]
 * so for individuals \(\sigma_{M_i} = \sigma/\sqrt{w_i}\): the limits are wider for the first
 * w-1 points. Each application starts a new average.
 *
 * @param span w, the number of points averaged
 * @param nsigmas L, the width of the limits in sigmas of the moving average
 * @param process target and sigma of the process
 * @see MovingAverageSpec
 */
public record MovingAverageLimits(int span, double nsigmas, ProcessParameters process) {

    public MovingAverageLimits {
        MovingAverageSpec.checkSpan(span);
        if (!(nsigmas > 0) || Double.isInfinite(nsigmas)) {
            throw new IllegalArgumentException("nsigmas must be finite and > 0, was " + nsigmas);
        }
        Objects.requireNonNull(process, "process must not be null");
    }

    /** Applies these limits to Phase II data; numbering continues after the Phase I subgroups. */
    public MovingAverageResult apply(Subgroups data) {
        return apply(data, process.phase1Count() + 1);
    }

    /** Applies these limits to data, numbering the points from {@code firstIndex}. */
    public MovingAverageResult apply(Subgroups data, int firstIndex) {
        Objects.requireNonNull(data, "data must not be null");
        if (data.count() == 0) {
            throw new IllegalArgumentException("no subgroups to chart");
        }
        ProcessSpec.requireSingleStage(data, "moving-average");
        int m = data.count();
        double[] x = ProcessSpec.means(data);
        int[] index = new int[m];
        double[] stat = new double[m];
        double[] center = new double[m];
        double[] sd = new double[m];
        for (int i = 0; i < m; i++) {
            int from = Math.max(0, i - span + 1);
            int w = i - from + 1;
            double inverseSizes = 0.0;
            for (int j = from; j <= i; j++) {
                inverseSizes += 1.0 / data.size(j);
            }
            index[i] = firstIndex + i;
            stat[i] = Sums.of(x, from, i + 1) / w;
            center[i] = process.center();
            sd[i] = process.sigma() * Math.sqrt(inverseSizes) / w;
        }
        ControlChart chart = new ControlChart("ma", nsigmas, Double.NEGATIVE_INFINITY, index,
                ProcessSpec.labels(data, firstIndex), ProcessSpec.stages(data), stat, center, sd);
        return new MovingAverageResult(this, chart);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "moving-average limits, span %d, %s-sigma; %s", span,
                ControlChart.fmt(nsigmas), process);
    }
}
