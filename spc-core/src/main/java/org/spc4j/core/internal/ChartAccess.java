package org.spc4j.core.internal;

import java.util.Objects;
import java.util.function.Function;

import org.spc4j.core.control.ControlChart;

/**
 * The stored statistic of a {@link ControlChart} without a copy, for the run rules of the core
 * ({@code RuleSet.evaluate(ControlChart)}), which read millions of points. {@code ControlChart}
 * keeps its arrays private and registers the accessor here when its class is initialised; this
 * package is not exported, so the array stays out of reach of users of the module.
 */
public final class ChartAccess {

    private static volatile Function<ControlChart, double[]> statistics;

    private ChartAccess() {
    }

    /**
     * Installs the accessor; called once, by {@code ControlChart}.
     *
     * @throws IllegalStateException when an accessor is already installed
     */
    public static void register(Function<ControlChart, double[]> accessor) {
        Objects.requireNonNull(accessor, "accessor must not be null");
        synchronized (ChartAccess.class) {
            if (statistics != null) {
                throw new IllegalStateException("the ControlChart accessor is already registered");
            }
            statistics = accessor;
        }
    }

    /**
     * The plotted statistic of {@code chart}, point i at index i, when the chart stores it; null
     * when it computes it on access (moving ranges). The array must only be read.
     */
    public static double[] storedStatistics(ControlChart chart) {
        // An instance exists, so its class is initialised and the accessor registered.
        return statistics.apply(Objects.requireNonNull(chart, "chart must not be null"));
    }
}
