package org.spc4j.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
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
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.core.rules.Violation;

/**
 * Phase II at scale: applies saved limits to each characteristic and evaluates the run rules in
 * time order, giving one {@link ViolationRow} per rule violated at a point.
 *
 * <pre>{@code
 * Map<String, CharacteristicLimits> saved = LimitsFiles.read(dir);
 * Dataset<ViolationRow> v = SparkRules.of(RulePreset.NELSON).evaluate(phase2, saved);
 * }</pre>
 *
 * <p>Algorithm: {@code groupByKey(characteristic)} and {@code flatMapSortedGroups} by order,
 * so each characteristic's points arrive in time order on one executor; there the single-machine
 * path runs unchanged ({@link #evaluate(String, Subgroups, long[], ControlLimits, RulePreset)}:
 * {@link ControlLimits#apply(Subgroups)}, then {@link ChartRules#evaluate(ChartResult)}), so the
 * violations are those a single machine finds. Run rules are sequential state machines whose
 * state cannot be split at an arbitrary point without the points before it, so one
 * characteristic is processed by one task: it must fit in an executor's memory (roughly 250
 * bytes per individual value at the peak, less for subgroups; see the module README); the
 * characteristics are spread over the cluster. Points are
 * numbered after the Phase I subgroups, as {@link ControlLimits#apply(Subgroups)} does.
 *
 * <p>The limits are broadcast once to the executors. A characteristic in the data without
 * limits fails the job with an {@link IllegalArgumentException} naming it.
 */
public final class SparkRules implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RulePreset preset;

    private SparkRules(RulePreset preset) {
        this.preset = preset;
    }

    /** The given rules. */
    public static SparkRules of(RulePreset preset) {
        return new SparkRules(Objects.requireNonNull(preset, "preset must not be null"));
    }

    /** The rule preset. */
    public RulePreset preset() {
        return preset;
    }

    /** Evaluates with limits from a Dataset (collected to the driver and broadcast). */
    public Dataset<ViolationRow> evaluate(Dataset<Measurement> data, Dataset<CharacteristicLimits> limits) {
        Objects.requireNonNull(limits, "limits must not be null");
        Map<String, CharacteristicLimits> map = new HashMap<>();
        for (CharacteristicLimits c : limits.collectAsList()) {
            map.put(c.getKey(), c);
        }
        return evaluate(data, map);
    }

    /** Evaluates with limits per characteristic, for example read from limits files. */
    public Dataset<ViolationRow> evaluate(Dataset<Measurement> data, Map<String, CharacteristicLimits> limits) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext());
        Broadcast<HashMap<String, CharacteristicLimits>> shared = jsc.broadcast(new HashMap<>(limits));
        RulePreset rules = preset;
        FlatMapGroupsFunction<String, Measurement, ViolationRow> perKey = (key, rows) -> {
            CharacteristicLimits c = shared.value().get(key);
            if (c == null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "characteristic %s has no limits; limits were given for %d characteristics", key,
                        shared.value().size()));
            }
            Series s = Series.of(key, rows);
            return evaluate(key, s.subgroups(), s.subgroupOrders(), c.toControlLimits(), rules).iterator();
        };
        return data.groupByKey((MapFunction<Measurement, String>) Measurement::getKey, Encoders.STRING())
                .flatMapSortedGroups(new Column[] {col("order")}, perKey, Encoders.bean(ViolationRow.class));
    }

    /**
     * The single-machine step for one characteristic: applies the limits and evaluates the rules
     * of each chart of the pair.
     *
     * @param key the characteristic
     * @param data its Phase II subgroups in time order
     * @param orders the order (subgroup id or time) of each subgroup
     * @param limits its limits
     * @param preset the rules
     * @return the violations, location chart first, each chart by point and rule-set order
     */
    public static List<ViolationRow> evaluate(String key, Subgroups data, long[] orders, ControlLimits limits,
                                              RulePreset preset) {
        if (orders.length != data.count()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "characteristic %s: %d orders for %d subgroups", key, orders.length, data.count()));
        }
        ChartResult result;
        try {
            result = limits.apply(data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("characteristic " + key + ": " + e.getMessage(), e);
        }
        int first = limits.phase1Count() + 1;
        List<ViolationRow> out = new ArrayList<>();
        for (RuleViolations rv : preset.chartRules().evaluate(result)) {
            for (Violation v : rv.violations()) {
                out.add(ViolationRow.of(key, rv.chart(), v.index(), orders[v.index() - first], v.rule(),
                        v.firstIndex()));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "SparkRules[" + preset.id() + "]";
    }
}
