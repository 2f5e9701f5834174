package org.spc4j.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.spc4j.core.control.CusumSegment;
import org.spc4j.core.control.CusumState;
import org.spc4j.core.control.EwmaSegment;
import org.spc4j.core.control.EwmaState;
import org.spc4j.core.stats.Moments;

/**
 * EWMA and tabular CUSUM of every characteristic on partitions, by the core's ordered segments
 * ({@link EwmaSegment}, {@link CusumSegment}): the end state of each after the data, and the
 * largest CUSUM sums reached, for monitoring a long history without one task reading it all.
 *
 * <pre>{@code
 * Dataset<TimeWeightedState> s = SparkTimeWeighted.of(0.2, 0.5).endStates(phase2, limits);
 * }</pre>
 *
 * <p>Target and sigma (of one value) come from each characteristic's limits; the EWMA starts at
 * the target, the CUSUM sums at 0. Points are subgroup means (individual values for subgroups of
 * one). Algorithm: range-partition by (characteristic, order) and sort within partitions; every
 * partition turns its run of each characteristic into an EWMA and a CUSUM segment (a subgroup
 * never straddles partitions: equal sort keys share a range); the segments of a characteristic
 * are composed in time order and applied to the start state. Composition is associative, so the
 * result is the sequential recursion's up to rounding (module README: measured differences).
 */
public final class SparkTimeWeighted implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double lambda;
    private final double k;

    private SparkTimeWeighted(double lambda, double k) {
        this.lambda = lambda;
        this.k = k;
    }

    /**
     * EWMA with smoothing constant {@code lambda} in (0, 1] and CUSUM with reference value
     * {@code k} (sigma units of the monitored statistic, &gt;= 0).
     */
    public static SparkTimeWeighted of(double lambda, double k) {
        EwmaSegment.create(lambda);
        CusumSegment.create(0.0, 1.0, k);
        return new SparkTimeWeighted(lambda, k);
    }

    /** The end states of every characteristic of {@code data}, with the target and sigma of its limits. */
    public Dataset<TimeWeightedState> endStates(Dataset<Measurement> data, Map<String, CharacteristicLimits> limits) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        HashMap<String, double[]> process = new HashMap<>();
        limits.forEach((key, c) -> process.put(key, new double[] {c.getCenter(), c.getSigma()}));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext());
        Broadcast<HashMap<String, double[]>> shared = jsc.broadcast(process);
        double l = lambda;
        double kk = k;
        MapPartitionsFunction<Measurement, SegmentRow> toSegments = rows -> segments(rows, shared.value(), l, kk);
        MapGroupsFunction<String, SegmentRow, TimeWeightedState> compose = (key, parts) -> {
            List<SegmentRow> list = new ArrayList<>();
            parts.forEachRemaining(list::add);
            list.sort(Comparator.comparingLong(SegmentRow::getFirstOrder));
            double[] p = shared.value().get(key);
            EwmaSegment ewma = EwmaSegment.create(l);
            CusumSegment cusum = CusumSegment.create(p[0], p[1], kk);
            for (SegmentRow s : list) {
                ewma.combine(SegmentRow.object(s.getEwma(), EwmaSegment.class));
                cusum.combine(SegmentRow.object(s.getCusum(), CusumSegment.class));
            }
            EwmaState e = ewma.apply(EwmaState.start(p[0]));
            CusumState start = CusumState.start(0.0);
            CusumState c = cusum.apply(start);
            TimeWeightedState out = new TimeWeightedState();
            out.setKey(key);
            out.setPoints(e.steps());
            out.setEwma(e.value());
            out.setEwmaVarianceFactor(e.varianceFactor());
            out.setCusumUpper(c.upper());
            out.setCusumLower(c.lower());
            out.setCusumPeakUpper(cusum.peakUpper(start));
            out.setCusumPeakLower(cusum.peakLower(start));
            return out;
        };
        return data.repartitionByRange(col("key"), col("order"))
                .sortWithinPartitions(col("key"), col("order"))
                .mapPartitions(toSegments, Encoders.bean(SegmentRow.class))
                .groupByKey((MapFunction<SegmentRow, String>) SegmentRow::getKey, Encoders.STRING())
                .mapGroups(compose, Encoders.bean(TimeWeightedState.class));
    }

    /** One pair of segments per run of a characteristic in a sorted partition; subgroup means as points. */
    private static Iterator<SegmentRow> segments(Iterator<Measurement> rows, Map<String, double[]> process,
                                                 double lambda, double k) {
        List<SegmentRow> out = new ArrayList<>();
        String key = null;
        long order = 0;
        long first = 0;
        EwmaSegment ewma = null;
        CusumSegment cusum = null;
        double[] group = new double[16];
        int size = 0;
        while (true) {
            Measurement m = rows.hasNext() ? rows.next() : null;
            boolean sameGroup = m != null && m.getKey().equals(key) && m.getOrder() == order;
            if (!sameGroup && size > 0) {
                double mean = Moments.ofRange(group, 0, size).mean();
                ewma.accept(mean, size);
                cusum.accept(mean, size);
                size = 0;
            }
            if (m == null || !m.getKey().equals(key)) {
                if (key != null) {
                    out.add(row(key, first, ewma, cusum));
                }
                if (m == null) {
                    break;
                }
                key = m.getKey();
                double[] p = process.get(key);
                if (p == null) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "characteristic %s has no limits; limits were given for %d characteristics", key,
                            process.size()));
                }
                ewma = EwmaSegment.create(lambda);
                cusum = CusumSegment.create(p[0], p[1], k);
                first = m.getOrder();
            }
            order = m.getOrder();
            if (size == group.length) {
                group = Arrays.copyOf(group, 2 * size);
            }
            group[size++] = m.getValue();
        }
        return out.iterator();
    }

    private static SegmentRow row(String key, long first, EwmaSegment ewma, CusumSegment cusum) {
        SegmentRow r = new SegmentRow();
        r.setKey(key);
        r.setFirstOrder(first);
        r.setEwma(SegmentRow.bytes(ewma));
        r.setCusum(SegmentRow.bytes(cusum));
        return r;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SparkTimeWeighted[EWMA lambda %s, CUSUM k %s]", lambda, k);
    }
}
