package org.spc4j.io.csv;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.spc4j.core.control.Subgroups;

/**
 * Process measurements read from a CSV source: the values in one primitive array, the subgroup
 * boundaries, and per subgroup the optional label, stage, time and attribute sample size; plus
 * every row that was skipped under {@link ErrorPolicy#SKIP}, with its reason. Immutable.
 */
public final class ProcessData {

    private final String source;
    private final java.util.function.Supplier<String> sha256;
    private String sha256Value;
    private final Subgroups subgroups;
    private final List<String> labels;
    private final List<Instant> times;
    private final double[] sampleSizes;
    private final List<SkippedRow> skipped;
    private final long rows;

    /**
     * Values already arranged as subgroups (with their labels and stages), and per subgroup the
     * labels again (for {@link #labels()}), times and sample sizes, each null when not read.
     */
    ProcessData(String source, java.util.function.Supplier<String> sha256, Subgroups subgroups, List<String> labels,
                List<Instant> times, double[] sampleSizes, List<SkippedRow> skipped, long rows) {
        this.source = source;
        this.sha256 = sha256;
        this.subgroups = subgroups;
        this.labels = labels == null ? null : List.copyOf(labels);
        this.times = times == null ? null : List.copyOf(times);
        this.sampleSizes = sampleSizes;
        this.skipped = List.copyOf(skipped);
        this.rows = rows;
    }

    /** The file name (or the description given for a stream). */
    public String source() {
        return source;
    }

    /**
     * Lower-case hex SHA-256 of the file, for provenance (empty when read from a character
     * stream). Computed on first use for files read by the parallel path.
     */
    public synchronized String sha256() {
        if (sha256Value == null) {
            sha256Value = sha256.get();
        }
        return sha256Value;
    }

    /** Number of data rows read, skipped ones included. */
    public long rowCount() {
        return rows;
    }

    /** Number of values kept. */
    public int valueCount() {
        return subgroups.valueCount();
    }

    /** A copy of all values in file order. */
    public double[] values() {
        return subgroups.values();
    }

    /** Number of subgroups. */
    public int subgroupCount() {
        return subgroups.count();
    }

    /** The values as subgroups (immutable, shared), with labels and stages when the file had those columns. */
    public Subgroups subgroups() {
        return subgroups;
    }

    /** True when a sample-size column was read. */
    public boolean hasSampleSizes() {
        return sampleSizes != null;
    }

    /** Attribute sample sizes, one per subgroup (row). */
    public double[] sampleSizes() {
        if (sampleSizes == null) {
            throw new IllegalStateException(source + ": no sample-size column was configured");
        }
        return sampleSizes.clone();
    }

    /** True when a time column was read. */
    public boolean hasTimes() {
        return times != null;
    }

    /** Time of each subgroup (its first row), or an empty list without a time column. */
    public List<Instant> times() {
        return times == null ? List.of() : times;
    }

    /** Labels of the subgroups, or an empty list when none were read. */
    public List<String> labels() {
        return labels == null ? List.of() : labels;
    }

    /** Every row skipped under {@link ErrorPolicy#SKIP}, in file order; empty under ERROR. */
    public List<SkippedRow> skipped() {
        return skipped;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ProcessData[%s: %d rows, %d values in %d subgroups, %d skipped]",
                source, rows, valueCount(), subgroupCount(), skipped.size());
    }

    /**
     * Subgroups of freshly read values with the given starts (length count + 1), labels and
     * stages (null when not read). The reader keeps no reference to {@code values}, so subgroups
     * of one size take it over without a copy ({@link Subgroups#wrap}); other sizes copy it.
     */
    static Subgroups subgroups(double[] values, int[] starts, List<String> labels, List<String> stages) {
        int count = starts.length - 1;
        int size = count > 0 ? starts[1] - starts[0] : 1;
        boolean fixed = (long) size * count == values.length;
        for (int i = 1; fixed && i < count; i++) {
            fixed = starts[i + 1] - starts[i] == size;
        }
        Subgroups s;
        if (fixed) {
            s = Subgroups.wrap(size, values);
        } else {
            int[] sizes = new int[count];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = starts[i + 1] - starts[i];
            }
            s = Subgroups.ofSizes(sizes, values);
        }
        if (labels != null) {
            s = s.withLabels(labels);
        }
        if (stages != null) {
            s = s.withStages(stages);
        }
        return s;
    }

    /** Growable primitive array; package-private helper of the reader. */
    static final class DoubleBuffer {
        private double[] data = new double[1024];
        private int size;

        void add(double v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }

    /** Growable int array. */
    static final class IntBuffer {
        private int[] data = new int[1024];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int last() {
            return data[size - 1];
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
