package org.spc4j.io.stream;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collector;

import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.stats.Moments;

/**
 * {@link Collector}s from streams of measurements to spc4j results. Each works on parallel
 * streams and gives the sequential result: summary statistics combine associatively
 * ({@link Moments#combine}), and order-dependent results (limits from subgroups or moving
 * ranges) keep the stream's encounter order because their partial results are concatenated
 * left to right.
 *
 * <pre>{@code
 * Moments.Summary s = values.parallelStream().collect(SpcCollectors.moments());
 * ControlLimits l = values.stream().collect(SpcCollectors.limits(ChartSpec.xbarR(), 5));
 * }</pre>
 */
public final class SpcCollectors {

    private SpcCollectors() {
    }

    /** Count, mean, standard deviation, min and max of the values. */
    public static Collector<Number, Moments, Moments.Summary> moments() {
        return Collector.of(Moments::create, (m, x) -> m.accept(x.doubleValue()), Moments::combine, Moments::summary);
    }

    /** Phase I limits of an individuals chart fitted on the values in encounter order. */
    public static Collector<Number, ?, ControlLimits> limits(ChartSpec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return Collector.of(Values::new, Values::add, Values::append,
                v -> spec.fit(Subgroups.individuals(v.toArray())));
    }

    /** Phase I limits fitted on consecutive subgroups of {@code size} values, in encounter order. */
    public static Collector<Number, ?, ControlLimits> limits(ChartSpec spec, int size) {
        Objects.requireNonNull(spec, "spec must not be null");
        if (size < 1) {
            throw new IllegalArgumentException("subgroup size must be >= 1, was " + size);
        }
        return Collector.of(Values::new, Values::add, Values::append,
                v -> spec.fit(Subgroups.ofSize(size, v.toArray())));
    }

    /** An ordered, growable primitive buffer. */
    private static final class Values {
        private double[] data = new double[64];
        private int size;

        void add(Number x) {
            Objects.requireNonNull(x, () -> "null value at index " + size);
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x.doubleValue();
        }

        Values append(Values right) {
            if (size + right.size > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + right.size));
            }
            System.arraycopy(right.data, 0, data, size, right.size);
            size += right.size;
            return this;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
