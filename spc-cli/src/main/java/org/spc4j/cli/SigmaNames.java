package org.spc4j.cli;

import java.util.Locale;

import org.spc4j.core.control.SigmaMethod;

/** The command line's names of the sigma methods. */
final class SigmaNames {

    private SigmaNames() {
    }

    static SigmaMethod parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "rbar" -> SigmaMethod.R_BAR;
            case "sbar" -> SigmaMethod.S_BAR;
            case "mvlue-r" -> SigmaMethod.MVLUE_R;
            case "mvlue-s" -> SigmaMethod.MVLUE_S;
            case "pooled" -> SigmaMethod.POOLED;
            case "average-mr" -> SigmaMethod.AVERAGE_MOVING_RANGE;
            case "median-mr" -> SigmaMethod.MEDIAN_MOVING_RANGE;
            case "mssd" -> SigmaMethod.MSSD;
            case "overall" -> SigmaMethod.OVERALL;
            default -> throw new IllegalArgumentException("unknown --sigma-method '" + name
                    + "'; use rbar, sbar, mvlue-r, mvlue-s, pooled, average-mr, median-mr, mssd or overall");
        };
    }
}
