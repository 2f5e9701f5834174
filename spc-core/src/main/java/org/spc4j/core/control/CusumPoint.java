package org.spc4j.core.control;

/**
 * One point of a tabular CUSUM.
 *
 * @param index 1-based position; Phase II points continue the Phase I numbering
 * @param label subgroup label
 * @param standardized the standardised point \( y = (\bar x - \mu_0)/(\sigma/\sqrt n) \)
 * @param upper upper sum \(C^+\) in sigma units
 * @param lower lower sum \(C^-\) in sigma units (non-negative)
 * @param upperSignal true when \(C^+ > h\)
 * @param lowerSignal true when \(C^- > h\)
 */
public record CusumPoint(int index, String label, double standardized, double upper, double lower,
                         boolean upperSignal, boolean lowerSignal) {

    /** True when either side signals. */
    public boolean signal() {
        return upperSignal || lowerSignal;
    }
}
