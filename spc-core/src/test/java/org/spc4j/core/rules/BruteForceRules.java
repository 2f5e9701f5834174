package org.spc4j.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent reference for the standard rules, written straight from the rule text: for every
 * point it looks at the window of points that ends there, within the point's stage segment, and
 * checks the rule's condition from scratch. Quadratic and slow on purpose; it shares no code with
 * {@link RuleEvaluator}.
 */
final class BruteForceRules {

    /** A flagged point: 0-based position and the 0-based position of the first point of its pattern. */
    record Flag(int position, int first) {
    }

    private final StandardRule rule;
    private final RuleOptions options;
    private final double[] x;
    private final double[] c;
    private final double[] s;
    private final String[] stage;

    private BruteForceRules(StandardRule rule, RuleOptions options, double[] x, double[] c, double[] s,
                            String[] stage) {
        this.rule = rule;
        this.options = options;
        this.x = x;
        this.c = c;
        this.s = s;
        this.stage = stage;
    }

    /** The flags of {@code rule} on the series, in point order. {@code stage} may be null. */
    static List<Flag> flags(StandardRule rule, RuleOptions options, double[] x, double[] c, double[] s,
                            String[] stage) {
        BruteForceRules b = new BruteForceRules(rule, options, x, c, s, stage);
        List<Flag> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            int first = b.first(i);
            if (first >= 0) {
                out.add(new Flag(i, first));
            }
        }
        return out;
    }

    /** First position of the pattern point i violates, or -1. */
    private int first(int i) {
        switch (rule.pattern()) {
            case BEYOND:
                return beyondAbove(i, rule.zone()) || beyondBelow(i, rule.zone()) ? i : -1;
            case WINDOW:
                return window(i);
            case SIDE_RUN:
                return sideRun(i);
            case TREND:
                return trend(i);
            case ALTERNATION:
                return alternation(i);
            case STRATIFICATION:
                return stratification(i);
            case MIXTURE:
                return mixture(i);
            case OPPOSITE:
                return opposite(i);
            default:
                throw new AssertionError(rule.pattern());
        }
    }

    /* --- definitions --- */

    /** First position of the segment of consecutive points sharing point i's stage (0 when stages are ignored). */
    private int segmentStart(int i) {
        if (stage == null || options.stages() == StagePolicy.ACROSS_STAGES) {
            return 0;
        }
        int j = i;
        while (j > 0 && stage[j - 1].equals(stage[i])) {
            j--;
        }
        return j;
    }

    private boolean beyondAbove(int i, double z) {
        double line = c[i] + z * s[i];
        return options.comparison() == ZoneComparison.INCLUSIVE ? x[i] >= line : x[i] > line;
    }

    private boolean beyondBelow(int i, double z) {
        double line = c[i] - z * s[i];
        return options.comparison() == ZoneComparison.INCLUSIVE ? x[i] <= line : x[i] < line;
    }

    private boolean beyondOnSide(int i, double z, int side) {
        return side > 0 ? beyondAbove(i, z) : beyondBelow(i, z);
    }

    /* --- k of m beyond z, same side --- */

    private int window(int i) {
        int from = Math.max(segmentStart(i), i - rule.window() + 1);
        int best = -1;
        for (int side : new int[] {1, -1}) {
            int n = 0;
            int earliest = -1;
            for (int j = from; j <= i; j++) {
                if (beyondOnSide(j, rule.zone(), side)) {
                    n++;
                    if (earliest < 0) {
                        earliest = j;
                    }
                }
            }
            boolean lastOk = options.windowCompletion() == WindowCompletion.ANY_POINT
                    || beyondOnSide(i, rule.zone(), side);
            if (n >= rule.count() && lastOk) {
                best = best < 0 ? earliest : Math.min(best, earliest);
            }
        }
        return best;
    }

    /* --- K in a row on one side --- */

    private int sideOf(int j) {
        return cmp(x[j], c[j]);
    }

    private int sideRun(int i) {
        if (sideOf(i) == 0) {
            return -1;
        }
        // the points that take part: with SKIPPED, centre-line points are left out
        List<Integer> pts = new ArrayList<>();
        for (int j = segmentStart(i); j <= i; j++) {
            if (options.centerLine() == CenterLinePolicy.BREAKS_RUN || sideOf(j) != 0) {
                pts.add(j);
            }
        }
        int k = rule.count();
        if (pts.size() < k) {
            return -1;
        }
        for (int q = pts.size() - k; q < pts.size(); q++) {
            if (sideOf(pts.get(q)) != sideOf(i)) {
                return -1;
            }
        }
        int q = pts.size() - 1;
        while (q > 0 && sideOf(pts.get(q - 1)) == sideOf(i)) {
            q--;
        }
        return pts.get(q);
    }

    /** Sign of a - b with plain comparisons (0.0 equals -0.0). */
    private static int cmp(double a, double b) {
        return a > b ? 1 : a < b ? -1 : 0;
    }

    /* --- trends and alternation --- */

    /** The points that take part in steps: with SKIPPED ties, a point equal to its predecessor is left out. */
    private List<Integer> stepPoints(int i) {
        List<Integer> pts = new ArrayList<>();
        int seg = segmentStart(i);
        for (int j = seg; j <= i; j++) {
            if (options.ties() == TiePolicy.BREAKS_RUN || j == seg || x[j] != x[j - 1]) {
                pts.add(j);
            }
        }
        return pts;
    }

    private int trend(int i) {
        List<Integer> pts = stepPoints(i);
        if (pts.isEmpty() || pts.get(pts.size() - 1) != i) {
            return -1;
        }
        int k = rule.count();
        if (pts.size() < k) {
            return -1;
        }
        for (int dir : new int[] {1, -1}) {
            boolean all = true;
            for (int q = pts.size() - k + 1; q < pts.size(); q++) {
                if (cmp(x[pts.get(q)], x[pts.get(q - 1)]) != dir) {
                    all = false;
                }
            }
            if (all) {
                int q = pts.size() - 1;
                while (q > 0 && cmp(x[pts.get(q)], x[pts.get(q - 1)]) == dir) {
                    q--;
                }
                return pts.get(q);
            }
        }
        return -1;
    }

    private int alternation(int i) {
        List<Integer> pts = stepPoints(i);
        if (pts.isEmpty() || pts.get(pts.size() - 1) != i) {
            return -1;
        }
        int k = rule.count();
        if (pts.size() < k || !alternates(pts, pts.size() - k, pts.size() - 1)) {
            return -1;
        }
        int q = pts.size() - k;
        while (q > 0 && alternates(pts, q - 1, pts.size() - 1)) {
            q--;
        }
        return pts.get(q);
    }

    /** True when the points pts[from..to] step up and down alternately, with no equal neighbours. */
    private boolean alternates(List<Integer> pts, int from, int to) {
        for (int q = from + 1; q <= to; q++) {
            int d = cmp(x[pts.get(q)], x[pts.get(q - 1)]);
            if (d == 0) {
                return false;
            }
            if (q > from + 1 && d == cmp(x[pts.get(q - 1)], x[pts.get(q - 2)])) {
                return false;
            }
        }
        return true;
    }

    /* --- K in a row within z; K in a row beyond z --- */

    private boolean within(int j) {
        return !beyondAbove(j, rule.zone()) && !beyondBelow(j, rule.zone());
    }

    private int stratification(int i) {
        int k = rule.count();
        int seg = segmentStart(i);
        if (i - k + 1 < seg) {
            return -1;
        }
        for (int j = i - k + 1; j <= i; j++) {
            if (!within(j)) {
                return -1;
            }
        }
        int j = i - k + 1;
        while (j > seg && within(j - 1)) {
            j--;
        }
        return j;
    }

    private int mixture(int i) {
        int seg = segmentStart(i);
        if (within(i)) {
            return -1;
        }
        int r = i;
        while (r > seg && !within(r - 1)) {
            r--;
        }
        int k = rule.count();
        // some window of k points inside the run r..i that completes the pattern
        for (int from = r; from + k - 1 <= i; from++) {
            boolean up = false;
            boolean down = false;
            for (int j = from; j < from + k; j++) {
                up |= beyondAbove(j, rule.zone());
                down |= beyondBelow(j, rule.zone());
            }
            if (options.mixtureSides() == MixtureSides.EITHER_SIDE || (up && down)) {
                return r;
            }
        }
        return -1;
    }

    /* --- two in a row beyond z on opposite sides --- */

    private int opposite(int i) {
        if (i - 1 < segmentStart(i)) {
            return -1;
        }
        double z = rule.zone();
        boolean hit = (beyondAbove(i, z) && beyondBelow(i - 1, z)) || (beyondBelow(i, z) && beyondAbove(i - 1, z));
        return hit ? i - 1 : -1;
    }
}
