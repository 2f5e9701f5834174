package org.spc4j.charts;

import org.jfree.data.xy.XYSeries;

/**
 * The vertices of a drawn line, given in order of x: every one of them, or, for a line of far
 * more vertices than the picture has pixel columns, only those that change what is drawn.
 *
 * <p>The reduction is M4 (Jugel et al. 2014): the horizontal extent is cut into {@link Columns}
 * narrower than a pixel, and of the vertices in each column only the first, the lowest, the
 * highest and the last are kept, in their order. A line through them covers, in every column,
 * the same vertical span as the line through all vertices and joins its neighbours at the same
 * points, so the picture is the same to within a pixel, with at most four vertices a column
 * instead of millions. Gaps (a {@code null} that breaks the line) are kept where they are.
 *
 * <p>Reference: U. Jugel, Z. Jerzak, G. Hackenbroich, V. Markl (2014), "M4: a visualization-oriented
 * time series data aggregation", Proc. VLDB Endowment 7(10), 797-808, doi:10.14778/2732951.2732953.
 */
final class Envelope {

    private Envelope() {
    }

    /** Where the vertices of a line go, in order of x. */
    interface Sink {
        /** A vertex. */
        void add(double x, double y);

        /** A break in the line at x (no line is drawn across it). */
        void gap(double x);

        /** After the last vertex. */
        void finish();
    }

    /** Every vertex into {@code series}. */
    static Sink all(XYSeries series) {
        return new Sink() {
            @Override
            public void add(double x, double y) {
                series.add(x, y);
            }

            @Override
            public void gap(double x) {
                series.add(x, null);
            }

            @Override
            public void finish() {
            }
        };
    }

    /** The first, lowest, highest and last vertex of each column into {@code series}. */
    static Sink reduced(XYSeries series, Columns columns) {
        return new M4(series, columns);
    }

    /**
     * Columns of equal width over {@code [start, end]}: the x positions that a picture draws in
     * the same pixel column (or half of one, when there are twice as many columns as pixels).
     */
    record Columns(double start, double end, int count) {

        Columns {
            if (count < 1 || !(end > start)) {
                throw new IllegalArgumentException("columns need count >= 1 and start < end, were " + count + ", ["
                        + start + ", " + end + "]");
            }
        }

        /** The column of x, 0 to count - 1 (x outside [start, end] goes to the first or last). */
        int of(double x) {
            double c = (x - start) / (end - start) * count;
            return c <= 0 ? 0 : c >= count ? count - 1 : (int) c;
        }
    }

    /** Per column: the vertices with the first, lowest, highest and last position in the line. */
    private static final class M4 implements Sink {
        private final XYSeries series;
        private final Columns columns;
        private int column = -1;        // the current column, -1 before the first vertex and after a gap
        private long n;                 // vertices seen, numbering them
        private final long[] seq = new long[4];
        private final double[] xs = new double[4];
        private final double[] ys = new double[4];
        private static final int FIRST = 0;
        private static final int LOW = 1;
        private static final int HIGH = 2;
        private static final int LAST = 3;

        M4(XYSeries series, Columns columns) {
            this.series = series;
            this.columns = columns;
        }

        @Override
        public void add(double x, double y) {
            int c = columns.of(x);
            if (c != column) {
                flush();
                column = c;
                for (int k = 0; k < 4; k++) {
                    set(k, x, y);
                }
            } else {
                if (y < ys[LOW]) {
                    set(LOW, x, y);
                }
                if (y > ys[HIGH]) {
                    set(HIGH, x, y);
                }
                set(LAST, x, y);
            }
            n++;
        }

        private void set(int k, double x, double y) {
            seq[k] = n;
            xs[k] = x;
            ys[k] = y;
        }

        @Override
        public void gap(double x) {
            flush();
            column = -1;
            series.add(x, null);
        }

        @Override
        public void finish() {
            flush();
            column = -1;
        }

        /** The kept vertices of the current column, each once, in line order. */
        private void flush() {
            if (column < 0) {
                return;
            }
            long previous = -1;
            for (int emitted = 0; emitted < 4; emitted++) {
                int next = -1;
                for (int k = 0; k < 4; k++) {
                    if (seq[k] > previous && (next < 0 || seq[k] < seq[next])) {
                        next = k;
                    }
                }
                if (next < 0) {
                    break;
                }
                series.add(xs[next], ys[next]);
                previous = seq[next];
            }
        }
    }
}
