package org.spc4j.bench.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.spc4j.core.control.Subgroups;
import org.spc4j.io.csv.SpcCsv;

/**
 * CSV ingest of an individuals file (columns {@code time,value}, values like {@code 74.0123})
 * into a {@code double[]}: spc4j's reader beside two baselines measured in the same run, a plain
 * sequential Commons CSV loop and a plain {@code BufferedReader} line-split loop.
 *
 * <p>Throughput in MB/s = file size / time per operation. Run:
 * <pre>
 * mvn -B -ntp -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CsvIngestBenchmark -p megabytes=1024
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class CsvIngestBenchmark {

    @Param({"100"})
    public int megabytes;

    private Path file;
    private long rows;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("spc4j-ingest-", ".csv");
        Random random = new Random(1);
        long target = (long) megabytes << 20;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time,value\n");
            while (written < target) {
                String line = String.format(Locale.ROOT, "%d,%.4f%n", 1_700_000_000L + rows, 74 + random.nextGaussian() * 0.01);
                w.write(line);
                written += line.length();
                rows++;
            }
        }
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * spc4j: counted, then parsed in parallel ranges on all cores straight into one array, which
     * the subgroups hold without a copy ({@code ProcessData.values()} would add a copy: it hands
     * out a fresh array).
     */
    @Benchmark
    public Subgroups spc4j() {
        return SpcCsv.reader().valueColumn("value").read(file).subgroups();
    }

    /** Baseline: sequential Commons CSV, Double.parseDouble per record, into a growing double[]. */
    @Benchmark
    public double[] commonsCsvSequential() throws IOException {
        double[] out = new double[1024];
        int n = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = Double.parseDouble(record.get(1));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Baseline: BufferedReader.readLine, split at the comma, Double.parseDouble. */
    @Benchmark
    public double[] lineSplit() throws IOException {
        double[] out = new double[1024];
        int n = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = Double.parseDouble(line.substring(line.indexOf(',') + 1));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
