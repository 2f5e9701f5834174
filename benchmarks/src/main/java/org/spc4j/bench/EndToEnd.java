package org.spc4j.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.io.csv.SpcCsv;

/**
 * End-to-end harness for the goal of issue 9: an individuals chart with its default run rules on
 * a 1 GB CSV should take at most 2 times the CSV ingest alone, and its peak memory should stay
 * below 2 times the size of the values as doubles. It does at library level what {@code spc chart}
 * does (read the value column, fit and chart I-MR, evaluate the rules), one step per mode, so
 * that {@code /usr/bin/time -v} gives the peak resident set of each:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.spc4j.bench.EndToEnd generate /tmp/e2e.csv 1024
 * /usr/bin/time -v java -cp benchmarks/target/benchmarks.jar org.spc4j.bench.EndToEnd ingest /tmp/e2e.csv
 * /usr/bin/time -v java -cp benchmarks/target/benchmarks.jar org.spc4j.bench.EndToEnd chart /tmp/e2e.csv
 * </pre>
 *
 * <p>The file has the columns {@code time,value} like {@code CsvIngestBenchmark}'s. Each mode
 * prints its wall times in milliseconds; {@code chart} also prints the ingest part separately.
 */
public final class EndToEnd {

    private EndToEnd() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println(
                    "usage: EndToEnd generate <file> <megabytes> | ingest <file> | chart <file>");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(file, Long.parseLong(args[2]) << 20);
            case "ingest" -> {
                long t0 = System.nanoTime();
                Subgroups data = ingest(file);
                report("ingest", t0, "values " + data.valueCount());
            }
            case "chart" -> {
                long t0 = System.nanoTime();
                Subgroups data = ingest(file);
                report("ingest", t0, "values " + data.valueCount());
                long t1 = System.nanoTime();
                ChartResult chart = ChartSpec.individuals().chart(data);
                report("chart", t1, "center " + chart.limits().center() + ", sigma " + chart.sigma());
                long t2 = System.nanoTime();
                List<RuleViolations> v = ChartRules.defaults().evaluate(chart);
                report("rules", t2, "violations " + v.stream().mapToInt(r -> r.violations().size()).sum());
                report("total", t0, "");
            }
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    /** The file's value column as subgroups, which hold the reader's array itself (no copy). */
    private static Subgroups ingest(Path file) {
        return SpcCsv.reader().valueColumn("value").read(file).subgroups();
    }

    private static void report(String step, long start, String detail) {
        System.out.printf(Locale.ROOT, "%-7s %8d ms  %s%n", step, (System.nanoTime() - start) / 1_000_000, detail);
    }

    /** Writes about {@code bytes} of {@code time,value} rows, values normal(74, 0.01) to 4 decimals. */
    static void generate(Path file, long bytes) throws IOException {
        Random random = new Random(1);
        long written = 0;
        long rows = 0;
        StringBuilder line = new StringBuilder(32);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time,value\n");
            while (written < bytes) {
                long scaled = Math.round((74 + random.nextGaussian() * 0.01) * 10_000);
                line.setLength(0);
                line.append(1_700_000_000L + rows).append(',').append(scaled / 10_000).append('.');
                long frac = scaled % 10_000;
                for (long p = 1000; p > frac && p > 1; p /= 10) {
                    line.append('0');
                }
                line.append(frac).append('\n');
                w.append(line);
                written += line.length();
                rows++;
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d rows, %d bytes to %s%n", rows, written, file);
    }
}
