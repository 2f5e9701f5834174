package org.spc4j.spark.examples;

import java.io.Serializable;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.spc4j.spark.Measurement;

/**
 * A deterministic synthetic process: {@code characteristics} characteristics measured in turn,
 * each {@link #perCharacteristic()} times, in subgroups of {@code subgroupSize} consecutive
 * values. Row {@code id} belongs to characteristic {@code id % K} at time {@code t = id / K}, so
 * the rows of all characteristics interleave as in a time-ordered data lake; its value is a pure
 * function of the seed and the id ({@link #row}), so a single machine can rebuild any
 * characteristic's series exactly ({@link #series}) to check a Spark result.
 *
 * <p>The process: characteristic k has mean {@code 10 + k} and sigma {@code 0.5 + (k % 7) / 10};
 * every fifth characteristic shifts its mean by 1.5 sigma after three quarters of its points, and
 * every seventh drifts upwards by one sigma over its last tenth, so Phase II finds violations.
 *
 * @param rows requested number of rows (rounded down to whole subgroups of every characteristic)
 * @param characteristics number of characteristics K
 * @param subgroupSize values per subgroup n (1 for individuals)
 * @param seed the random seed
 */
public record SyntheticMeasurements(long rows, int characteristics, int subgroupSize, long seed)
        implements Serializable {

    public SyntheticMeasurements {
        if (characteristics < 1 || subgroupSize < 1 || rows < (long) characteristics * subgroupSize) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "need characteristics >= 1, subgroupSize >= 1 and rows >= characteristics * subgroupSize; "
                            + "were rows %d, characteristics %d, subgroupSize %d", rows, characteristics,
                    subgroupSize));
        }
    }

    /** Values per characteristic: whole subgroups only. */
    public long perCharacteristic() {
        return rows / characteristics / subgroupSize * subgroupSize;
    }

    /** Number of rows actually generated. */
    public long size() {
        return perCharacteristic() * characteristics;
    }

    /** Name of characteristic k. */
    public static String key(int k) {
        return String.format(Locale.ROOT, "C%05d", k);
    }

    /** Row {@code id} (0 &lt;= id &lt; {@link #size()}). */
    public Measurement row(long id) {
        int k = (int) (id % characteristics);
        long t = id / characteristics;
        return Measurement.of(key(k), t / subgroupSize, value(k, t, id));
    }

    /** The values of characteristic k in time order. */
    public double[] series(int k) {
        double[] x = new double[Math.toIntExact(perCharacteristic())];
        for (int t = 0; t < x.length; t++) {
            x[t] = value(k, t, (long) t * characteristics + k);
        }
        return x;
    }

    private double value(int k, long t, long id) {
        double sigma = 0.5 + (k % 7) / 10.0;
        double mean = 10.0 + k;
        long per = perCharacteristic();
        if (k % 5 == 0 && t >= per * 3 / 4) {
            mean += 1.5 * sigma;
        }
        if (k % 7 == 0 && t >= per * 9 / 10) {
            mean += sigma * (t - per * 9 / 10) / (per / 10.0);
        }
        double z = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L)).nextGaussian();
        return mean + sigma * z;
    }

    /** The rows as a Spark Dataset, generated on the executors from {@code spark.range}. */
    public Dataset<Measurement> generate(SparkSession spark) {
        return spark.range(size()).map((MapFunction<Long, Measurement>) this::row, Encoders.bean(Measurement.class));
    }
}
