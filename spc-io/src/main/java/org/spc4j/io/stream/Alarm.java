package org.spc4j.io.stream;

import java.util.Objects;

/**
 * A rule violation found by a {@link Monitor} as the point arrived.
 *
 * @param chart chart name ({@code i}, {@code mr}, {@code xbar}, {@code r}, {@code s})
 * @param index 1-based index of the point (continuing the Phase I numbering)
 * @param rule id of the violated rule
 * @param firstIndex index of the first point of the pattern
 * @param statistic the plotted value
 * @param lcl lower control limit at the point
 * @param center centre line at the point
 * @param ucl upper control limit at the point
 */
public record Alarm(String chart, int index, String rule, int firstIndex, double statistic, double lcl, double center,
                    double ucl) {
    public Alarm {
        Objects.requireNonNull(chart, "chart must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
    }
}
