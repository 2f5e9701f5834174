package org.spc4j.core.control;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.spc4j.core.internal.ChartAccess;

/**
 * One plotted control chart (for example the X-bar part of an X-bar/R chart): per point the
 * statistic, centre line, sigma of the statistic and the control limits. Immutable; values are
 * held in primitive arrays and handed out as {@link ChartPoint} records.
 *
 * <p>Limits: \( CL_i \pm k\,\sigma_i \) where \(\sigma_i\) is the standard deviation of the plotted
 * statistic at point i and k = nsigmas; the LCL of a chart bounded below (R, S, MR, c, u) is clamped at 0,
 * and the UCL of a chart bounded above is clamped at its per-point upper bound (p at 1, np at n).
 */
public final class ControlChart {

    static {
        // The run rules (another package of the core) read a stored statistic without a copy.
        ChartAccess.register(chart -> chart.span == 0 ? chart.statistic : null);
    }


    private final String name;
    private final double nsigmas;
    private final double lowerBound;
    /** Per-point upper bound of the statistic, or null when unbounded above. */
    private final double[] upperBound;
    /** 1-based point indexes, or null when they are firstIndex, firstIndex + 1, ... */
    private final int[] index;
    private final int firstIndex;
    private final List<String> labels;
    private final List<String> stages;
    /**
     * The plotted statistic, point i at statistic[i]; or, when {@code span} is not 0, the
     * individual values whose moving ranges are plotted: point i is the moving range of span
     * {@code span} ending at value {@code i + span - 1}, computed on access (see {@link #movingRanges}).
     */
    private final double[] statistic;
    private final int span;
    private final int size;
    /**
     * Centre and sigma of the statistic, of equal length L from 1 to the number of points: entry i
     * belongs to point i, and the last entry also to every later point. One entry per point gives
     * per-point limits, L = 1 constant limits, a length between them limits that vary at first
     * and then settle (exact EWMA).
     */
    private final double[] center;
    private final double[] sigma;

    ControlChart(String name, double nsigmas, double lowerBound, int[] index, List<String> labels,
                 List<String> stages, double[] statistic, double[] center, double[] sigma) {
        this(name, nsigmas, lowerBound, null, index, labels, stages, statistic, center, sigma);
    }

    /**
     * A chart whose statistic is bounded above at point i by {@code upperBound[i]} (null: unbounded),
     * for example a proportion at 1 or a count of nonconforming units at the sample size.
     */
    ControlChart(String name, double nsigmas, double lowerBound, double[] upperBound, int[] index,
                 List<String> labels, List<String> stages, double[] statistic, double[] center, double[] sigma) {
        this(name, nsigmas, lowerBound, upperBound, index, 0, labels, stages, statistic, 0, center, sigma);
    }

    /**
     * A chart whose points are numbered {@code firstIndex}, {@code firstIndex + 1}, ... and whose
     * centre and sigma of the statistic are the same at every point: no per-point arrays but the
     * statistic (a chart of millions of points then costs 8 bytes a point).
     */
    static ControlChart constantLimits(String name, double nsigmas, double lowerBound, int firstIndex,
                                       List<String> labels, List<String> stages, double[] statistic, double center,
                                       double sigma) {
        return new ControlChart(name, nsigmas, lowerBound, null, null, firstIndex, labels, stages, statistic, 0,
                new double[] {center}, new double[] {sigma});
    }

    /**
     * A moving-range chart with constant limits over the individual values {@code x}, which it
     * shares and never changes: point k (numbered {@code firstIndex + k}) is the moving range of
     * span w ending at {@code x[k + w - 1]}, computed ({@code movingRange}) when it is read instead of
     * stored. Reading it costs one subtraction (w = 2); storing it would cost a second array as
     * large as the values (452 MB for a 1 GB CSV of individuals), which a chart of the values
     * themselves does not need.
     */
    static ControlChart movingRanges(String name, double nsigmas, int firstIndex, List<String> labels,
                                     List<String> stages, double[] x, int w, double center, double sigma) {
        if (w < 2) {
            throw new IllegalArgumentException("moving range span must be >= 2, was " + w);
        }
        return new ControlChart(name, nsigmas, 0.0, null, null, firstIndex, labels, stages, x, w,
                new double[] {center}, new double[] {sigma});
    }

    /**
     * The moving range of span w ending at x[i]: max - min of x[i-w+1..i]. For w = 2 it is
     * |x[i] - x[i-1]|, bit for bit max - min (see {@code SigmaEstimation.movingRanges}).
     */
    static double movingRange(double[] x, int i, int w) {
        if (w == 2) {
            return Math.abs(x[i] - x[i - 1]);
        }
        double lo = x[i];
        double hi = x[i];
        for (int j = i - w + 1; j < i; j++) {
            lo = Math.min(lo, x[j]);
            hi = Math.max(hi, x[j]);
        }
        return hi - lo;
    }

    /**
     * Points numbered from {@code firstIndex}, with per-point centre and sigma, or (arrays shorter
     * than the statistic) centre and sigma per point for the first points and the last entry for
     * every later point: limits that settle to a constant cost only their varying prefix.
     */
    static ControlChart numberedFrom(String name, double nsigmas, double lowerBound, int firstIndex,
                                     List<String> labels, List<String> stages, double[] statistic, double[] center,
                                     double[] sigma) {
        return new ControlChart(name, nsigmas, lowerBound, null, null, firstIndex, labels, stages, statistic, 0, center,
                sigma);
    }

    private ControlChart(String name, double nsigmas, double lowerBound, double[] upperBound, int[] index,
                         int firstIndex, List<String> labels, List<String> stages, double[] statistic, int span,
                         double[] center, double[] sigma) {
        int n = span == 0 ? statistic.length : Math.max(0, statistic.length - span + 1);
        if (upperBound != null && upperBound.length != n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d upper bounds for %d points", upperBound.length, n));
        }
        if ((index != null && index.length != n) || center.length < 1 || center.length > Math.max(1, n)
                || sigma.length != center.length || labels.size() != n || stages.size() != n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d points need as many indexes (%s), labels (%d) and stages (%d), and as many centres as "
                            + "sigmas (%d, %d), between one and one per point", n,
                    index == null ? "numbered" : index.length, labels.size(), stages.size(), center.length,
                    sigma.length));
        }
        this.name = name;
        this.nsigmas = nsigmas;
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
        this.index = index;
        this.firstIndex = firstIndex;
        this.labels = PointLists.copyOf(labels);
        this.stages = PointLists.copyOf(stages);
        this.statistic = statistic;
        this.span = span;
        this.size = n;
        this.center = center;
        this.sigma = sigma;
    }

    /**
     * Chart name: {@code xbar}, {@code r}, {@code s}, {@code i}, {@code mr}, {@code p}, {@code np},
     * {@code c}, {@code u}, {@code p'}, {@code u'}, {@code g}, {@code t}, {@code ewma}, {@code ma},
     * {@code cusum+} or {@code cusum-}.
     */
    public String name() {
        return name;
    }

    /** Width of the control limits in sigmas of the statistic. */
    public double nsigmas() {
        return nsigmas;
    }

    /** Number of plotted points. */
    public int size() {
        return size;
    }

    /** 1-based index of point i (0-based position). */
    public int index(int i) {
        return index != null ? index[i] : firstIndex + Objects.checkIndex(i, size);
    }

    /** Label of point i (without making the point's record: reports of millions of points read it per point). */
    public String label(int i) {
        return labels.get(i);
    }

    /**
     * True when every point's label is its index in decimal ({@code "1"}, {@code "2"}, ..., the
     * labels of data without a label column): a report of millions of points can write the index
     * instead of making each label's String. False does not mean that some label differs.
     */
    public boolean labelsAreIndexes() {
        return index == null && PointLists.isNumbers(labels, firstIndex);
    }

    /** Stage name of point i, empty when the data have no stages. */
    public String stage(int i) {
        return stages.get(i);
    }

    /** Plotted statistic of point i. */
    public double statistic(int i) {
        return span == 0 ? statistic[i] : movingRange(statistic, Objects.checkIndex(i, size) + span - 1, span);
    }

    /**
     * Copies the plotted statistics of points {@code from .. from + length - 1} into
     * {@code dest[destFrom ..]}: bulk access without a per-point call and without allocating
     * (moving ranges that are computed on access are computed here).
     *
     * @throws IndexOutOfBoundsException when either range is out of bounds
     */
    public void copyStatistics(int from, double[] dest, int destFrom, int length) {
        Objects.checkFromIndexSize(from, length, size);
        Objects.checkFromIndexSize(destFrom, length, dest.length);
        if (span == 0) {
            System.arraycopy(statistic, from, dest, destFrom, length);
        } else {
            for (int k = 0; k < length; k++) {
                dest[destFrom + k] = movingRange(statistic, from + k + span - 1, span);
            }
        }
    }

    /**
     * End (exclusive) of the run of points from {@code from} that share one centre line, one sigma
     * of the statistic and one stage: a rule engine can take such a run in one piece. O(1) for a
     * chart with one stage from the point where its limits have settled.
     */
    public int sameLimitsUntil(int from) {
        Objects.checkIndex(from, size);
        if (from >= center.length - 1 && PointLists.isRepeated(stages)) {
            return size;
        }
        int c = at(from);
        String stage = stages.get(from);
        int end = from + 1;
        while (end < size && center[at(end)] == center[c] && sigma[at(end)] == sigma[c]
                && stages.get(end).equals(stage)) {
            end++;
        }
        return end;
    }

    /** Centre line at point i. */
    public double center(int i) {
        return center[at(i)];
    }

    /** Position in the centre and sigma arrays of point i: i, or their last entry for the points after them. */
    private int at(int i) {
        return Math.min(Objects.checkIndex(i, size), center.length - 1);
    }

    /** Standard deviation of the plotted statistic at point i. */
    public double sigmaOfStatistic(int i) {
        return sigma[at(i)];
    }

    /** Lower control limit at point i. */
    public double lcl(int i) {
        return zone(i, -nsigmas);
    }

    /** Upper control limit at point i. */
    public double ucl(int i) {
        return zone(i, nsigmas);
    }

    /**
     * Centre line plus k sigma of the statistic at point i (k may be negative), clamped at the lower
     * bound and, for charts bounded above, at the upper bound of point i.
     */
    public double zone(int i, double k) {
        int c = at(i);
        double z = Math.max(lowerBound, center[c] + k * sigma[c]);
        return upperBound == null ? z : Math.min(upperBound[i], z);
    }

    /** Point i as a record. */
    public ChartPoint point(int i) {
        Objects.checkIndex(i, size());
        return new ChartPoint(index(i), labels.get(i), stages.get(i), statistic(i), lcl(i), zone(i, -2),
                zone(i, -1), center(i), zone(i, 1), zone(i, 2), ucl(i));
    }

    /** All points, as a read-only list view. */
    public List<ChartPoint> points() {
        return new AbstractList<>() {
            @Override
            public ChartPoint get(int i) {
                return point(i);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Points beyond the control limits (strictly outside), as {@link ChartPoint#beyondLimits} decides:
     * the limits are compared point by point and only the points beyond them become records.
     */
    public List<ChartPoint> pointsBeyondLimits() {
        List<ChartPoint> beyond = new ArrayList<>();
        for (int i = 0; i < statistic.length; i++) {
            if (statistic[i] > ucl(i) || statistic[i] < lcl(i)) {
                beyond.add(point(i));
            }
        }
        return List.copyOf(beyond);
    }

    /** True when the centre line and limits are the same at every point. */
    public boolean hasConstantLimits() {
        for (int i = 1; i < center.length; i++) {
            if (center[i] != center[0] || sigma[i] != sigma[0]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return toTable(20);
    }

    /** A readable table with at most {@code maxRows} rows (first and last points when longer). */
    public String toTable(int maxRows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s chart, %d points, %s-sigma limits%n", name, size(), fmt(nsigmas)));
        boolean staged = stages.stream().anyMatch(s -> !s.isEmpty());
        sb.append(String.format(Locale.ROOT, "%6s %-10s %s%12s %12s %12s %12s  %s%n", "index", "label",
                staged ? String.format(Locale.ROOT, "%-8s ", "stage") : "", name, "LCL", "CL", "UCL", ""));
        int head = size() <= maxRows ? size() : Math.max(1, maxRows - 5);
        for (int i = 0; i < size(); i++) {
            if (i == head && size() > maxRows) {
                sb.append(String.format(Locale.ROOT, "%6s ... %d more points ...%n", "", size() - head - 5));
                i = size() - 5;
            }
            ChartPoint p = point(i);
            sb.append(String.format(Locale.ROOT, "%6d %-10s %s%12s %12s %12s %12s  %s%n", p.index(), clip(p.label()),
                    staged ? String.format(Locale.ROOT, "%-8s ", clip(p.stage())) : "", fmt(p.statistic()),
                    fmt(p.lcl()), fmt(p.center()), fmt(p.ucl()), p.beyondLimits() ? "*" : ""));
        }
        return sb.toString();
    }

    private static String clip(String s) {
        return s.length() <= 10 ? s : s.substring(0, 9) + "~";
    }

    /** Seven significant digits without trailing zeros, as R prints. */
    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0.0) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(7)).stripTrailingZeros().toPlainString();
    }
}
