package org.spc4j.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.spc4j.core.stats.Moments;

/**
 * The core {@link Moments} accumulator as a typed Spark {@link Aggregator}: {@code zero} is
 * {@link Moments#create()}, {@code reduce} is {@link Moments#accept}, {@code merge} is
 * {@link Moments#combine}, and the result is the accumulator's state (count, mean, standard
 * deviation, min and max follow from {@link MomentsBuffer#toMoments()}). Because {@code combine}
 * is associative with {@code create()} as identity, any partitioning gives the sequential result
 * up to rounding.
 *
 * <pre>{@code
 * Dataset<Row> perSubgroup = rows.groupBy("key", "order")
 *         .agg(MomentsAggregator.udaf().apply(col("value")).as("moments"));
 * }</pre>
 */
public final class MomentsAggregator extends Aggregator<Double, MomentsBuffer, MomentsBuffer> {

    private static final long serialVersionUID = 1L;

    /** The aggregator; use {@link #udaf()} in untyped {@code agg} calls. */
    public MomentsAggregator() {
    }

    /** This aggregator registered as an untyped function of one double column (null values are refused). */
    public static UserDefinedFunction udaf() {
        return functions.udaf(new MomentsAggregator(), Encoders.DOUBLE());
    }

    @Override
    public MomentsBuffer zero() {
        return new MomentsBuffer();
    }

    @Override
    public MomentsBuffer reduce(MomentsBuffer b, Double x) {
        if (x == null) {
            throw new IllegalArgumentException("a null value cannot be accumulated; filter or impute missing values first");
        }
        Moments m = b.toMoments();
        m.accept(x);
        return b.set(m);
    }

    @Override
    public MomentsBuffer merge(MomentsBuffer a, MomentsBuffer b) {
        return a.set(a.toMoments().combine(b.toMoments()));
    }

    @Override
    public MomentsBuffer finish(MomentsBuffer b) {
        return b;
    }

    @Override
    public Encoder<MomentsBuffer> bufferEncoder() {
        return Encoders.bean(MomentsBuffer.class);
    }

    @Override
    public Encoder<MomentsBuffer> outputEncoder() {
        return Encoders.bean(MomentsBuffer.class);
    }
}
