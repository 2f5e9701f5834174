package org.spc4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.Subgroups;

/**
 * The one-pass reduction of a dense chart ({@link ColumnPass}) and the flagged points per column
 * ({@link FlaggedPoints.Collector}) against brute force: per column, the first, first lowest,
 * first highest and last point of the statistic, and the sorted flagged values cut where two
 * neighbours are more than the gap apart.
 */
class ColumnPassTest {

    /** Values from codes (few levels, so ties and runs of equal values are common), I and MR charts, any columns. */
    @Test
    void run_keepsFirstLowestHighestLastPerColumn_andTheFlaggedValuesPerColumn() {
        qt().withExamples(400).forAll(lists().of(integers().between(0, 30)).ofSizeBetween(2, 600),
                integers().between(1, 80), integers().between(1, 9), booleans().all()).checkAssert(
                        (codes, count, every, timed) -> {
                            double[] x = new double[codes.size() + 1];
                            for (int i = 0; i < codes.size(); i++) {
                                x[i] = codes.get(i) % 11 * 0.25 - 1;
                            }
                            x[codes.size()] = x[0] + 1; // some spread, or the chart has no sigma
                            ChartResult r = ChartSpec.individuals().chart(Subgroups.individuals(x));
                            ControlChartBuilder.Slots slots = new ControlChartBuilder.Slots(r.location(),
                                    timed ? times(x.length) : null);
                            Envelope.Columns columns = new Envelope.Columns(slots.start(), slots.end(), count);
                            int[] bounds = ColumnPass.bounds(slots, columns);
                            for (ControlChart c : r.charts()) {
                                check(c, slots, columns, bounds, every);
                            }
                        });
    }

    @Test
    void run_longChart_readsMoreThanOneBlockPerColumn() {
        java.util.Random random = new java.util.Random(4);
        double[] x = new double[3 * ColumnPass.BLOCK + 17];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.rint(random.nextGaussian() * 8) / 8;
        }
        ChartResult r = ChartSpec.individuals().chart(Subgroups.individuals(x));
        ControlChartBuilder.Slots slots = new ControlChartBuilder.Slots(r.location(), null);
        for (int count : new int[] {1, 2, 7, 900}) {
            Envelope.Columns columns = new Envelope.Columns(slots.start(), slots.end(), count);
            int[] bounds = ColumnPass.bounds(slots, columns);
            for (ControlChart c : r.charts()) {
                check(c, slots, columns, bounds, 3);
            }
        }
    }

    @Test
    void applies_onlyToChartsNumberedWithoutGaps() {
        double[] x = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 5;
        }
        ChartResult plain = ChartSpec.individuals().chart(Subgroups.individuals(x));
        ControlChartBuilder.Slots slots = new ControlChartBuilder.Slots(plain.location(), null);
        assertThat(ColumnPass.applies(plain.location(), slots)).isTrue();
        assertThat(ColumnPass.applies(plain.dispersion(), slots)).isTrue();
        List<String> stages = new ArrayList<>(java.util.Collections.nCopies(20, "A"));
        stages.addAll(java.util.Collections.nCopies(20, "B"));
        ChartResult staged = ChartSpec.individuals().chart(Subgroups.individuals(x).withStages(stages));
        ControlChartBuilder.Slots stagedSlots = new ControlChartBuilder.Slots(staged.location(), null);
        assertThat(ColumnPass.applies(staged.location(), stagedSlots)).isTrue();
        assertThat(ColumnPass.applies(staged.dispersion(), stagedSlots)).isFalse(); // no moving range at the stage start
        assertThat(ControlChartBuilder.breaks(plain.location())).isEmpty();
        assertThat(ControlChartBuilder.breaks(staged.location())).containsExactly(20);
    }

    @Test
    void collector_intervalsAreTheSortedValuesCutAtGapsWiderThanTheGap() {
        Envelope.Columns columns = new Envelope.Columns(0, 10, 4);
        FlaggedPoints.Collector c = new FlaggedPoints.Collector(columns, 2);
        for (double y : new double[] {5, 1, 1.5, 3.01, 2.0, Double.NaN}) {
            c.add(1, y);
        }
        c.add(3, -2);
        FlaggedPoints points = c.reduce(1.0, 4.5, Color.RED);
        assertThat(points.size()).isEqualTo(6); // the NaN has nowhere to be drawn
        assertThat(points.intervals(0)).isEmpty();
        assertThat(points.intervals(1)).isDeepEqualTo(new double[][] {{1, 2}, {3.01, 3.01}, {5, 5}});
        assertThat(points.intervals(3)).isDeepEqualTo(new double[][] {{-2, -2}});
        assertThat(points.intervals()).isEqualTo(4);
        assertThatThrownBy(() -> c.add(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /* --------------- brute force --------------- */

    private static void check(ControlChart c, ControlChartBuilder.Slots slots, Envelope.Columns columns, int[] bounds,
                              int every) {
        // flag every k-th point
        Map<Integer, List<String>> flagged = new TreeMap<>();
        for (int i = 0; i < c.size(); i += every) {
            flagged.put(c.index(i), List.of("R"));
        }
        ControlChartBuilder.Flags flags = ControlChartBuilder.Flags.of(c, flagged);
        XYSeries line = new XYSeries("pass", false, true);
        FlaggedPoints.Collector collector = new FlaggedPoints.Collector(columns, flags.size());
        assertThat(ColumnPass.applies(c, slots)).isTrue();
        ColumnPass.run(c, slots, bounds, line, flags, collector);

        // the point-by-point reduction gives the same vertices, bit for bit
        XYSeries pointByPoint = new XYSeries("m4", false, true);
        Envelope.Sink sink = Envelope.reduced(pointByPoint, columns);
        for (int i = 0; i < c.size(); i++) {
            sink.add(slots.x(c.index(i)), c.statistic(i));
        }
        sink.finish();
        assertThat(items(line)).isEqualTo(items(pointByPoint));

        // brute force per column: positions of the first, first lowest, first highest and last point
        List<List<Double>> expected = new ArrayList<>();
        List<List<Double>> flaggedValues = new ArrayList<>();
        for (int k = 0; k < columns.count(); k++) {
            flaggedValues.add(new ArrayList<>());
        }
        int i = 0;
        while (i < c.size()) {
            int k = columns.of(slots.x(c.index(i)));
            int first = i;
            int lowest = i;
            int highest = i;
            while (i < c.size() && columns.of(slots.x(c.index(i))) == k) {
                lowest = c.statistic(i) < c.statistic(lowest) ? i : lowest;
                highest = c.statistic(i) > c.statistic(highest) ? i : highest;
                if (flagged.containsKey(c.index(i))) {
                    flaggedValues.get(k).add(c.statistic(i));
                }
                i++;
            }
            int[] kept = {first, Math.min(lowest, highest), Math.max(lowest, highest), i - 1};
            for (int j = 0; j < kept.length; j++) {
                if (j == 0 || kept[j] > kept[j - 1]) {
                    expected.add(List.of(slots.x(c.index(kept[j])), c.statistic(kept[j])));
                }
            }
        }
        assertThat(items(line)).isEqualTo(expected);

        // flagged points: per column, every value, cut where neighbours are more than the gap apart
        double gap = 0.3;
        FlaggedPoints points = collector.reduce(gap, 4.5, Color.RED);
        assertThat(points.size()).isEqualTo(flags.size());
        for (int k = 0; k < columns.count(); k++) {
            double[] v = flaggedValues.get(k).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            List<double[]> intervals = new ArrayList<>();
            for (int j = 0; j < v.length; j++) {
                if (j == 0 || v[j] - v[j - 1] > gap) {
                    intervals.add(new double[] {v[j], v[j]});
                }
                intervals.get(intervals.size() - 1)[1] = v[j];
            }
            assertThat(points.intervals(k)).as("column %d", k).isDeepEqualTo(intervals.toArray(new double[0][]));
        }
    }

    private static List<List<Double>> items(XYSeries s) {
        List<List<Double>> out = new ArrayList<>();
        for (int k = 0; k < s.getItemCount(); k++) {
            out.add(List.of(s.getX(k).doubleValue(), s.getY(k).doubleValue()));
        }
        return out;
    }

    private static List<Instant> times(int n) {
        List<Instant> t = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            at = at.plusSeconds(60 + 37L * (i % 5)); // uneven steps
            t.add(at);
        }
        return t;
    }
}
