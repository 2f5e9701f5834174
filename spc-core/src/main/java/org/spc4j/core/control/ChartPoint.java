package org.spc4j.core.control;

/**
 * One plotted point of a control chart with its limits and zone boundaries.
 *
 * <p>Zones are the centre line plus or minus 1, 2 and 3 sigma of the plotted statistic; on charts
 * bounded below (R, S, MR) the lower boundaries are clamped at 0 like the LCL.
 *
 * @param index 1-based position; Phase II points continue the Phase I numbering
 * @param label subgroup label
 * @param stage stage name, empty when none
 * @param statistic plotted value
 * @param lcl lower control limit
 * @param lower2 lower 2-sigma zone boundary
 * @param lower1 lower 1-sigma zone boundary
 * @param center centre line
 * @param upper1 upper 1-sigma zone boundary
 * @param upper2 upper 2-sigma zone boundary
 * @param ucl upper control limit
 */
public record ChartPoint(int index, String label, String stage, double statistic, double lcl, double lower2,
                         double lower1, double center, double upper1, double upper2, double ucl) {

    /** True when the statistic lies strictly outside the control limits. */
    public boolean beyondLimits() {
        return statistic > ucl || statistic < lcl;
    }
}
