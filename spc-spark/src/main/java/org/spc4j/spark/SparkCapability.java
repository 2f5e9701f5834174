package org.spc4j.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.spc4j.core.capability.Capability;
import org.spc4j.core.capability.CapabilityAnalysis;
import org.spc4j.core.capability.CapabilitySummary;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.stats.Moments;
import scala.Tuple2;

/**
 * Capability of every characteristic that has specification limits, with the core's default
 * analysis ({@link CapabilityAnalysis#withDefaults()}: within sigma pooled for subgroups, average
 * moving range for individuals; overall sample standard deviation; Minitab conventions), in two
 * ways.
 *
 * <pre>{@code
 * Map<String, SpecLimits> specs = Map.of("C00001", SpecLimits.twoSided(9, 13));
 * Dataset<CharacteristicCapability> a = SparkCapability.aggregate(data, specs, SparkLimits.xbarS()
 *         .withSigmaMethod(SigmaMethod.POOLED));                // any size of characteristic
 * Dataset<CharacteristicCapability> b = SparkCapability.analyze(data, specs);   // one per task
 * }</pre>
 *
 * <p>{@link #aggregate}: mergeable aggregators only. Per characteristic the {@link MomentsAggregator}
 * (registered with {@code functions.udaf}) gives N, the mean and the overall standard deviation,
 * two conditional sums count the values outside the limits, and the within sigma is that of
 * {@link SparkLimits#fit} (per-subgroup moments, or ordered moving-range segments); the core's
 * {@link CapabilityAnalysis#analyze(CapabilitySummary, SpecLimits)} turns these into the indices.
 * No task holds a characteristic's values. Agreement with one machine: counts exact, sigmas and
 * indices up to rounding (module README).
 *
 * <p>{@link #analyze}: like {@link SparkRules}, one characteristic per task, in time order
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

    /**
     * Capability of each characteristic of {@code data} that has an entry in {@code specs}, from
     * aggregators (see the class description).
     *
     * @param within the limits whose sigma is the within sigma: {@code SparkLimits.xbarS()
     *     .withSigmaMethod(SigmaMethod.POOLED)} for subgroups and {@code SparkLimits.individuals()}
     *     for individual values are Minitab's defaults; its constants table and moving-range span
     *     are used for the analysis too
     */
    public static Dataset<CharacteristicCapability> aggregate(Dataset<Measurement> data, Map<String, SpecLimits> specs,
                                                              SparkLimits within) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(specs, "specs must not be null");
        Objects.requireNonNull(within, "within must not be null");
        SparkSession spark = data.sparkSession();
        List<Row> rows = new ArrayList<>();
        HashMap<String, double[]> plain = new HashMap<>();
        specs.forEach((k, s) -> {
            rows.add(RowFactory.create(k, s.hasLower() ? s.lsl() : null, s.hasUpper() ? s.usl() : null));
            plain.put(k, new double[] {s.lsl(), s.usl(), s.target()});
        });
        StructType schema = new StructType()
                .add("key", DataTypes.StringType, false)
                .add("lsl", DataTypes.DoubleType, true)
                .add("usl", DataTypes.DoubleType, true);
        Dataset<Row> withSpecs = data.toDF().join(functions.broadcast(spark.createDataFrame(rows, schema)), "key");
        Dataset<CapabilityInputs> inputs = withSpecs.groupBy(col("key"))
                .agg(MomentsAggregator.udaf().apply(col("value")).as("moments"),
                        functions.sum(functions.when(col("lsl").isNotNull().and(col("value").lt(col("lsl"))), 1L)
                                .otherwise(0L)).as("below"),
                        functions.sum(functions.when(col("usl").isNotNull().and(col("value").gt(col("usl"))), 1L)
                                .otherwise(0L)).as("above"))
                .as(Encoders.bean(CapabilityInputs.class));
        Dataset<CharacteristicLimits> sigmas = within.fit(withSpecs.select(col("key"), col("order"), col("value"))
                .as(Encoders.bean(Measurement.class)));
        Broadcast<HashMap<String, double[]>> shared = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(plain);
        MapFunction<Tuple2<CapabilityInputs, CharacteristicLimits>, CharacteristicCapability> analyse = t -> {
            CapabilityInputs in = t._1();
            CharacteristicLimits w = t._2();
            double[] s = shared.value().get(in.getKey());
            Moments m = in.getMoments().toMoments();
            SigmaMethod method = SigmaMethod.valueOf(w.getSigmaMethod());
            try {
                CapabilitySummary summary = new CapabilitySummary(Math.toIntExact(m.count()), w.getSubgroups(),
                        m.mean(), m.standardDeviation(), method, w.getSigma(), w.getMovingRangeSpan(), in.getBelow(),
                        in.getAbove());
                Capability c = CapabilityAnalysis.withDefaults().withWithinSigma(method)
                        .withMovingRangeSpan(w.getMovingRangeSpan())
                        .withConstants(ControlConstants.Table.valueOf(w.getConstants()))
                        .analyze(summary, new SpecLimits(s[0], s[1], s[2]));
                return CharacteristicCapability.of(in.getKey(), c);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "characteristic %s: %s", in.getKey(),
                        e.getMessage()), e);
            }
        };
        return inputs.joinWith(sigmas, inputs.col("key").equalTo(sigmas.col("key")))
                .map(analyse, Encoders.bean(CharacteristicCapability.class));
    }

    /** Capability of each characteristic of {@code data} that has an entry in {@code specs}, one characteristic per task. */
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
                return Collections.emptyIterator();
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
