package org.spc4j.spark.examples;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.spc4j.core.capability.SpecLimits;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.spark.CharacteristicCapability;
import org.spc4j.spark.CharacteristicLimits;
import org.spc4j.spark.LimitsFiles;
import org.spc4j.spark.Measurement;
import org.spc4j.spark.RulePreset;
import org.spc4j.spark.SparkCapability;
import org.spc4j.spark.SparkLimits;
import org.spc4j.spark.SparkRules;
import org.spc4j.spark.ViolationRow;

/**
 * Example Spark job: generates a synthetic process ({@link SyntheticMeasurements}), fits Phase I
 * limits on the first half of every characteristic, writes them as limits files, reads them
 * back, applies them to the second half with the Nelson rules and writes a violations report
 * (CSV); optionally also a capability report (through aggregators, {@link SparkCapability#aggregate}).
 *
 * <pre>
 * spark-submit --class org.spc4j.spark.examples.SparkSpcJob spc-spark-job.jar \
 *     --rows 100000000 --characteristics 100 --subgroup-size 5 --out /data/spc-demo [--capability]
 * </pre>
 *
 * Without {@code spark-submit} (no {@code spark.master} set) it runs in {@code local[*]}. The
 * limits directory must be on the driver's file system; the reports go wherever Spark writes
 * ({@code --out} may be an HDFS or S3 URI only when {@code --limits} names a local directory).
 */
public final class SparkSpcJob {

    private SparkSpcJob() {
    }

    public static void main(String[] args) {
        Map<String, String> opt = options(args);
        long rows = Long.parseLong(opt.getOrDefault("rows", "1000000"));
        int characteristics = Integer.parseInt(opt.getOrDefault("characteristics", "100"));
        int n = Integer.parseInt(opt.getOrDefault("subgroup-size", "5"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
        String out = opt.getOrDefault("out", "spc-spark-demo");
        Path limitsDir = Path.of(opt.getOrDefault("limits", Path.of(out, "limits").toString()));
        boolean capability = opt.containsKey("capability");

        SparkConf conf = new SparkConf().setAppName("spc4j synthetic SPC job");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SyntheticMeasurements data = new SyntheticMeasurements(rows, characteristics, n, seed);
            long half = data.perCharacteristic() / n / 2;
            Dataset<Measurement> all = data.generate(spark);
            SparkLimits spec = n == 1 ? SparkLimits.individuals() : SparkLimits.xbarR();
            System.out.printf(Locale.ROOT, "%,d rows, %d characteristics, %s, Phase I = subgroups 0..%d%n",
                    data.size(), characteristics, spec.kind(), half - 1);

            long t0 = System.nanoTime();
            List<CharacteristicLimits> fitted = spec.fit(all.filter(col("order").lt(half))).collectAsList();
            LimitsFiles.write(fitted, limitsDir, RulePreset.NELSON, "synthetic seed " + seed);
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "Phase I: limits of %d characteristics written to %s in %.1f s%n",
                    fitted.size(), limitsDir, (t1 - t0) / 1e9);

            Map<String, CharacteristicLimits> saved = LimitsFiles.read(limitsDir);
            Dataset<ViolationRow> violations = SparkRules.of(RulePreset.NELSON)
                    .evaluate(all.filter(col("order").geq(half)), saved);
            violations.coalesce(1).write().mode(SaveMode.Overwrite).option("header", true).csv(out + "/violations");
            long t2 = System.nanoTime();
            long count = spark.read().option("header", true).csv(out + "/violations").count();
            System.out.printf(Locale.ROOT, "Phase II: %,d violations written to %s/violations in %.1f s%n", count, out,
                    (t2 - t1) / 1e9);

            if (capability) {
                Map<String, SpecLimits> specs = new HashMap<>();
                for (int k = 0; k < characteristics; k++) {
                    specs.put(SyntheticMeasurements.key(k), SpecLimits.twoSided(10.0 + k - 2.5, 10.0 + k + 3.0));
                }
                SparkLimits within = n == 1 ? SparkLimits.individuals()
                        : SparkLimits.xbarS().withSigmaMethod(SigmaMethod.POOLED);
                Dataset<CharacteristicCapability> cap = SparkCapability.aggregate(all, specs, within);
                cap.coalesce(1).write().mode(SaveMode.Overwrite).option("header", true).csv(out + "/capability");
                long t3 = System.nanoTime();
                System.out.printf(Locale.ROOT, "Capability of %d characteristics written to %s/capability in %.1f s%n",
                        characteristics, out, (t3 - t2) / 1e9);
            }
            System.out.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - t0) / 1e9);
        } finally {
            spark.stop();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option such as --rows, found '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            if (name.equals("capability")) {
                m.put(name, "true");
            } else if (i + 1 < args.length) {
                m.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
        }
        return m;
    }
}
