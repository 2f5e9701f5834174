package org.spc4j.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.CapabilityAnalysis;
import org.spc4j.core.capability.SpecLimits;

/**
 * Capability of every characteristic that has specification limits, with the core's default
 * analysis ({@link CapabilityAnalysis#withDefaults()}: within sigma pooled for subgroups, average
 * moving range for individuals; overall sample standard deviation; Minitab conventions).
 *
 * <pre>{@code
 * Dataset<CharacteristicCapability> cap = SparkCapability.analyze(data, Map.of("C00001", SpecLimits.twoSided(9, 13)));
 * }</pre>
 *
 * <p>Algorithm: like {@link SparkRules}, one characteristic per task, in time order
 * ({@code groupByKey} + {@code flatMapSortedGroups}), running {@link CapabilityAnalysis#analyze}
 * unchanged: the results are bit for bit those of a single machine given the values in the same
 * order (within a subgroup, Spark's order), and one characteristic must fit in an executor's
 * memory. The within-sigma estimators and the observed ppm count are what need every value
 * here; {@link SparkLimits} computes the control-chart sigmas with mergeable aggregators instead.
 *
 * <p>Characteristics in the data without specification limits are skipped: capability is only
 * defined against limits. A characteristic that cannot be analysed (no spread, fewer than 2
 * values) fails the job with an {@link IllegalArgumentException} naming it.
 */
public final class SparkCapability implements Serializable {

    private static final long serialVersionUID = 1L;

    private SparkCapability() {
    }

    /** Capability of each characteristic of {@code data} that has an entry in {@code specs}. */
    public static Dataset<CharacteristicCapability> analyze(Dataset<Measurement> data, Map<String, SpecLimits> specs) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        HashMap<String, double[]> plain = new HashMap<>();
        specs.forEach((k, s) -> plain.put(k, new double[] {s.lsl(), s.usl(), s.target()}));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext());
        Broadcast<HashMap<String, double[]>> shared = jsc.broadcast(plain);
        FlatMapGroupsFunction<String, Measurement, CharacteristicCapability> perKey = (key, rows) -> {
            double[] s = shared.value().get(key);
            if (s == null) {
                return java.util.Collections.emptyIterator();
            }
            Series series = Series.of(key, rows);
            try {
                Capability c = CapabilityAnalysis.withDefaults().analyze(series.subgroups(),
                        new SpecLimits(s[0], s[1], s[2]));
                return List.of(CharacteristicCapability.of(key, c)).iterator();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "characteristic %s: %s", key,
                        e.getMessage()), e);
            }
        };
        return data.groupByKey((MapFunction<Measurement, String>) Measurement::getKey, Encoders.STRING())
                .flatMapSortedGroups(new Column[] {col("order")}, perKey,
                        Encoders.bean(CharacteristicCapability.class));
    }
}
