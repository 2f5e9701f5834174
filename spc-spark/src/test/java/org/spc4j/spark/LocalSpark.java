package org.spc4j.spark;

import org.apache.spark.sql.SparkSession;

/** The test session: local[2], no UI, few shuffle partitions (small test data). */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start(String app) {
        return SparkSession.builder()
                .master("local[2]")
                .appName(app)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .getOrCreate();
    }
}
