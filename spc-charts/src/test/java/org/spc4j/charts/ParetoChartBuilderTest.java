package org.spc4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class ParetoChartBuilderTest {

    /** qcc paretoChart example (qcc 3.0 help page), in the order of the data file. */
    private static Map<String, Integer> defects() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("price code", 80);
        m.put("schedule date", 27);
        m.put("supplier code", 66);
        m.put("contact num.", 94);
        m.put("part num.", 33);
        return m;
    }

    @Test
    void rows_sortedDescending_withQccCumulativePercentages() {
        List<ParetoChartBuilder.Row> rows = SpcCharts.pareto(defects()).rows();

        assertThat(rows).extracting(ParetoChartBuilder.Row::category)
                .containsExactly("contact num.", "price code", "supplier code", "part num.", "schedule date");
        // qcc 3.0: cumulative percentages 31.33, 58.00, 80.00, 91.00, 100.00
        assertThat(rows).extracting(ParetoChartBuilder.Row::cumulativePercent)
                .containsExactly(100.0 * 94 / 300, 58.0, 80.0, 91.0, 100.0);
        assertThat(rows.get(0).cumulativePercent()).isCloseTo(31.33, within(0.005));
    }

    @Test
    void rows_ties_keepFirstSeenOrder() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("a", 5);
        m.put("b", 9);
        m.put("c", 5);
        m.put("d", 9);
        m.put("e", 0);
        assertThat(SpcCharts.pareto(m).rows()).extracting(ParetoChartBuilder.Row::category)
                .containsExactly("b", "d", "a", "c", "e");
    }

    @Test
    void vitalFew_includesTheCategoryThatReachesTheCut() {
        ParetoChartBuilder b = SpcCharts.pareto(defects());
        assertThat(b.vitalFew(b.rows())).isEqualTo(3); // 80.00% exactly at "supplier code"
        assertThat(b.cut(58.5).vitalFew(b.rows())).isEqualTo(3);
        assertThat(b.cut(50).vitalFew(b.rows())).isEqualTo(2);
        assertThat(b.cut(100).vitalFew(b.rows())).isEqualTo(5);
    }

    @Test
    void datasets_holdSortedCountsAndCumulativePercentOnTheSecondAxis() {
        SpcChart chart = SpcCharts.pareto(defects()).build();
        CategoryPlot plot = (CategoryPlot) chart.jfreeChart().getPlot();

        CategoryDataset bars = plot.getDataset(ParetoChartBuilder.BARS);
        assertThat(bars.getColumnKeys()).containsExactly("contact num.", "price code", "supplier code", "part num.",
                "schedule date");
        assertThat(bars.getValue(0, 0).doubleValue()).isEqualTo(94);
        assertThat(bars.getValue(0, 4).doubleValue()).isEqualTo(27);
        CategoryDataset line = plot.getDataset(ParetoChartBuilder.CUMULATIVE);
        assertThat(line.getValue(0, 2).doubleValue()).isEqualTo(80.0);
        assertThat(plot.getRangeAxisIndex(plot.getRangeAxis(1))).isEqualTo(1);
        assertThat(plot.getRangeAxisForDataset(ParetoChartBuilder.CUMULATIVE)).isSameAs(plot.getRangeAxis(1));
        // 100% on the right is the total count on the left
        assertThat(plot.getRangeAxis(0).getUpperBound() / 300).isEqualTo(plot.getRangeAxis(1).getUpperBound() / 100);
        var markers = plot.getRangeMarkers(ParetoChartBuilder.CUMULATIVE, Layer.BACKGROUND);
        assertThat(markers).singleElement().satisfies(m -> {
            assertThat(((ValueMarker) m).getValue()).isEqualTo(80.0);
            assertThat(((ValueMarker) m).getLabel()).isEqualTo("80% cut");
        });
    }

    @Test
    void vitalFewBars_areDark_theRestLight() {
        SpcChart chart = SpcCharts.pareto(defects()).build();
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.toImage(info);
        CategoryPlot plot = (CategoryPlot) chart.jfreeChart().getPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();

        int[] counts = {94, 80, 66, 33, 27};
        for (int column = 0; column < 5; column++) {
            double px = plot.getDomainAxis().getCategoryMiddle(column, 5, area, RectangleEdge.BOTTOM);
            double py = plot.getRangeAxis().valueToJava2D(counts[column] * 0.15, area, RectangleEdge.LEFT);
            assertThat(TestData.colourAt(image, px - 10, py, 1)).as("bar %d", column)
                    .isEqualTo(column < 3 ? ChartStyle.BAR_DARK : ChartStyle.BAR_LIGHT);
        }
    }

    @Test
    void svg_showsCategoriesCutAndSummary() {
        String svg = SpcCharts.pareto(defects()).title("Order-entry errors").build().toSvg();

        assertThat(svg).contains(">Order-entry errors<").contains(">contact num.<").contains(">schedule date<");
        assertThat(svg).contains(">80% cut<").contains(">Vital few: 3 of 5 categories, 80.0% of the total 300<");
        assertThat(svg).contains(">94<").contains(">31.3%<").contains(">100%<");
    }

    @Test
    void badInput_throwsNamingTheCategory() {
        assertThatThrownBy(() -> SpcCharts.pareto(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no categories to draw a Pareto chart of");
        assertThatThrownBy(() -> SpcCharts.pareto(Map.of("dent", -1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of category 'dent' must be finite and >= 0, was -1");
        assertThatThrownBy(() -> SpcCharts.pareto(Map.of("dent", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of category 'dent' must be finite and >= 0, was NaN");
        assertThatThrownBy(() -> SpcCharts.pareto(Map.of("dent", 0, "scratch", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("all 2 categories have count 0: there is nothing to rank");
        assertThatThrownBy(() -> SpcCharts.pareto(defects()).cut(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cut must be in (0, 100] percent, was 0.0");
    }
}
