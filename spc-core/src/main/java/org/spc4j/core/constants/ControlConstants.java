package org.spc4j.core.constants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.math3.special.Gamma;

/**
 * Control chart constants d2, d3, c4 and the factors derived from them, for subgroup sizes
 * {@code 2 <= n <= 1000}.
 *
 * <p>Definitions, with \(R_n\) the range and \(S_n\) the sample standard deviation (divisor n-1)
 * of n independent standard normal values:
 * \[ d_2(n) = E[R_n], \quad d_3(n) = \sqrt{\operatorname{Var} R_n}, \quad
 *    c_4(n) = E[S_n] = \sqrt{\tfrac{2}{n-1}}\,\frac{\Gamma(n/2)}{\Gamma((n-1)/2)} \]
 * and for 3-sigma limits: \(A = 3/\sqrt n\), \(A_2 = 3/(d_2\sqrt n)\), \(A_3 = 3/(c_4\sqrt n)\),
 * \(B_3 = \max(0, 1 - 3\sqrt{1-c_4^2}/c_4)\), \(B_4 = 1 + 3\sqrt{1-c_4^2}/c_4\),
 * \(B_5 = \max(0, c_4 - 3\sqrt{1-c_4^2})\), \(B_6 = c_4 + 3\sqrt{1-c_4^2}\),
 * \(D_1 = \max(0, d_2 - 3 d_3)\), \(D_2 = d_2 + 3 d_3\), \(D_3 = \max(0, 1 - 3 d_3/d_2)\),
 * \(D_4 = 1 + 3 d_3/d_2\), \(E_2 = 3/d_2\) (individuals from the average moving range of span n).
 *
 * <p>Two tables:
 * <ul>
 *   <li>{@link #exact()} (the default everywhere): d2 and d3 by numerical integration of the
 *       distribution of the range (relative error below 1e-14 for d2, about 1e-13 for d3), c4
 *       through log-gamma; every factor is computed from these by the formulas above.</li>
 *   <li>{@link #printedTable()}: the values exactly as printed in the standard table (Montgomery,
 *       Appendix VI; ASTM MNL7), n = 2..25, including the table's own rounding quirks, for users
 *       who must reproduce a hand calculation or a textbook. A factor the table does not print
 *       (E2 beyond n = 10) is refused rather than invented.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; exact values are computed once per n and cached.
 *
 * <p>References: Montgomery, <i>Introduction to Statistical Quality Control</i>, 8th ed., Wiley
 * (2019), Appendix VI; ASTM, <i>Manual on Presentation of Data and Control Chart Analysis</i>
 * (MNL7A, 2002); Tippett (1925), Biometrika 17(3/4), doi:10.1093/biomet/17.3-4.364.
 */
public final class ControlConstants {

    /** Largest subgroup size served by the exact table. */
    public static final int MAX_N = 1000;

    /** Which table the constants come from. */
    public enum Table {
        /** Computed to full double precision for any 2 &lt;= n &lt;= 1000. */
        EXACT,
        /** The printed 3-4 decimal table, n = 2..25, reproduced exactly. */
        PRINTED
    }

    private static final ControlConstants EXACT = new ControlConstants(Table.EXACT, null);
    private static volatile ControlConstants printed;

    /** Exact values, cached per n: index n holds {d2, d3}, or null before first use. */
    private static final double[][] RANGE_CACHE = new double[MAX_N + 1][];
    /** Exact c4, cached per n (0 before first use). */
    private static final double[] C4_CACHE = new double[MAX_N + 1];
    /** Exact medians of the range, cached per n (0 before first use). */
    private static final double[] MEDIAN_CACHE = new double[MAX_N + 1];

    /** Printed columns by n (row n-2), in the order of {@link Column}; NaN where the table is silent. */
    private final double[][] printedRows;
    private final Table table;

    private enum Column { D2, D3, C4, A, A2, A3, B3, B4, B5, B6, D1, D2F, D3F, D4, E2 }

    private ControlConstants(Table table, double[][] printedRows) {
        this.table = table;
        this.printedRows = printedRows;
    }

    /** The exact constants (the default). */
    public static ControlConstants exact() {
        return EXACT;
    }

    /** The constants exactly as printed in the standard table, n = 2..25. */
    public static ControlConstants printedTable() {
        ControlConstants p = printed;
        if (p == null) {
            synchronized (ControlConstants.class) {
                if (printed == null) {
                    printed = new ControlConstants(Table.PRINTED, readPrintedTable());
                }
                p = printed;
            }
        }
        return p;
    }

    /** The constants of the given table. */
    public static ControlConstants of(Table table) {
        return table == Table.EXACT ? exact() : printedTable();
    }

    /** Which table these constants come from. */
    public Table table() {
        return table;
    }

    /** Largest subgroup size this table serves (1000 exact, 25 printed). */
    public int maxN() {
        return table == Table.EXACT ? MAX_N : 1 + printedRows.length;
    }

    /** d2(n) = E[R_n], the mean range of n standard normal values. */
    public double d2(int n) {
        return table == Table.EXACT ? range(n)[0] : printedValue(Column.D2, "d2", n);
    }

    /** d3(n), the standard deviation of the range of n standard normal values. */
    public double d3(int n) {
        return table == Table.EXACT ? range(n)[1] : printedValue(Column.D3, "d3", n);
    }

    /** c4(n) = E[S_n], the mean sample standard deviation of n standard normal values; any n >= 2 in the exact table. */
    public double c4(int n) {
        if (table == Table.PRINTED) {
            return printedValue(Column.C4, "c4", n);
        }
        if (n < 2) {
            throw new IllegalArgumentException("c4 needs n >= 2, was " + n);
        }
        if (n <= MAX_N) {
            double cached = C4_CACHE[n];
            if (cached == 0.0) {
                double logRatio = Gamma.logGamma(n / 2.0) - Gamma.logGamma((n - 1) / 2.0);
                cached = Math.sqrt(2.0 / (n - 1)) * Math.exp(logRatio);
                C4_CACHE[n] = cached; // benign race: every thread computes the same value
            }
            return cached;
        }
        // Large n (pooled degrees of freedom): the log-gamma difference would cancel, so use the
        // asymptotic expansion ln c4 = -1/(8z) + 1/(192 z^3) + 1/(640 z^5), z = (n-1)/2, whose
        // next term is below 1e-19 here.
        double z = (n - 1) / 2.0;
        double z2 = z * z;
        return Math.exp(-1.0 / (8.0 * z) + 1.0 / (192.0 * z * z2) + 1.0 / (640.0 * z * z2 * z2));
    }

    /**
     * d4(n), the median of the range of n standard normal values (used by the median moving range
     * sigma estimate). Exact table only: the printed table does not have it.
     */
    public double d4(int n) {
        if (table == Table.PRINTED) {
            throw new IllegalArgumentException("the printed table has no d4 (median range); use ControlConstants.exact()");
        }
        checkN(n);
        double cached = MEDIAN_CACHE[n];
        if (cached == 0.0) {
            cached = RangeMoments.medianRange(n);
            MEDIAN_CACHE[n] = cached;
        }
        return cached;
    }

    /** A = 3/sqrt(n): X-bar chart limits from a known sigma. */
    public double factorA(int n) {
        return table == Table.EXACT ? 3.0 / Math.sqrt(checkN(n)) : printedValue(Column.A, "A", n);
    }

    /** A2 = 3/(d2 sqrt(n)): X-bar chart limits from the average range. */
    public double factorA2(int n) {
        return table == Table.EXACT ? 3.0 / (d2(n) * Math.sqrt(n)) : printedValue(Column.A2, "A2", n);
    }

    /** A3 = 3/(c4 sqrt(n)): X-bar chart limits from the average standard deviation. */
    public double factorA3(int n) {
        return table == Table.EXACT ? 3.0 / (c4(n) * Math.sqrt(n)) : printedValue(Column.A3, "A3", n);
    }

    /** B3 = max(0, 1 - 3 sqrt(1 - c4^2)/c4): S chart LCL factor from the average standard deviation. */
    public double factorB3(int n) {
        return table == Table.EXACT ? Math.max(0.0, 1.0 - sChartSpread(n)) : printedValue(Column.B3, "B3", n);
    }

    /** B4 = 1 + 3 sqrt(1 - c4^2)/c4: S chart UCL factor from the average standard deviation. */
    public double factorB4(int n) {
        return table == Table.EXACT ? 1.0 + sChartSpread(n) : printedValue(Column.B4, "B4", n);
    }

    /** B5 = max(0, c4 - 3 sqrt(1 - c4^2)): S chart LCL factor from a known sigma. */
    public double factorB5(int n) {
        if (table == Table.PRINTED) {
            return printedValue(Column.B5, "B5", n);
        }
        double c4 = c4(n);
        return Math.max(0.0, c4 - 3.0 * sqrtOneMinusSquare(c4));
    }

    /** B6 = c4 + 3 sqrt(1 - c4^2): S chart UCL factor from a known sigma. */
    public double factorB6(int n) {
        if (table == Table.PRINTED) {
            return printedValue(Column.B6, "B6", n);
        }
        double c4 = c4(n);
        return c4 + 3.0 * sqrtOneMinusSquare(c4);
    }

    /** D1 = max(0, d2 - 3 d3): R chart LCL factor from a known sigma. */
    public double factorD1(int n) {
        return table == Table.EXACT ? Math.max(0.0, d2(n) - 3.0 * d3(n)) : printedValue(Column.D1, "D1", n);
    }

    /** D2 = d2 + 3 d3: R chart UCL factor from a known sigma. */
    public double factorD2(int n) {
        return table == Table.EXACT ? d2(n) + 3.0 * d3(n) : printedValue(Column.D2F, "D2", n);
    }

    /** D3 = max(0, 1 - 3 d3/d2): R chart LCL factor from the average range. */
    public double factorD3(int n) {
        return table == Table.EXACT ? Math.max(0.0, 1.0 - 3.0 * d3(n) / d2(n)) : printedValue(Column.D3F, "D3", n);
    }

    /** D4 = 1 + 3 d3/d2: R chart UCL factor from the average range. */
    public double factorD4(int n) {
        return table == Table.EXACT ? 1.0 + 3.0 * d3(n) / d2(n) : printedValue(Column.D4, "D4", n);
    }

    /** E2 = 3/d2(n): individuals chart limits from the average moving range of span n. */
    public double factorE2(int n) {
        return table == Table.EXACT ? 3.0 / d2(n) : printedValue(Column.E2, "E2", n);
    }

    @Override
    public String toString() {
        return "ControlConstants[" + table + ", n = 2.." + maxN() + "]";
    }

    private double sChartSpread(int n) {
        double c4 = c4(n);
        return 3.0 * sqrtOneMinusSquare(c4) / c4;
    }

    private static double sqrtOneMinusSquare(double c) {
        // 1 - c^2 = (1 - c)(1 + c) keeps digits when c is close to 1 (large n).
        return Math.sqrt((1.0 - c) * (1.0 + c));
    }

    private static int checkN(int n) {
        if (n < 2 || n > MAX_N) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "subgroup size n must be in 2..%d, was %d", MAX_N, n));
        }
        return n;
    }

    private static double[] range(int n) {
        checkN(n);
        double[] cached = RANGE_CACHE[n];
        if (cached == null) {
            double d2 = RangeMoments.meanRange(n);
            double d3 = Math.sqrt(RangeMoments.meanSquaredRange(n) - d2 * d2);
            cached = new double[] {d2, d3};
            RANGE_CACHE[n] = cached; // benign race: every thread computes the same values
        }
        return cached;
    }

    private double printedValue(Column column, String name, int n) {
        if (n < 2 || n > maxN()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the printed table covers n = 2..%d, was n = %d (use ControlConstants.exact())", maxN(), n));
        }
        double value = printedRows[n - 2][column.ordinal()];
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the printed table has no %s for n = %d (use ControlConstants.exact())", name, n));
        }
        return value;
    }

    private static double[][] readPrintedTable() {
        // Columns of published.csv: n,d2,d3,c4,A,A2,A3,B3,B4,B5,B6,D1,D2,D3,D4,E2,inv_c4,inv_d2
        try (InputStream in = ControlConstants.class.getResourceAsStream("published.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource published.csv is missing from spc-core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            double[][] rows = new double[24][];
            String line;
            int expectedN = 2;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (Integer.parseInt(cells[0]) != expectedN) {
                    throw new IllegalStateException("published.csv: rows must run n = 2..25, found " + cells[0]);
                }
                double[] row = new double[Column.values().length];
                for (int c = 0; c < row.length; c++) {
                    String cell = cells[c + 1].trim();
                    row[c] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                }
                rows[expectedN - 2] = row;
                expectedN++;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
