package org.spc4j.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.junit.jupiter.api.Test;

class PointLabelsTest {

    @Test
    void place_neighbouringLabels_stackInsteadOfOverlapping() {
        double[][] anchors = new double[6][];
        for (int k = 0; k < 6; k++) { // labels 40 wide on points 20 apart, all at the same height
            anchors[k] = new double[] {100 + 20 * k, 200, 40, 1};
        }
        List<Rectangle2D> boxes = PointLabels.place(anchors, 12, 5);

        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i).getMaxY()).as("label %d is above its point", i).isLessThanOrEqualTo(195);
            assertThat(boxes.get(i).getCenterX()).isEqualTo(100 + 20 * i);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels %d and %d overlap", i, j).isFalse();
            }
        }
        assertThat(boxes.get(0).getY()).isEqualTo(200 - 5 - 12); // first label right above its point
    }

    @Test
    void place_labelBelowCentre_goesUnderThePoint() {
        List<Rectangle2D> boxes = PointLabels.place(new double[][] {{50, 100, 30, 0}}, 12, 5);
        assertThat(boxes.get(0).getY()).isEqualTo(105);
    }
}
