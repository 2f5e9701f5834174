package org.spc4j.core.constants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.spc4j.core.TestResources;

class ControlConstantsTest {

    private static final ControlConstants EXACT = ControlConstants.exact();
    private static final ControlConstants PRINTED = ControlConstants.printedTable();

    /* --------------- exact table against computed.csv (n = 2..50) --------------- */

    private static final String[] COLUMNS =
            {"n", "d2", "d3", "c4", "A", "A2", "A3", "B3", "B4", "B5", "B6", "D1", "D2", "D3", "D4", "E2", "inv_c4", "inv_d2"};

    private static IntToDoubleFunction exactColumn(String name) {
        switch (name) {
            case "d2": return EXACT::d2;
            case "d3": return EXACT::d3;
            case "c4": return EXACT::c4;
            case "A": return EXACT::factorA;
            case "A2": return EXACT::factorA2;
            case "A3": return EXACT::factorA3;
            case "B3": return EXACT::factorB3;
            case "B4": return EXACT::factorB4;
            case "B5": return EXACT::factorB5;
            case "B6": return EXACT::factorB6;
            case "D1": return EXACT::factorD1;
            case "D2": return EXACT::factorD2;
            case "D3": return EXACT::factorD3;
            case "D4": return EXACT::factorD4;
            case "E2": return EXACT::factorE2;
            case "inv_c4": return n -> 1.0 / EXACT.c4(n);
            case "inv_d2": return n -> 1.0 / EXACT.d2(n);
            default: throw new IllegalArgumentException(name);
        }
    }

    @Test
    void exact_matchesComputedTable_n2to50() {
        List<String> rows = TestResources.lines("reference/constants/computed.csv");
        assertThat(rows.get(0).split(",")).containsExactly(COLUMNS);
        int checked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            int n = Integer.parseInt(cells[0]);
            for (int c = 1; c < COLUMNS.length; c++) {
                String name = COLUMNS[c];
                double expected = Double.parseDouble(cells[c]);
                double actual = exactColumn(name).applyAsDouble(n);
                // d3 and the D factors are given to 12 digits (rel. error < 2e-13): 1e-10;
                // d2, c4 and what derives only from them to 15 digits: 1e-12.
                double relTol = name.equals("d3") || name.startsWith("D") ? 1e-10 : 1e-12;
                if (expected == 0.0) {
                    assertThat(actual).as("%s(%d)", name, n).isEqualTo(0.0);
                } else {
                    assertThat(Math.abs(actual - expected) / expected).as("%s(%d) = %s vs %s", name, n, actual, expected)
                            .isLessThanOrEqualTo(relTol);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(49 * 17);
    }

    @Test
    void exact_closedForms_n2and3() {
        double pi = Math.PI;
        assertThat(EXACT.d2(2)).isCloseTo(2 / Math.sqrt(pi), within(4e-15));
        assertThat(EXACT.d2(3)).isCloseTo(3 / Math.sqrt(pi), within(4e-15));
        assertThat(EXACT.d3(2)).isCloseTo(Math.sqrt(2 - 4 / pi), within(1e-13));
        assertThat(EXACT.d3(3)).isCloseTo(Math.sqrt(2 - (9 - 3 * Math.sqrt(3)) / pi), within(1e-13));
        assertThat(EXACT.c4(2)).isCloseTo(Math.sqrt(2 / pi), within(1e-15));
        // median of |X1 - X2| = sqrt(2) * z_0.75
        assertThat(EXACT.d4(2)).isCloseTo(Math.sqrt(2) * 0.6744897501960817, within(1e-12));
    }

    /* --------------- beyond the table: n = 100, 1000 --------------- */

    @Test
    void exact_largeN_agreesWithMonteCarlo() {
        // Independent method: simulate ranges and standard deviations of n standard normals.
        // Tolerance: 5 standard errors of the simulated mean (seeded, so the test is repeatable).
        Random random = new Random(20261127L);
        for (int n : new int[] {100, 1000}) {
            int reps = n == 100 ? 100_000 : 20_000;
            double sumR = 0;
            double sumR2 = 0;
            double sumS = 0;
            double sumMedianBelow = 0;
            double d4 = EXACT.d4(n);
            for (int r = 0; r < reps; r++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                double mean = 0;
                double m2 = 0;
                for (int i = 1; i <= n; i++) {
                    double x = random.nextGaussian();
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                    double d = x - mean;
                    mean += d / i;
                    m2 += d * (x - mean);
                }
                double range = max - min;
                sumR += range;
                sumR2 += range * range;
                sumS += Math.sqrt(m2 / (n - 1));
                sumMedianBelow += range <= d4 ? 1 : 0;
            }
            double meanR = sumR / reps;
            double sdR = Math.sqrt(sumR2 / reps - meanR * meanR);
            double seMean = sdR / Math.sqrt(reps);
            assertThat(EXACT.d2(n)).as("d2(%d)", n).isCloseTo(meanR, within(5 * seMean));
            // SE of a standard deviation estimate ~ sd / sqrt(2 reps) for near-normal ranges; use 5 SE + 1%.
            assertThat(EXACT.d3(n)).as("d3(%d)", n).isCloseTo(sdR, within(5 * sdR / Math.sqrt(2.0 * reps) + 0.01 * sdR));
            assertThat(EXACT.c4(n)).as("c4(%d)", n).isCloseTo(sumS / reps, within(5 * Math.sqrt(1 - EXACT.c4(n) * EXACT.c4(n)) / Math.sqrt(reps)));
            assertThat(sumMedianBelow / reps).as("P(R <= d4(%d))", n).isCloseTo(0.5, within(5 * 0.5 / Math.sqrt(reps)));
        }
    }

    @Test
    void exact_largeN_agreesWithAsymptoticExpansions() {
        // c4(n) = 1 - 1/(4n) - 7/(32 n^2) - 19/(128 n^3) + O(n^-4)
        for (int n : new int[] {100, 1000}) {
            double asymptotic = 1 - 1.0 / (4 * n) - 7.0 / (32.0 * n * n) - 19.0 / (128.0 * n * n * n);
            assertThat(EXACT.c4(n)).isCloseTo(asymptotic, within(10.0 / Math.pow(n, 4)));
        }
        // Independent route: the exact recurrence c4(n+2) = c4(n) * n / sqrt((n-1)(n+1)) from
        // c4(2) = sqrt(2/pi), c4(3) = sqrt(pi)/2. It checks log-gamma up to 1000 and the expansion
        // used beyond (pooled degrees of freedom), so the seam at 1000/1001 is covered.
        double[] c4 = new double[5002];
        c4[2] = Math.sqrt(2 / Math.PI);
        c4[3] = Math.sqrt(Math.PI) / 2;
        for (int n = 2; n + 2 < c4.length; n++) {
            c4[n + 2] = c4[n] * n / Math.sqrt((n - 1.0) * (n + 1.0));
        }
        for (int n : new int[] {4, 25, 50, 100, 999, 1000, 1001, 1002, 5001}) {
            assertThat(EXACT.c4(n)).as("c4(%d)", n).isCloseTo(c4[n], within(1e-12 * c4[n]));
        }
        // d2(n) grows like the expected range of the extremes; it is strictly increasing and d3 decreasing.
        assertThat(EXACT.d2(1000)).isGreaterThan(EXACT.d2(100)).isGreaterThan(EXACT.d2(50));
        assertThat(EXACT.d3(1000)).isLessThan(EXACT.d3(100)).isLessThan(EXACT.d3(50));
    }

    /* --------------- printed table --------------- */

    @Test
    void printed_reproducesPublishedTableExactly() {
        List<String> rows = TestResources.lines("reference/constants/published.csv");
        int checked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            int n = Integer.parseInt(cells[0]);
            for (int c = 1; c <= 15; c++) { // inv_c4 and inv_d2 are reciprocals, not separate constants
                if (cells[c].isEmpty()) {
                    continue;
                }
                double actual = printedColumn(COLUMNS[c]).applyAsDouble(n);
                assertThat(actual).as("printed %s(%d)", COLUMNS[c], n).isEqualTo(Double.parseDouble(cells[c]));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(24 * 14 + 9);
    }

    private static IntToDoubleFunction printedColumn(String name) {
        switch (name) {
            case "d2": return PRINTED::d2;
            case "d3": return PRINTED::d3;
            case "c4": return PRINTED::c4;
            case "A": return PRINTED::factorA;
            case "A2": return PRINTED::factorA2;
            case "A3": return PRINTED::factorA3;
            case "B3": return PRINTED::factorB3;
            case "B4": return PRINTED::factorB4;
            case "B5": return PRINTED::factorB5;
            case "B6": return PRINTED::factorB6;
            case "D1": return PRINTED::factorD1;
            case "D2": return PRINTED::factorD2;
            case "D3": return PRINTED::factorD3;
            case "D4": return PRINTED::factorD4;
            case "E2": return PRINTED::factorE2;
            default: throw new IllegalArgumentException(name);
        }
    }

    @Test
    void printed_agreesWithExactToPrintedPrecision() {
        for (int n = 2; n <= 25; n++) {
            assertThat(PRINTED.d2(n)).isCloseTo(EXACT.d2(n), within(0.0005 + 1e-12));
            assertThat(PRINTED.c4(n)).isCloseTo(EXACT.c4(n), within(0.00005 + 1e-12));
        }
    }

    @Test
    void exactIsTheDefault() {
        assertThat(ControlConstants.of(ControlConstants.Table.EXACT)).isSameAs(EXACT);
        assertThat(EXACT.maxN()).isEqualTo(1000);
        assertThat(PRINTED.maxN()).isEqualTo(25);
    }

    /* --------------- bad input --------------- */

    @Test
    void subgroupSizeOutOfRange_throwsNamingValue() {
        assertThatThrownBy(() -> EXACT.d2(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1");
        assertThatThrownBy(() -> EXACT.d3(1001)).hasMessageContaining("was 1001");
        assertThatThrownBy(() -> EXACT.c4(0)).hasMessageContaining("was 0");
        assertThatThrownBy(() -> PRINTED.d2(26)).hasMessageContaining("n = 26");
        assertThatThrownBy(() -> PRINTED.factorE2(11)).hasMessageContaining("no E2 for n = 11");
        assertThatThrownBy(() -> PRINTED.d4(2)).hasMessageContaining("no d4");
    }
}
