package org.spc4j.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.ChartKind;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.StageLimits;
import org.spc4j.core.stats.Moments;
import scala.Tuple2;

/**
 * Phase I at scale: X-bar/R, X-bar/S or I-MR limits of every characteristic of a
 * {@code Dataset<Measurement>}, computed by Spark from the core's mergeable accumulators. The
 * equivalent single-machine fit is {@link #chartSpec()}{@code .fit(data)} on one
 * characteristic's values in time order; the results agree up to rounding (module README).
 *
 * <pre>{@code
 * Dataset<Measurement> data = SparkLimits.measurements(df, "part", "lot", "diameter");
 * Dataset<CharacteristicLimits> limits = SparkLimits.xbarR().fit(data);
 * }</pre>
 *
 * <p>Algorithm. X-bar/R and X-bar/S: two aggregations. First per (characteristic, subgroup) the
 * {@link MomentsAggregator} (core {@link Moments}, registered with {@code functions.udaf}); then
 * per characteristic the {@link LimitsAggregator} over the subgroup moments. I-MR: the data are
 * range-partitioned by (characteristic, order) and sorted within partitions; each partition turns
 * its run of each characteristic into a {@link MovingRangeSegment}, and the few segments of a
 * characteristic are combined in time order. No step holds a characteristic's values in memory.
 *
 * <p>Supported sigma methods: R_BAR, S_BAR, MVLUE_R, MVLUE_S and POOLED for subgroups;
 * AVERAGE_MOVING_RANGE, MSSD and OVERALL for individuals (MEDIAN_MOVING_RANGE needs every moving
 * range and is refused). One stage per characteristic; known standards are not offered (with
 * both known, there is nothing to fit).
 *
 * <p>Immutable and serialisable: every {@code with*} call returns a new instance.
 */
public final class SparkLimits implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ChartKind kind;
    private final SigmaMethod sigmaMethod;
    private final double nsigmas;
    private final ControlConstants.Table table;
    private final int movingRangeSpan;

    private SparkLimits(ChartKind kind, SigmaMethod sigmaMethod, double nsigmas, ControlConstants.Table table,
                        int movingRangeSpan) {
        this.kind = kind;
        this.sigmaMethod = sigmaMethod;
        this.nsigmas = nsigmas;
        this.table = table;
        this.movingRangeSpan = movingRangeSpan;
    }

    /** X-bar/R limits, sigma from the average range. */
    public static SparkLimits xbarR() {
        return of(ChartKind.XBAR_R);
    }

    /** X-bar/S limits, sigma from the average standard deviation. */
    public static SparkLimits xbarS() {
        return of(ChartKind.XBAR_S);
    }

    /** I-MR limits, sigma from the average moving range of span 2. */
    public static SparkLimits individuals() {
        return of(ChartKind.INDIVIDUALS_MR);
    }

    /** The default limits of a chart kind: 3 sigma, exact constants, its default sigma method. */
    public static SparkLimits of(ChartKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return new SparkLimits(kind, kind.defaultSigmaMethod(), 3.0, ControlConstants.Table.EXACT, 2);
    }

    /**
     * The typed measurements of a table with a characteristic column (any type, read as a string),
     * an order column (subgroup id or time order, integral) and a numeric value column.
     */
    public static Dataset<Measurement> measurements(Dataset<?> table, String keyColumn, String orderColumn,
                                                    String valueColumn) {
        Objects.requireNonNull(table, "table must not be null");
        return table.select(col(keyColumn).cast("string").as("key"), col(orderColumn).cast("long").as("order"),
                col(valueColumn).cast("double").as("value")).as(Encoders.bean(Measurement.class));
    }

    /** The chosen sigma method (see the class description for those supported). */
    public SparkLimits withSigmaMethod(SigmaMethod method) {
        Objects.requireNonNull(method, "method must not be null");
        chartSpec().withSigmaMethod(method);
        boolean ok = kind == ChartKind.INDIVIDUALS_MR
                ? method == SigmaMethod.AVERAGE_MOVING_RANGE || method == SigmaMethod.MSSD
                        || method == SigmaMethod.OVERALL
                : method.needsSubgroups();
        if (!ok) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sigma method %s is not available for %s limits on Spark; use %s", method, kind,
                    kind == ChartKind.INDIVIDUALS_MR ? "AVERAGE_MOVING_RANGE, MSSD or OVERALL"
                            : "R_BAR, S_BAR, MVLUE_R, MVLUE_S or POOLED"));
        }
        return new SparkLimits(kind, method, nsigmas, table, movingRangeSpan);
    }

    /** Limits at k sigmas (default 3). */
    public SparkLimits withNsigmas(double k) {
        chartSpec().withNsigmas(k);
        return new SparkLimits(kind, sigmaMethod, k, table, movingRangeSpan);
    }

    /** The constants table (default exact). */
    public SparkLimits withConstants(ControlConstants.Table constants) {
        Objects.requireNonNull(constants, "constants must not be null");
        return new SparkLimits(kind, sigmaMethod, nsigmas, constants, movingRangeSpan);
    }

    /** Span w of the moving range (I-MR; default 2). */
    public SparkLimits withMovingRangeSpan(int span) {
        chartSpec().withMovingRangeSpan(span);
        return new SparkLimits(kind, sigmaMethod, nsigmas, table, span);
    }

    /** The single-machine specification that fits the same limits. */
    public ChartSpec chartSpec() {
        ChartSpec spec = ChartSpec.of(kind).withNsigmas(nsigmas).withConstants(table)
                .withMovingRangeSpan(movingRangeSpan);
        return sigmaMethod == kind.defaultSigmaMethod() ? spec : spec.withSigmaMethod(sigmaMethod);
    }

    /** The chart kind. */
    public ChartKind kind() {
        return kind;
    }

    /**
     * Fits Phase I limits for every characteristic. Lazy, like every Dataset transformation: bad
     * data (a subgroup of one value, no spread, repeated individual orders) fail the Spark job with
     * an {@link IllegalArgumentException} naming the characteristic.
     */
    public Dataset<CharacteristicLimits> fit(Dataset<Measurement> data) {
        Objects.requireNonNull(data, "data must not be null");
        return kind == ChartKind.INDIVIDUALS_MR ? fitIndividuals(data) : fitSubgroups(data);
    }

    private Dataset<CharacteristicLimits> fitSubgroups(Dataset<Measurement> data) {
        Dataset<SubgroupMoments> subgroups = data.groupBy(col("key"), col("order"))
                .agg(MomentsAggregator.udaf().apply(col("value")).as("moments"))
                .as(Encoders.bean(SubgroupMoments.class));
        LimitsAggregator agg = new LimitsAggregator(kind, sigmaMethod, nsigmas, table, movingRangeSpan);
        return subgroups.groupByKey((MapFunction<SubgroupMoments, String>)
                        SubgroupMoments::getKey, Encoders.STRING())
                .agg(agg.toColumn())
                .map((MapFunction<Tuple2<String, CharacteristicLimits>, CharacteristicLimits>) Tuple2::_2,
                        Encoders.bean(CharacteristicLimits.class));
    }

    private Dataset<CharacteristicLimits> fitIndividuals(Dataset<Measurement> data) {
        int span = sigmaMethod == SigmaMethod.MSSD ? 2 : movingRangeSpan;
        boolean squared = sigmaMethod == SigmaMethod.MSSD;
        MapPartitionsFunction<Measurement, MovingRangeSegment> toSegments = rows -> segments(rows, span, squared);
        Dataset<MovingRangeSegment> segments = data
                .repartitionByRange(col("key"), col("order"))
                .sortWithinPartitions(col("key"), col("order"))
                .mapPartitions(toSegments, Encoders.bean(MovingRangeSegment.class));
        MapGroupsFunction<String, MovingRangeSegment, CharacteristicLimits> combine = (key, parts) -> {
            List<MovingRangeSegment> list = new ArrayList<>();
            parts.forEachRemaining(list::add);
            list.sort(Comparator.comparingLong(MovingRangeSegment::getFirstOrder));
            MovingRangeSegment all = MovingRangeSegment.start(key, span, squared);
            for (MovingRangeSegment s : list) {
                all.append(s);
            }
            return individualLimits(all);
        };
        return segments.groupByKey((MapFunction<MovingRangeSegment, String>)
                        MovingRangeSegment::getKey, Encoders.STRING())
                .mapGroups(combine, Encoders.bean(CharacteristicLimits.class));
    }

    /** One segment per run of a characteristic in a sorted partition. */
    private static Iterator<MovingRangeSegment> segments(Iterator<Measurement> rows, int span, boolean squared) {
        List<MovingRangeSegment> out = new ArrayList<>();
        MovingRangeSegment current = null;
        while (rows.hasNext()) {
            Measurement m = rows.next();
            if (current == null || !current.getKey().equals(m.getKey())) {
                current = MovingRangeSegment.start(m.getKey(), span, squared);
                out.add(current);
            }
            current.add(m.getOrder(), m.getValue());
        }
        return out.iterator();
    }

    private CharacteristicLimits individualLimits(MovingRangeSegment all) {
        Moments values = all.getValues().toMoments();
        Moments windows = all.getWindows().toMoments();
        long n = values.count();
        ControlConstants constants = ControlConstants.of(table);
        double sigma;
        switch (sigmaMethod) {
            case AVERAGE_MOVING_RANGE:
                if (n < movingRangeSpan) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "characteristic %s: %d values are too few for a moving range of span %d",
                            all.getKey(), n, movingRangeSpan));
                }
                sigma = windows.mean() / constants.d2(movingRangeSpan);
                break;
            case MSSD:
                if (n < 2) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "characteristic %s: MSSD needs at least 2 values, was %d", all.getKey(), n));
                }
                sigma = Math.sqrt(windows.mean() / 2.0);
                break;
            default:
                if (n < 2) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "characteristic %s: the overall standard deviation needs at least 2 values, was %d",
                            all.getKey(), n));
                }
                sigma = values.standardDeviation() / constants.c4(Math.toIntExact(n));
                break;
        }
        return limits(all.getKey(), kind, sigmaMethod, nsigmas, table, movingRangeSpan, Math.toIntExact(n), values,
                sigma, List.of(1));
    }

    /** The limits row of one characteristic; fails naming it when sigma is not positive. */
    static CharacteristicLimits limits(String key, ChartKind kind, SigmaMethod method, double nsigmas,
                                       ControlConstants.Table table, int span, int subgroups, Moments values,
                                       double sigma, List<Integer> sizes) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "characteristic %s: estimated sigma is %s (method %s): the Phase I data have no spread",
                    key, sigma, method));
        }
        ControlLimits limits = new ControlLimits(kind, method, nsigmas, table, span, subgroups, false, false,
                List.of(new StageLimits("", values.mean(), sigma, subgroups)));
        return CharacteristicLimits.of(key, limits, sizes, values.count());
    }

    @Override
    public String toString() {
        return "SparkLimits[" + chartSpec() + "]";
    }
}
