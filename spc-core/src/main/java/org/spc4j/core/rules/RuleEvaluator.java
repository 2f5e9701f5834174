package org.spc4j.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The run-rule state machine: takes the points of one chart one at a time and says, after each,
 * which rules of its {@link RuleSet} the point violates and where each pattern began. The batch
 * path ({@link RuleSet#evaluate}) and an online monitor use this same class, so they flag the
 * same points.
 *
 * <pre>{@code
 * RuleEvaluator ev = RuleSet.nelson().newEvaluator();
 * long hits = ev.accept(x, centerLine, sigmaOfStatistic, stage);   // one call per new point
 * for (long h = hits; h != 0; h &= h - 1) {
 *     int r = Long.numberOfTrailingZeros(h);                         // position of the rule in the set
 *     alarm(ev.ruleSet().rules().get(r).id(), ev.position(), ev.patternStart(r));
 * }
 * }</pre>
 *
 * <p>Algorithm: one pass, O(1) work per point and rule, constant memory, no allocation and no
 * boxing per point. The state shared by all built-in rules is updated once per point: the length
 * and start of the current run on one side of the centre line, of the current increasing,
 * decreasing and alternating runs, and, for every distinct zone multiplier z used by the rules,
 * the last 64 points' "beyond +z" and "beyond -z" flags as bits of two {@code long}s (a "k of m"
 * window is a mask and a bit count) and the current runs within and beyond z. Each built-in rule
 * then compares one counter with its K. User-defined rules run their own {@link RuleDetector}.
 *
 * <p>Points are numbered by {@link #position()}: 0 for the first point accepted after creation or
 * {@link #reset()}, counting on across stages. A stage starts with {@link #startStage()} or when
 * the stage passed to {@link #accept(double, double, double, Object)} differs from the previous
 * point's; with {@link StagePolicy#RESTART_AT_STAGE} (the default) every pattern then starts afresh.
 *
 * <p>Input: the statistic and centre must be finite and sigma finite and &gt; 0, otherwise
 * {@link IllegalArgumentException} naming the value and the position (points of a
 * {@code ControlChart} always are).
 *
 * <p>Not thread-safe: use one evaluator per series. At most {@value RuleSet#MAX_RULES} rules.
 *
 * @since 0.1
 */
public final class RuleEvaluator {

    private static final int BEYOND = StandardRule.Pattern.BEYOND.ordinal();
    private static final int WINDOW = StandardRule.Pattern.WINDOW.ordinal();
    private static final int SIDE_RUN = StandardRule.Pattern.SIDE_RUN.ordinal();
    private static final int TREND = StandardRule.Pattern.TREND.ordinal();
    private static final int ALTERNATION = StandardRule.Pattern.ALTERNATION.ordinal();
    private static final int STRATIFICATION = StandardRule.Pattern.STRATIFICATION.ordinal();
    private static final int MIXTURE = StandardRule.Pattern.MIXTURE.ordinal();
    private static final int OPPOSITE = StandardRule.Pattern.OPPOSITE.ordinal();
    private static final int CUSTOM = -1;

    private final RuleSet ruleSet;
    private final int size;
    private final int[] kind;
    private final int[] count;
    private final long[] windowMask;
    private final int[] zoneOf;
    private final RuleDetector[] detectors;
    private final double[] zones;

    private final boolean inclusive;
    private final boolean centerBreaks;
    private final boolean tiesBreak;
    private final boolean anyPoint;
    private final boolean eitherSide;
    private final boolean restartAtStage;

    /* --- per zone multiplier: bit 0 = the current point, bit 1 = the one before, ... --- */
    private final long[] above;
    private final long[] below;
    private final long[] withinRun;
    private final long[] withinStart;
    private final long[] outRun;
    private final long[] outStart;
    private final boolean[] outSeenAbove;
    private final boolean[] outSeenBelow;

    /* --- sequence state --- */
    private long position = -1;
    private long segmentFirst;
    private boolean fresh = true;
    private int side;
    private long sideRun;
    private long sideStart;
    private double previous;
    private long lastCounted;
    private int lastStep;
    private long upRun;
    private long upStart;
    private long downRun;
    private long downStart;
    private long altRun;
    private long altStart;
    private Object stage;

    /* --- result for the current point --- */
    private long hits;
    private final long[] start;

    RuleEvaluator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        List<Rule> rules = ruleSet.rules();
        RuleOptions options = ruleSet.options();
        size = rules.size();
        kind = new int[size];
        count = new int[size];
        windowMask = new long[size];
        zoneOf = new int[size];
        detectors = new RuleDetector[size];
        start = new long[size];
        List<Double> zoneList = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            Rule rule = rules.get(r);
            zoneOf[r] = -1;
            start[r] = -1;
            if (rule instanceof StandardRule) {
                StandardRule s = (StandardRule) rule;
                kind[r] = s.pattern().ordinal();
                count[r] = s.count();
                windowMask[r] = s.window() >= 64 ? -1L : (1L << s.window()) - 1;
                if (StandardRule.hasZone(s.pattern())) {
                    int j = zoneList.indexOf(s.zone());
                    if (j < 0) {
                        j = zoneList.size();
                        zoneList.add(s.zone());
                    }
                    zoneOf[r] = j;
                }
            } else {
                kind[r] = CUSTOM;
                detectors[r] = Objects.requireNonNull(rule.newDetector(options),
                        () -> "rule " + rule.id() + " returned a null detector");
            }
        }
        zones = zoneList.stream().mapToDouble(Double::doubleValue).toArray();
        int z = zones.length;
        above = new long[z];
        below = new long[z];
        withinRun = new long[z];
        withinStart = new long[z];
        outRun = new long[z];
        outStart = new long[z];
        outSeenAbove = new boolean[z];
        outSeenBelow = new boolean[z];
        inclusive = options.comparison() == ZoneComparison.INCLUSIVE;
        centerBreaks = options.centerLine() == CenterLinePolicy.BREAKS_RUN;
        tiesBreak = options.ties() == TiePolicy.BREAKS_RUN;
        anyPoint = options.windowCompletion() == WindowCompletion.ANY_POINT;
        eitherSide = options.mixtureSides() == MixtureSides.EITHER_SIDE;
        restartAtStage = options.stages() == StagePolicy.RESTART_AT_STAGE;
    }

    /** A new evaluator, with no points yet, for the rules and options of {@code ruleSet}. */
    public static RuleEvaluator of(RuleSet ruleSet) {
        return Objects.requireNonNull(ruleSet, "ruleSet must not be null").newEvaluator();
    }

    /** The rules evaluated; bit r of {@link #hits()} refers to {@code ruleSet().rules().get(r)}. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Takes the next point, in the stage of the previous one, and evaluates every rule on it.
     *
     * @param statistic the plotted value, finite
     * @param center the centre line at this point, finite
     * @param sigma the standard deviation of the plotted statistic at this point, finite and &gt; 0
     * @return the rules this point violates: bit r set when rule r of the set is violated
     * @throws IllegalArgumentException for a non-finite value or a sigma not &gt; 0
     */
    public long accept(double statistic, double center, double sigma) {
        if (!(Double.isFinite(statistic) && Double.isFinite(center) && sigma > 0 && sigma < Double.POSITIVE_INFINITY)) {
            throw badPoint(statistic, center, sigma);
        }
        final double x = statistic;
        final long pos = ++position;

        // Runs on one side of the centre line.
        boolean sideCounted = true;
        if (x > center) {
            if (side != 1) {
                side = 1;
                sideRun = 0;
                sideStart = pos;
            }
            sideRun++;
        } else if (x < center) {
            if (side != -1) {
                side = -1;
                sideRun = 0;
                sideStart = pos;
            }
            sideRun++;
        } else {
            sideCounted = false;
            if (centerBreaks) {
                side = 0;
                sideRun = 0;
            }
        }

        // Trends and alternation: steps between consecutive counted points.
        boolean stepCounted = true;
        if (fresh) {
            fresh = false;
            upRun = 1;
            downRun = 1;
            altRun = 1;
            upStart = pos;
            downStart = pos;
            altStart = pos;
            lastStep = 0;
        } else if (x > previous) {
            upRun++;
            downRun = 1;
            downStart = pos;
            if (lastStep == -1) {
                altRun++;
            } else {
                altRun = 2;
                altStart = lastCounted;
            }
            lastStep = 1;
        } else if (x < previous) {
            downRun++;
            upRun = 1;
            upStart = pos;
            if (lastStep == 1) {
                altRun++;
            } else {
                altRun = 2;
                altStart = lastCounted;
            }
            lastStep = -1;
        } else if (tiesBreak) {
            upRun = 1;
            downRun = 1;
            altRun = 1;
            upStart = pos;
            downStart = pos;
            altStart = pos;
            lastStep = 0;
        } else {
            stepCounted = false;
        }
        if (stepCounted) {
            previous = x;
            lastCounted = pos;
        }

        // Zones: one pair of bit histories and two runs per distinct multiplier.
        for (int j = 0; j < zones.length; j++) {
            double d = zones[j] * sigma;
            double hi = center + d;
            double lo = center - d;
            boolean a = inclusive ? x >= hi : x > hi;
            boolean b = inclusive ? x <= lo : x < lo;
            above[j] = (above[j] << 1) | (a ? 1L : 0L);
            below[j] = (below[j] << 1) | (b ? 1L : 0L);
            if (a || b) {
                withinRun[j] = 0;
                if (outRun[j]++ == 0) {
                    outStart[j] = pos;
                    outSeenAbove[j] = false;
                    outSeenBelow[j] = false;
                }
                outSeenAbove[j] |= a;
                outSeenBelow[j] |= b;
            } else {
                outRun[j] = 0;
                if (withinRun[j]++ == 0) {
                    withinStart[j] = pos;
                }
            }
        }

        long h = 0;
        for (int r = 0; r < size; r++) {
            long first = -1;
            int k = kind[r];
            int j = zoneOf[r];
            if (k == BEYOND) {
                if (((above[j] | below[j]) & 1L) != 0) {
                    first = pos;
                }
            } else if (k == WINDOW) {
                long ua = above[j] & windowMask[r];
                long ub = below[j] & windowMask[r];
                int need = count[r];
                if ((anyPoint || (ua & 1L) != 0) && Long.bitCount(ua) >= need) {
                    first = pos - (63 - Long.numberOfLeadingZeros(ua));
                }
                if ((anyPoint || (ub & 1L) != 0) && Long.bitCount(ub) >= need) {
                    long fb = pos - (63 - Long.numberOfLeadingZeros(ub));
                    first = first < 0 ? fb : Math.min(first, fb);
                }
            } else if (k == SIDE_RUN) {
                if (sideCounted && sideRun >= count[r]) {
                    first = sideStart;
                }
            } else if (k == TREND) {
                if (stepCounted) {
                    if (upRun >= count[r]) {
                        first = upStart;
                    } else if (downRun >= count[r]) {
                        first = downStart;
                    }
                }
            } else if (k == ALTERNATION) {
                if (stepCounted && altRun >= count[r]) {
                    first = altStart;
                }
            } else if (k == STRATIFICATION) {
                if (withinRun[j] >= count[r]) {
                    first = withinStart[j];
                }
            } else if (k == MIXTURE) {
                if (outRun[j] >= count[r] && (eitherSide || (outSeenAbove[j] && outSeenBelow[j]))) {
                    first = outStart[j];
                }
            } else if (k == OPPOSITE) {
                if ((((above[j] & (below[j] >>> 1)) | (below[j] & (above[j] >>> 1))) & 1L) != 0) {
                    first = pos - 1;
                }
            } else {
                long len = detectors[r].accept(x, center, sigma);
                if (len != 0) {
                    if (len < 0 || len > pos - segmentFirst + 1) {
                        throw new IllegalStateException(String.format(Locale.ROOT,
                                "rule %s reported a pattern of %d points at position %d, but only %d points "
                                        + "were given to it since its last reset", ruleSet.rules().get(r).id(), len,
                                pos, pos - segmentFirst + 1));
                    }
                    first = pos - len + 1;
                }
            }
            start[r] = first;
            if (first >= 0) {
                h |= 1L << r;
            }
        }
        hits = h;
        return h;
    }

    /**
     * Takes the next point of the named stage: when {@code stage} differs ({@link Object#equals})
     * from the previous point's, a new stage starts first ({@link #startStage()}).
     *
     * @param stage the stage of this point, for example its stage name; may be null (no stage)
     * @return as {@link #accept(double, double, double)}
     */
    public long accept(double statistic, double center, double sigma, Object stage) {
        if (position >= 0 && !Objects.equals(stage, this.stage)) {
            startStage();
        }
        this.stage = stage;
        return accept(statistic, center, sigma);
    }

    /**
     * Marks a stage boundary: the next point starts a new stage. With
     * {@link StagePolicy#RESTART_AT_STAGE} every pattern starts afresh (the numbering of
     * positions continues); with {@link StagePolicy#ACROSS_STAGES} nothing changes.
     */
    public void startStage() {
        if (restartAtStage) {
            clearPatterns();
        }
    }

    /** Returns to the initial state: no points, positions numbered from 0 again. */
    public void reset() {
        clearPatterns();
        position = -1;
        segmentFirst = 0;
        stage = null;
        hits = 0;
        java.util.Arrays.fill(start, -1);
    }

    private void clearPatterns() {
        segmentFirst = position + 1;
        fresh = true;
        side = 0;
        sideRun = 0;
        lastStep = 0;
        upRun = 0;
        downRun = 0;
        altRun = 0;
        for (int j = 0; j < zones.length; j++) {
            above[j] = 0;
            below[j] = 0;
            withinRun[j] = 0;
            outRun[j] = 0;
        }
        for (RuleDetector d : detectors) {
            if (d != null) {
                d.reset();
            }
        }
    }

    /** Position of the last point accepted (0 for the first), or -1 before the first. */
    public long position() {
        return position;
    }

    /** The rules the last point violates, as returned by {@code accept}: bit r for rule r of the set. */
    public long hits() {
        return hits;
    }

    /** True when the last point violates rule {@code r} (its 0-based position in the rule set). */
    public boolean violated(int r) {
        Objects.checkIndex(r, size);
        return (hits & (1L << r)) != 0;
    }

    /**
     * Position of the first point of the pattern of rule {@code r} that the last point completes or
     * extends, or -1 when the last point does not violate rule r.
     */
    public long patternStart(int r) {
        Objects.checkIndex(r, size);
        return start[r];
    }

    private IllegalArgumentException badPoint(double statistic, double center, double sigma) {
        String what;
        double value;
        if (!Double.isFinite(statistic)) {
            what = "statistic";
            value = statistic;
        } else if (!Double.isFinite(center)) {
            what = "center";
            value = center;
        } else {
            what = "sigma";
            value = sigma;
        }
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "%s at position %d must be %s, was %s", what, position + 1,
                what.equals("sigma") ? "finite and > 0" : "finite", value));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RuleEvaluator[%d rules %s, %d points]", size, ruleSet.ids(), position + 1);
    }
}
