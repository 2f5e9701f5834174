package org.spc4j.core.control;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A two-sided tabular CUSUM computed against fixed parameters: the upper and lower sums per
 * point (in sigma units of the monitored statistic), the points that signal, and the end state.
 *
 * <p>For rules engines and renderers the sums are also two {@link ControlChart} views,
 * {@code cusum+} and {@code cusum-}: statistic \(C^\pm_i\), centre 0, sigma of the statistic 1,
 * limits 0 and h (nsigmas = h), so that "beyond the limits" is exactly "signals". Their zone lines
 * at 1 and 2 are sigma-unit grid lines, not probability zones: run rules other than "beyond the
 * limits" do not apply to a CUSUM.
 *
 * @param limits the parameters the points were judged against
 * @param upper the view of the upper sums
 * @param lower the view of the lower sums
 * @param standardized the standardised points \(y_i\), in order
 * @param end the state after the last point, to continue the sums on further data
 */
public record CusumResult(CusumLimits limits, ControlChart upper, ControlChart lower, List<Double> standardized,
                          CusumState end) {

    public CusumResult {
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(upper, "upper must not be null");
        Objects.requireNonNull(lower, "lower must not be null");
        standardized = PointLists.copyOf(Objects.requireNonNull(standardized, "standardized must not be null"));
        Objects.requireNonNull(end, "end must not be null");
        if (upper.size() != lower.size() || upper.size() != standardized.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "upper, lower and standardized differ in size: %d, %d, %d", upper.size(), lower.size(),
                    standardized.size()));
        }
    }

    /** Number of points. */
    public int size() {
        return upper.size();
    }

    /** Upper sum C+ at point i (0-based). */
    public double upperSum(int i) {
        return upper.statistic(i);
    }

    /** Lower sum C- at point i (0-based). */
    public double lowerSum(int i) {
        return lower.statistic(i);
    }

    /** Point i (0-based) as a record. */
    public CusumPoint point(int i) {
        double h = limits.h();
        return new CusumPoint(upper.index(i), upper.point(i).label(), standardized.get(i), upperSum(i), lowerSum(i),
                upperSum(i) > h, lowerSum(i) > h);
    }

    /** All points, as a read-only list view. */
    public List<CusumPoint> points() {
        return new AbstractList<>() {
            @Override
            public CusumPoint get(int i) {
                return point(i);
            }

            @Override
            public int size() {
                return CusumResult.this.size();
            }
        };
    }

    /** The points where either sum exceeds h (only those become records). */
    public List<CusumPoint> signals() {
        List<CusumPoint> signals = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (signalsAt(i)) {
                signals.add(point(i));
            }
        }
        return List.copyOf(signals);
    }

    /** 1-based index of the first signalling point, if any. */
    public OptionalInt firstSignal() {
        for (int i = 0; i < size(); i++) {
            if (signalsAt(i)) {
                return OptionalInt.of(upper.index(i));
            }
        }
        return OptionalInt.empty();
    }

    /** True when either sum at point i exceeds h, as {@link CusumPoint#signal()} says. */
    private boolean signalsAt(int i) {
        return upperSum(i) > limits.h() || lowerSum(i) > limits.h();
    }

    /** The two views, upper first. */
    public List<ControlChart> charts() {
        return List.of(upper, lower);
    }

    /** True when no point signals. */
    public boolean inControl() {
        return firstSignal().isEmpty();
    }

    @Override
    public String toString() {
        return limits + "\n" + toTable(20);
    }

    /** A readable table with at most {@code maxRows} rows (first and last points when longer). */
    public String toTable(int maxRows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "CUSUM, %d points, h %s%n", size(), ControlChart.fmt(limits.h())));
        sb.append(String.format(Locale.ROOT, "%6s %-10s %12s %12s %12s  %s%n", "index", "label", "y", "C+", "C-",
                "signal"));
        int head = size() <= maxRows ? size() : Math.max(1, maxRows - 5);
        for (int i = 0; i < size(); i++) {
            if (i == head && size() > maxRows) {
                sb.append(String.format(Locale.ROOT, "%6s ... %d more points ...%n", "", size() - head - 5));
                i = size() - 5;
            }
            CusumPoint p = point(i);
            String label = p.label().length() <= 10 ? p.label() : p.label().substring(0, 9) + "~";
            sb.append(String.format(Locale.ROOT, "%6d %-10s %12s %12s %12s  %s%n", p.index(), label,
                    ControlChart.fmt(p.standardized()), ControlChart.fmt(p.upper()), ControlChart.fmt(p.lower()),
                    (p.upperSignal() ? "+" : "") + (p.lowerSignal() ? "-" : "")));
        }
        return sb.toString();
    }
}
