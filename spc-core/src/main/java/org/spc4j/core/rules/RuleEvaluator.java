package org.spc4j.core.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * boxing per point. The state shared by all built-in rules is updated once per point: the lengths
 * of the current runs above and below the centre line, of the current increasing, decreasing and
 * alternating runs, and, for every distinct zone multiplier z used by the rules, the last 64
 * points' "beyond +z" and "beyond -z" flags as bits of two {@code long}s (a "k of m" window is a
 * mask and a bit count) and the current runs within and beyond z. With the default options every
 * run is a block of consecutive points, so its first point is {@code position - length + 1}; the
 * {@code SKIPPED} policies also keep the start of each run. These updates are branch-free (the
 * comparisons are taken from the sign bit of a difference), since on noisy data every branch on
 * "above or below" would be mispredicted half the time. A cheap gate then skips the rule checks
 * on points where no counter has reached the smallest K of its rules and no zone flag that a rule
 * looks at is set; otherwise each built-in rule compares one counter with its K. User-defined
 * rules run their own {@link RuleDetector} on every point.
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
 * <p>The batch paths ({@link RuleSet#evaluate(double[], double, double)} and the others) feed
 * this class runs of points with the same limits, which it takes 64 at a time as bit masks. On a
 * JVM started with {@code --add-modules jdk.incubator.vector} (the JDK's incubating Vector API;
 * the JVM prints a warning that it is incubating) the points of a block are compared with the
 * zone lines in SIMD lanes, which makes those paths about 1.7 times faster once the JIT has
 * compiled them; the results are the same either way. {@code -Dspc4j.simd=false} turns it off.
 *
 * <p>Not thread-safe: use one evaluator per series. At most {@value RuleSet#MAX_RULES} rules.
 *
 * @since 0.1
 */
public final class RuleEvaluator {

    private static final int K_CUSTOM = 0;
    private static final int K_BEYOND = 1;
    private static final int K_WINDOW = 2;
    private static final int K_SIDE_RUN = 3;
    private static final int K_TREND = 4;
    private static final int K_ALTERNATION = 5;
    private static final int K_STRATIFICATION = 6;
    private static final int K_MIXTURE = 7;
    private static final int K_OPPOSITE = 8;

    private final RuleSet ruleSet;
    private final int size;
    private final int[] kind;
    private final int[] beyondRules;
    private final int[] windowRules;
    private final int[] sideRules;
    private final int[] trendRules;
    private final int[] alternationRules;
    private final int[] stratificationRules;
    private final int[] mixtureRules;
    private final int[] oppositeRules;
    private final int[] customRules;
    /* Cheap gate: no built-in rule can fire unless one of these holds (most points pass none). */
    private final long minSideCount;
    private final long minTrendCount;
    private final long minAlternationCount;
    private final int[] zoneBeyondMatters;
    private final long[] minWithinCount;
    private final long[] minOutCount;
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
    private final long[] outRun;
    private final int[] outSeenAbove;
    private final int[] outSeenBelow;

    /* --- sequence state; runs count points, starts are kept only where points can be skipped --- */
    private long position = -1;
    private long segmentFirst;
    private long upSide;
    private long downSide;
    private long sideStart;
    private double previous = Double.NaN;
    private int started;
    private int lastStep;
    private long lastCounted;
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

    /* --- block path (acceptRun): see the class comment --- */
    private final boolean blockable;
    /** Zone multiplier (1, 2 or 3) of each distinct zone, when blockable. */
    private final int[] zoneSigmas;
    /** Zone lines of the current run: -inf, c-3s, c-2s, c-s, c, c+s, c+2s, c+3s, +inf. */
    private final double[] lines = new double[9];
    /** Points of the current block that violate each rule (bit 0 = newest). */
    private final long[] ruleHits;
    private long blockUp;
    private long blockDown;
    private long blockInc;
    private long blockDec;
    private long blockAlt;
    private final long[] blockAbove;
    private final long[] blockBelow;
    /** Whether blocks are classified by {@link SimdBlocks} (else by {@link #classifyPoints}). */
    private final boolean simd;
    /** The classified block, indexed by {@link #UP} ... {@link #DEC}. */
    private final long[] words = new long[WORDS];
    /** Blocks classified ahead of the rules on the SIMD path (4 KB of points: they stay in the L1 cache; 8 to 16 measured best). */
    private static final int AHEAD = 8;
    /** Words of the blocks classified ahead, block k from {@code k * WORDS}. */
    private final long[] ahead = new long[AHEAD * WORDS];

    /* Words of a classified block (bit 0 = newest point): the point is above / below the centre line, */
    static final int UP = 0;
    static final int DOWN = 1;
    /** ... above c + z s (word {@code ABOVE + z - 1}, z = 1, 2, 3), below c - z s ({@code BELOW + z - 1}), */
    static final int ABOVE = 2;
    static final int BELOW = 5;
    /** ... greater or less than its predecessor. */
    static final int INC = 8;
    static final int DEC = 9;
    static final int WORDS = 10;

    /**
     * Whether this JVM can classify blocks with SIMD comparisons: the incubating module
     * {@code jdk.incubator.vector} is in the boot layer ({@code --add-modules jdk.incubator.vector}),
     * its preferred vectors hold at least 4 doubles, and the system property {@code spc4j.simd} is
     * not {@code false}. Decided once, when the class is loaded.
     */
    static final boolean SIMD = simdAvailable();

    private static boolean simdAvailable() {
        try {
            if (!Boolean.parseBoolean(System.getProperty("spc4j.simd", "true"))) {
                return false;
            }
            Module own = RuleEvaluator.class.getModule();
            return ModuleLayer.boot().findModule("jdk.incubator.vector")
                    .filter(own::canRead)
                    .isPresent() && SimdBlocks.usable();
        } catch (LinkageError | SecurityException e) {
            return false;
        }
    }

    RuleEvaluator(RuleSet ruleSet) {
        this(ruleSet, SIMD);
    }

    /** With {@code simd} false, blocks are classified point by point even where SIMD is available (for tests). */
    RuleEvaluator(RuleSet ruleSet, boolean simd) {
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
                kind[r] = code(s.pattern());
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
                kind[r] = K_CUSTOM;
                detectors[r] = Objects.requireNonNull(rule.newDetector(options),
                        () -> "rule " + rule.id() + " returned a null detector");
            }
        }
        zones = zoneList.stream().mapToDouble(Double::doubleValue).toArray();
        beyondRules = rulesOf(K_BEYOND);
        windowRules = rulesOf(K_WINDOW);
        sideRules = rulesOf(K_SIDE_RUN);
        trendRules = rulesOf(K_TREND);
        alternationRules = rulesOf(K_ALTERNATION);
        stratificationRules = rulesOf(K_STRATIFICATION);
        mixtureRules = rulesOf(K_MIXTURE);
        oppositeRules = rulesOf(K_OPPOSITE);
        customRules = rulesOf(K_CUSTOM);
        minSideCount = minCount(sideRules);
        minTrendCount = minCount(trendRules);
        minAlternationCount = minCount(alternationRules);
        zoneBeyondMatters = new int[zones.length];
        minWithinCount = new long[zones.length];
        minOutCount = new long[zones.length];
        java.util.Arrays.fill(minWithinCount, Long.MAX_VALUE);
        java.util.Arrays.fill(minOutCount, Long.MAX_VALUE);
        for (int r = 0; r < size; r++) {
            int j = zoneOf[r];
            if (kind[r] == K_BEYOND || kind[r] == K_WINDOW || kind[r] == K_OPPOSITE) {
                zoneBeyondMatters[j] = 1;
            } else if (kind[r] == K_STRATIFICATION) {
                minWithinCount[j] = Math.min(minWithinCount[j], count[r]);
            } else if (kind[r] == K_MIXTURE) {
                minOutCount[j] = Math.min(minOutCount[j], count[r]);
            }
        }
        int z = zones.length;
        above = new long[z];
        below = new long[z];
        withinRun = new long[z];
        outRun = new long[z];
        outSeenAbove = new int[z];
        outSeenBelow = new int[z];
        inclusive = options.comparison() == ZoneComparison.INCLUSIVE;
        centerBreaks = options.centerLine() == CenterLinePolicy.BREAKS_RUN;
        tiesBreak = options.ties() == TiePolicy.BREAKS_RUN;
        anyPoint = options.windowCompletion() == WindowCompletion.ANY_POINT;
        eitherSide = options.mixtureSides() == MixtureSides.EITHER_SIDE;
        restartAtStage = options.stages() == StagePolicy.RESTART_AT_STAGE;
        zoneSigmas = new int[z];
        ruleHits = new long[size];
        blockAbove = new long[z];
        blockBelow = new long[z];
        blockable = blockable(rules);
        this.simd = simd && SIMD && !inclusive;
    }

    /**
     * True when the block path computes exactly what {@link #accept} does: built-in rules only,
     * zones at 1, 2 or 3 sigma, centre-line points and ties breaking runs (so every run is a block
     * of consecutive points), and counts within what a 64-point block can look back over.
     */
    private boolean blockable(List<Rule> rules) {
        if (customRules.length > 0 || !centerBreaks || !tiesBreak) {
            return false;
        }
        for (int j = 0; j < zones.length; j++) {
            if (zones[j] != 1.0 && zones[j] != 2.0 && zones[j] != 3.0) {
                return false;
            }
            zoneSigmas[j] = (int) zones[j];
        }
        for (int r = 0; r < size; r++) {
            StandardRule rule = (StandardRule) rules.get(r);
            int k = rule.count();
            boolean fits;
            switch (kind[r]) {
                case K_WINDOW:
                    fits = rule.window() <= 63 || k == rule.window();
                    break;
                case K_TREND:
                    fits = k >= 2 && k <= 65;
                    break;
                case K_ALTERNATION:
                    fits = k >= 3 && k <= 66;
                    break;
                case K_SIDE_RUN:
                case K_STRATIFICATION:
                case K_MIXTURE:
                    fits = k >= 1 && k <= 64;
                    break;
                default:
                    fits = true;
            }
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private long minCount(int[] rulesOfKind) {
        long min = Long.MAX_VALUE;
        for (int r : rulesOfKind) {
            min = Math.min(min, count[r]);
        }
        return min;
    }

    /** Positions of the rules of one kind, in set order. */
    private int[] rulesOf(int k) {
        return java.util.stream.IntStream.range(0, size).filter(r -> kind[r] == k).toArray();
    }

    private static int code(StandardRule.Pattern p) {
        switch (p) {
            case BEYOND:
                return K_BEYOND;
            case WINDOW:
                return K_WINDOW;
            case SIDE_RUN:
                return K_SIDE_RUN;
            case TREND:
                return K_TREND;
            case ALTERNATION:
                return K_ALTERNATION;
            case STRATIFICATION:
                return K_STRATIFICATION;
            case MIXTURE:
                return K_MIXTURE;
            default:
                return K_OPPOSITE;
        }
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

        // Runs on one side of the centre line. Branch-free when a centre-line point breaks the run.
        final int up = negative(center - x);     // x > center
        final int down = negative(x - center);   // x < center
        if (centerBreaks) {
            upSide = (upSide + 1) & -up;          // +1 on this side, else 0
            downSide = (downSide + 1) & -down;
        } else {
            skipCenterLine(up, down, pos);
        }
        final long sideLen = (upSide + downSide) & -(up | down);

        // Trends and alternation. Branch-free when ties break; previous is NaN at a stage start.
        boolean stepCounted = true;
        if (tiesBreak) {
            final int inc = negative(previous - x) & started;   // x > previous, 0 at a stage start
            final int dec = negative(x - previous) & started;
            final int step = inc - dec;
            final int alternates = (step * lastStep) >>> 31;
            upRun = (upRun & -inc) + 1;
            downRun = (downRun & -dec) + 1;
            altRun = ((altRun - 1) & -alternates) + 1 + (step & 1);   // +1, or 2 after a step, or 1 after a tie
            lastStep = step;
            previous = x;
            started = 1;
        } else {
            stepCounted = skipTies(x, pos);
        }

        // Zones: one pair of bit histories and two runs per distinct multiplier.
        int candidate = 0;
        for (int j = 0; j < zones.length; j++) {
            final double d = zones[j] * sigma;
            final double hi = center + d;
            final double lo = center - d;
            final int a;
            final int b;
            if (inclusive) {
                a = 1 - negative(x - hi);   // x >= hi
                b = 1 - negative(lo - x);   // x <= lo
            } else {
                a = negative(hi - x);       // x > hi
                b = negative(x - lo);       // x < lo
            }
            final int out = a | b;
            above[j] = (above[j] << 1) | a;
            below[j] = (below[j] << 1) | b;
            withinRun[j] = (withinRun[j] + 1) & (out - 1);
            outRun[j] = (outRun[j] + 1) & -out;
            outSeenAbove[j] = (outSeenAbove[j] | a) & out;
            outSeenBelow[j] = (outSeenBelow[j] | b) & out;
            candidate |= out & zoneBeyondMatters[j];
            if (withinRun[j] >= minWithinCount[j] || outRun[j] >= minOutCount[j]) {
                candidate = 1;
            }
        }
        if (candidate == 0 && sideLen < minSideCount && !(stepCounted && (upRun >= minTrendCount
                || downRun >= minTrendCount || altRun >= minAlternationCount)) && !(anyPoint && windowRules.length > 0)) {
            // No built-in rule can fire at this point (the common case): only user rules run.
            return hits = customRules.length == 0 ? 0 : customHits(x, center, sigma, pos);
        }

        // Rules, kind by kind (no dispatch per rule); every test below is almost always false.
        long h = 0;
        for (final int r : beyondRules) {
            final int j = zoneOf[r];
            if (((above[j] | below[j]) & 1L) != 0) {
                h |= hit(r, pos);
            }
        }
        for (final int r : windowRules) {
            final int j = zoneOf[r];
            final long ua = above[j] & windowMask[r];
            final long ub = below[j] & windowMask[r];
            final int need = count[r];
            long first = -1;
            if ((anyPoint || (ua & 1L) != 0) && Long.bitCount(ua) >= need) {
                first = pos - (63 - Long.numberOfLeadingZeros(ua));
            }
            if ((anyPoint || (ub & 1L) != 0) && Long.bitCount(ub) >= need) {
                final long fb = pos - (63 - Long.numberOfLeadingZeros(ub));
                first = first < 0 ? fb : Math.min(first, fb);
            }
            if (first >= 0) {
                h |= hit(r, first);
            }
        }
        for (final int r : sideRules) {
            if (sideLen >= count[r]) {
                h |= hit(r, centerBreaks ? pos - sideLen + 1 : sideStart);
            }
        }
        for (final int r : trendRules) {
            if (stepCounted && Math.max(upRun, downRun) >= count[r]) {
                h |= hit(r, upRun >= downRun ? (tiesBreak ? pos - upRun + 1 : upStart)
                        : (tiesBreak ? pos - downRun + 1 : downStart));
            }
        }
        for (final int r : alternationRules) {
            if (stepCounted && altRun >= count[r]) {
                h |= hit(r, tiesBreak ? pos - altRun + 1 : altStart);
            }
        }
        for (final int r : stratificationRules) {
            final int j = zoneOf[r];
            if (withinRun[j] >= count[r]) {
                h |= hit(r, pos - withinRun[j] + 1);
            }
        }
        for (final int r : mixtureRules) {
            final int j = zoneOf[r];
            if (outRun[j] >= count[r] && (eitherSide || (outSeenAbove[j] & outSeenBelow[j]) != 0)) {
                h |= hit(r, pos - outRun[j] + 1);
            }
        }
        for (final int r : oppositeRules) {
            final int j = zoneOf[r];
            if ((((above[j] & (below[j] >>> 1)) | (below[j] & (above[j] >>> 1))) & 1L) != 0) {
                h |= hit(r, pos - 1);
            }
        }
        if (customRules.length > 0) {
            h |= customHits(x, center, sigma, pos);
        }
        hits = h;
        return h;
    }

    /** Receives the violations found by {@link #acceptRun}, in point order, then rule-set order. */
    interface HitSink {
        void hit(int rule, long position, long patternStart);
    }

    /**
     * Takes the points {@code x[from..to)}, all with the same centre and sigma and in the stage of
     * the previous point, and reports every violation to {@code sink}: exactly what calling
     * {@link #accept(double, double, double)} on each point reports, and the same state afterwards.
     *
     * <p>Where {@link #blockable} holds, whole blocks of 64 points take the bit-parallel path:
     * each point is compared with the zone lines (computed as {@link #accept} computes them) and
     * with its predecessor, giving 64-bit masks (above and below the centre, beyond each zone,
     * increasing, decreasing). With {@link #SIMD} the comparisons run in SIMD lanes
     * ({@link SimdBlocks}); otherwise {@link #classifyPoints} does them point by point. Every rule is then a few word operations
     * on those masks and on the evaluator's state ({@link BitRuns}); only the rare points that
     * violate a rule are visited one by one, to find where their pattern began. The rest of the
     * points, and blocks holding a value that is not finite, go through {@link #accept}.
     *
     * @throws IllegalArgumentException as {@link #accept}, for the first bad point (the points
     *         before it have been taken and reported)
     */
    void acceptRun(double[] x, int from, int to, double center, double sigma, HitSink sink) {
        int i = from;
        if (blockable && to - from >= 64 && setLines(center, sigma)) {
            final double inverse = 1.0 / sigma;
            while (to - i >= 64) {
                if (simd && i > 0) {
                    // Up to AHEAD blocks classified in one tight pass over memory, then the rules
                    // block by block: interleaved with the rules' work, the loads of each new
                    // block waited for memory (7 % at 10 million points).
                    final int wanted = Math.min(AHEAD, (to - i) >>> 6);
                    final int blocks = SimdBlocks.classify(x, i, wanted, lines, ahead);
                    if (blocks > 0) {       // the predecessor of the first point is the previous point
                        final double first = x[i];
                        ahead[INC] = (ahead[INC] & Long.MAX_VALUE) | (first > previous ? Long.MIN_VALUE : 0);
                        ahead[DEC] = (ahead[DEC] & Long.MAX_VALUE) | (first < previous ? Long.MIN_VALUE : 0);
                    }
                    for (int k = 0; k < blocks; k++, i += 64) {
                        acceptWords(ahead, k * WORDS, x[i + 63], sink);
                    }
                    if (blocks < wanted) {  // a value that is not finite: the single-point path says where
                        acceptEach(x, i, i + 64, center, sigma, sink);
                        i += 64;
                    }
                } else {
                    if (classifyPoints(x, i, center, inverse, words)) {
                        acceptWords(words, 0, x[i + 63], sink);
                    } else {
                        acceptEach(x, i, i + 64, center, sigma, sink);
                    }
                    i += 64;
                }
            }
        }
        acceptEach(x, i, to, center, sigma, sink);
    }

    /** Starts a new stage first when {@code stage} differs from the previous point's, as {@link #accept(double, double, double, Object)}. */
    void enterStage(Object stage) {
        if (position >= 0 && !Objects.equals(stage, this.stage)) {
            startStage();
        }
        this.stage = stage;
    }

    private void acceptEach(double[] x, int from, int to, double center, double sigma, HitSink sink) {
        for (int i = from; i < to; i++) {
            for (long h = accept(x[i], center, sigma); h != 0; h &= h - 1) {
                int r = Long.numberOfTrailingZeros(h);
                sink.hit(r, position, start[r]);
            }
        }
    }

    /** The zone lines, as {@link #accept} computes them; false unless finite and strictly increasing. */
    private boolean setLines(double center, double sigma) {
        if (!(Double.isFinite(center) && sigma > 0 && sigma < Double.POSITIVE_INFINITY)) {
            return false;
        }
        lines[0] = Double.NEGATIVE_INFINITY;
        lines[4] = center;
        lines[8] = Double.POSITIVE_INFINITY;
        for (int z = 1; z <= 3; z++) {
            final double d = z * sigma;
            lines[4 + z] = center + d;
            lines[4 - z] = center - d;
        }
        for (int k = 1; k < 8; k++) {
            if (!(lines[k] > lines[k - 1]) || !Double.isFinite(lines[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Level (0 to 7: below c-3s, ..., above c+3s; bit 3 set on the centre line) of a point whose
     * guessed level was wrong or which lies on a zone line, by the comparisons of {@link #accept};
     * -1 for a value that is not finite.
     */
    private int exactLevel(double x) {
        if (!Double.isFinite(x)) {
            return -1;
        }
        final double[] t = lines;
        if (x > t[4]) {
            return inclusive ? 4 + count(x >= t[5]) + count(x >= t[6]) + count(x >= t[7])
                    : 4 + count(x > t[5]) + count(x > t[6]) + count(x > t[7]);
        }
        if (x < t[4]) {
            return inclusive ? 3 - count(x <= t[3]) - count(x <= t[2]) - count(x <= t[1])
                    : 3 - count(x < t[3]) - count(x < t[2]) - count(x < t[1]);
        }
        return 4 | 8;
    }

    private static int count(boolean b) {
        return b ? 1 : 0;
    }

    /**
     * Adding 1.5 * 2^52 to a double of magnitude below 2^51 rounds it to an integer held in the low
     * bits of the sum's representation: a level guess without a float-to-int conversion (any
     * wrong guess, including one from a value out of range, fails the exact check after it).
     */
    private static final double ROUNDING = 0x1.8p52;

    /** Takes one classified block, words {@code w[at .. at + WORDS)}, whose newest point is {@code last}. */
    private void acceptWords(long[] w, int at, double last, HitSink sink) {
        long inc = w[at + INC];
        long dec = w[at + DEC];
        if (started == 0) {                  // the first point of a stage has no predecessor
            inc &= Long.MAX_VALUE;
            dec &= Long.MAX_VALUE;
        }
        blockUp = w[at + UP];
        blockDown = w[at + DOWN];
        blockInc = inc;
        blockDec = dec;
        blockAlt = (inc & BitRuns.predecessor(dec, lastStep < 0 ? 1 : 0, 1))
                | (dec & BitRuns.predecessor(inc, lastStep > 0 ? 1 : 0, 1));
        for (int j = 0; j < zones.length; j++) {
            blockAbove[j] = w[at + ABOVE + zoneSigmas[j] - 1];
            blockBelow[j] = w[at + BELOW + zoneSigmas[j] - 1];
        }
        final long any = blockHits();
        if (any != 0) {
            reportHits(any, sink);
        }
        endBlock(last);
    }

    /**
     * The words of {@link SimdBlocks#classify}, point by point: each point gets a zone level (0 to
     * 7: below c-3s, ..., above c+3s; bit 3 set on the centre line) from a guess, {@code (x - c) / s
     * + 4} rounded down, confirmed by two exact comparisons with the zone lines ({@link #exactLevel}
     * where it fails or the point lies on a line), and a step flag against its predecessor; the
     * flags of 8 points are gathered into bytes with one multiplication ({@link BitRuns#gather}).
     * Also serves {@link ZoneComparison#INCLUSIVE}, through {@link #exactLevel}.
     *
     * @return false when a point is not finite
     */
    private boolean classifyPoints(double[] x, int from, double center, double inverse, long[] w) {
        final double[] t = lines;
        long l0 = 0;
        long l1 = 0;
        long l2 = 0;
        long eq = 0;
        long inc = 0;
        long dec = 0;
        boolean finite = true;
        double prev = previous;
        for (int g = from; g < from + 64; g += 8) {
            long codes = 0;
            for (int i = g; i < g + 8; i++) {
                final double v = x[i];
                final int guess = (int) Double.doubleToRawLongBits((v - center) * inverse + 3.5 + ROUNDING) & 7;
                long code = guess;
                if (!(v > t[guess] && v < t[guess + 1])) {
                    final int level = exactLevel(v);
                    finite &= level >= 0;
                    code = level & 15;
                }
                final long step = Double.doubleToRawLongBits(prev - v + 0.0);   // sign: v > prev
                code |= ((step >>> 59) & 16) | ((-step >>> 58) & 32);             // 16: up, 32: down
                codes = (codes << 8) | code;
                prev = v;
            }
            l0 = (l0 << 8) | BitRuns.gather(codes, 0);
            l1 = (l1 << 8) | BitRuns.gather(codes, 1);
            l2 = (l2 << 8) | BitRuns.gather(codes, 2);
            eq = (eq << 8) | BitRuns.gather(codes, 3);
            inc = (inc << 8) | BitRuns.gather(codes, 4);
            dec = (dec << 8) | BitRuns.gather(codes, 5);
        }
        w[UP] = l2 & ~eq;
        w[DOWN] = ~l2;
        w[ABOVE] = l2 & (l1 | l0);
        w[ABOVE + 1] = l2 & l1;
        w[ABOVE + 2] = l2 & l1 & l0;
        w[BELOW] = ~l2 & ~(l1 & l0);
        w[BELOW + 1] = ~l2 & ~l1;
        w[BELOW + 2] = ~(l2 | l1 | l0);
        w[INC] = inc;
        w[DEC] = dec;
        return finite;
    }

    /**
     * Reports the violations of the current block, oldest point first, then in rule-set order.
     * A method of its own: inlined into {@link #acceptBlock}, the sink's code crowded out the
     * per-block work there (1 ns a point slower).
     */
    private void reportHits(long any, HitSink sink) {
        final long first = position + 1;
        for (long left = any; left != 0; ) {
            final int b = 63 - Long.numberOfLeadingZeros(left);
            left &= ~(1L << b);
            final long pos = first + 63 - b;
            long rulesAt = 0;                 // gathered without branches, then visited bit by bit
            for (int r = 0; r < size; r++) {
                rulesAt |= (ruleHits[r] >>> b & 1) << r;
            }
            for (; rulesAt != 0; rulesAt &= rulesAt - 1) {
                final int r = Long.numberOfTrailingZeros(rulesAt);
                start[r] = blockStart(r, b, pos);
                sink.hit(r, pos, start[r]);
            }
        }
    }

    /** Fills {@link #ruleHits} for the current block; returns the points with any hit. */
    private long blockHits() {
        final long incCarry = incCarry();
        final long decCarry = decCarry();
        final long altCarry = altCarry();
        long any = 0;
        for (int r = 0; r < size; r++) {
            final int j = zoneOf[r];
            final int k = count[r];
            long h;
            switch (kind[r]) {
                case K_BEYOND:
                    h = blockAbove[j] | blockBelow[j];
                    break;
                case K_WINDOW: {
                    final int w = Long.bitCount(windowMask[r]);
                    h = (BitRuns.windowAtLeast(blockAbove[j], above[j], w, k) & (anyPoint ? -1L : blockAbove[j]))
                            | (BitRuns.windowAtLeast(blockBelow[j], below[j], w, k) & (anyPoint ? -1L : blockBelow[j]));
                    break;
                }
                case K_SIDE_RUN:
                    h = BitRuns.runsAtLeast(blockUp, upSide, k) | BitRuns.runsAtLeast(blockDown, downSide, k);
                    break;
                case K_TREND:
                    h = BitRuns.runsAtLeast(blockInc, incCarry, k - 1) | BitRuns.runsAtLeast(blockDec, decCarry, k - 1);
                    break;
                case K_ALTERNATION:
                    h = BitRuns.runsAtLeast(blockAlt, altCarry, k - 2);
                    break;
                case K_STRATIFICATION:
                    h = BitRuns.runsAtLeast(~(blockAbove[j] | blockBelow[j]), withinRun[j], k);
                    break;
                case K_MIXTURE:
                    h = BitRuns.runsAtLeast(blockAbove[j] | blockBelow[j], outRun[j], k);
                    if (!eitherSide) {
                        for (long c = h; c != 0; c &= c - 1) {
                            final int b = Long.numberOfTrailingZeros(c);
                            if (!bothSidesInOutRun(j, b)) {
                                h &= ~(1L << b);
                            }
                        }
                    }
                    break;
                default: // K_OPPOSITE
                    h = (blockAbove[j] & BitRuns.predecessor(blockBelow[j], below[j], 1))
                            | (blockBelow[j] & BitRuns.predecessor(blockAbove[j], above[j], 1));
            }
            ruleHits[r] = h;
            any |= h;
        }
        return any;
    }

    /** Increasing steps just before the block: the run of points {@code upRun} less its first point. */
    private long incCarry() {
        return Math.max(upRun - 1, 0);
    }

    /** Decreasing steps just before the block. */
    private long decCarry() {
        return Math.max(downRun - 1, 0);
    }

    /** Alternating step pairs just before the block: {@code altRun} less the two points of its first step. */
    private long altCarry() {
        return Math.max(altRun - 2, 0);
    }

    /** Whether the run of points beyond zone j that ends at bit b has points on both sides. */
    private boolean bothSidesInOutRun(int j, int b) {
        final long len = BitRuns.runLength(blockAbove[j] | blockBelow[j], outRun[j], b);
        final long inBlock = BitRuns.span(b, len);
        final boolean intoCarry = len > 64 - b;
        return ((blockAbove[j] & inBlock) != 0 || (intoCarry && outSeenAbove[j] != 0))
                && ((blockBelow[j] & inBlock) != 0 || (intoCarry && outSeenBelow[j] != 0));
    }

    /** First point of the pattern of rule r that the point at bit b (position pos) completes. */
    private long blockStart(int r, int b, long pos) {
        final int j = zoneOf[r];
        switch (kind[r]) {
            case K_BEYOND:
                return pos;
            case K_WINDOW: {
                final long ua = windowWord(blockAbove[j], above[j], b) & windowMask[r];
                final long ub = windowWord(blockBelow[j], below[j], b) & windowMask[r];
                long first = -1;
                if ((anyPoint || (ua & 1L) != 0) && Long.bitCount(ua) >= count[r]) {
                    first = pos - (63 - Long.numberOfLeadingZeros(ua));
                }
                if ((anyPoint || (ub & 1L) != 0) && Long.bitCount(ub) >= count[r]) {
                    final long fb = pos - (63 - Long.numberOfLeadingZeros(ub));
                    first = first < 0 ? fb : Math.min(first, fb);
                }
                return first;
            }
            case K_SIDE_RUN:
                return pos + 1 - ((blockUp >>> b & 1) != 0 ? BitRuns.runLength(blockUp, upSide, b)
                        : BitRuns.runLength(blockDown, downSide, b));
            case K_TREND: {
                final long up = BitRuns.runLength(blockInc, incCarry(), b) + 1;
                final long down = BitRuns.runLength(blockDec, decCarry(), b) + 1;
                return pos + 1 - Math.max(up, down);
            }
            case K_ALTERNATION:
                return pos + 1 - (2 + BitRuns.runLength(blockAlt, altCarry(), b));
            case K_STRATIFICATION:
                return pos + 1 - BitRuns.runLength(~(blockAbove[j] | blockBelow[j]), withinRun[j], b);
            case K_MIXTURE:
                return pos + 1 - BitRuns.runLength(blockAbove[j] | blockBelow[j], outRun[j], b);
            default: // K_OPPOSITE
                return pos - 1;
        }
    }

    /** The evaluator's history word as it was at the point at bit b: bit 0 = that point. */
    private static long windowWord(long block, long before, int b) {
        return b == 0 ? block : (block >>> b) | (before << (64 - b));
    }

    /** The state after the current block, as 64 calls of {@link #accept} leave it. */
    private void endBlock(double last) {
        upSide = BitRuns.runLength(blockUp, upSide, 0);
        downSide = BitRuns.runLength(blockDown, downSide, 0);
        final long alternating = 2 + BitRuns.runLength(blockAlt, altCarry(), 0);
        upRun = BitRuns.runLength(blockInc, incCarry(), 0) + 1;
        downRun = BitRuns.runLength(blockDec, decCarry(), 0) + 1;
        altRun = ((blockInc | blockDec) & 1) != 0 ? alternating : 1;
        lastStep = (int) (blockInc & 1) - (int) (blockDec & 1);
        previous = last;
        started = 1;
        for (int j = 0; j < zones.length; j++) {
            final long a = blockAbove[j];
            final long b = blockBelow[j];
            final long out = a | b;
            final long len = BitRuns.runLength(out, outRun[j], 0);
            final long inBlock = BitRuns.span(0, len);          // empty when len == 0
            final int intoCarry = (int) ((64 - len) >>> 63);   // len > 64
            // Branch-free: whether the last point is beyond zone j is a coin toss at 1 sigma.
            outSeenAbove[j] = nonZero(a & inBlock) | (intoCarry & outSeenAbove[j]);
            outSeenBelow[j] = nonZero(b & inBlock) | (intoCarry & outSeenBelow[j]);
            outRun[j] = len;
            withinRun[j] = BitRuns.runLength(~out, withinRun[j], 0);
            above[j] = a;
            below[j] = b;
        }
        long h = 0;
        for (int r = 0; r < size; r++) {
            h |= (ruleHits[r] & 1) << r;
        }
        hits = h;
        position += 64;
    }

    /** 1 when {@code w != 0}, else 0, without a branch. */
    private static int nonZero(long w) {
        return (int) ((w | -w) >>> 63);
    }

    private long customHits(double x, double center, double sigma, long pos) {
        long h = 0;
        for (final int r : customRules) {
            final long first = custom(r, x, center, sigma, pos);
            if (first >= 0) {
                h |= hit(r, first);
            }
        }
        return h;
    }

    /** Records the first point of rule r's pattern and returns its bit. */
    private long hit(int r, long first) {
        start[r] = first;
        return 1L << r;
    }

    /**
     * 1 when {@code d < 0}, else 0, without a branch: the sign bit of {@code d + 0.0} (adding +0.0
     * turns -0.0 into +0.0). For finite a and b, {@code a - b} is zero only when a == b, and
     * otherwise has the sign of the true difference (overflow gives an infinity of that sign), so
     * {@code negative(b - a)} is exactly {@code a > b}. Comparisons compile to branches here, which
     * mispredict on noisy data.
     */
    private static int negative(double d) {
        return (int) (Double.doubleToRawLongBits(d + 0.0) >>> 63);
    }

    /** Side runs when a point on the centre line is skipped: it neither counts nor breaks. */
    private void skipCenterLine(int up, int down, long pos) {
        if (up != 0) {
            if (upSide == 0) {
                sideStart = pos;
            }
            upSide++;
            downSide = 0;
        } else if (down != 0) {
            if (downSide == 0) {
                sideStart = pos;
            }
            downSide++;
            upSide = 0;
        }
    }

    /** Trends and alternation when a point equal to its predecessor is skipped; false for a skipped point. */
    private boolean skipTies(double x, long pos) {
        if (Double.isNaN(previous)) {
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
        } else {
            return false;
        }
        previous = x;
        lastCounted = pos;
        return true;
    }

    private long custom(int r, double x, double center, double sigma, long pos) {
        long len = detectors[r].accept(x, center, sigma);
        if (len == 0) {
            return -1;
        }
        if (len < 0 || len > pos - segmentFirst + 1) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "rule %s reported a pattern of %d points at position %d, but only %d points "
                            + "were given to it since its last reset", ruleSet.rules().get(r).id(), len,
                    pos, pos - segmentFirst + 1));
        }
        return pos - len + 1;
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

    /** Version byte leading every {@link #saveState()} form. */
    static final byte STATE_VERSION = 1;

    /**
     * The evaluator's state after the last point, as bytes: a leading version byte, then every
     * run, window and pattern-start counter. {@link #restoreState(byte[])} on an evaluator of the
     * same rule set continues exactly where this one stopped, so an online monitor can be
     * restarted without changing a single flag. Saving does not change the evaluator.
     *
     * @throws IllegalStateException when the rule set has user-defined rules (their detectors'
     *         state is opaque) or the current stage is not a String
     */
    public byte[] saveState() {
        if (customRules.length > 0) {
            throw new IllegalStateException("the state of user-defined rules cannot be saved: "
                    + ruleSet.rules().get(customRules[0]).id());
        }
        if (stage != null && !(stage instanceof String)) {
            throw new IllegalStateException("only String stages can be saved, was " + stage.getClass().getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(STATE_VERSION);
            out.writeInt(size);
            out.writeInt(zones.length);
            for (long v : new long[] {position, segmentFirst, upSide, downSide, sideStart, lastCounted, upRun, upStart,
                downRun, downStart, altRun, altStart, hits}) {
                out.writeLong(v);
            }
            out.writeDouble(previous);
            out.writeInt(started);
            out.writeInt(lastStep);
            out.writeBoolean(stage != null);
            if (stage != null) {
                out.writeUTF((String) stage);
            }
            for (long[] a : new long[][] {start, above, below, withinRun, outRun}) {
                for (long v : a) {
                    out.writeLong(v);
                }
            }
            for (int[] a : new int[][] {outSeenAbove, outSeenBelow}) {
                for (int v : a) {
                    out.writeInt(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Restores a state written by {@link #saveState()} of an evaluator of the same rule set.
     *
     * @throws IllegalArgumentException for another version, another rule set shape, or truncated bytes
     */
    public void restoreState(byte[] state) {
        Objects.requireNonNull(state, "state must not be null");
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            byte version = in.readByte();
            if (version != STATE_VERSION) {
                throw new IllegalArgumentException("rule evaluator state version " + version
                        + " is not supported (this library reads version " + STATE_VERSION + ")");
            }
            int rules = in.readInt();
            int zoneCount = in.readInt();
            if (rules != size || zoneCount != zones.length) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the state is of a rule set with %d rules and %d zones, this one has %d and %d",
                        rules, zoneCount, size, zones.length));
            }
            position = in.readLong();
            segmentFirst = in.readLong();
            upSide = in.readLong();
            downSide = in.readLong();
            sideStart = in.readLong();
            lastCounted = in.readLong();
            upRun = in.readLong();
            upStart = in.readLong();
            downRun = in.readLong();
            downStart = in.readLong();
            altRun = in.readLong();
            altStart = in.readLong();
            hits = in.readLong();
            previous = in.readDouble();
            started = in.readInt();
            lastStep = in.readInt();
            stage = in.readBoolean() ? in.readUTF() : null;
            for (long[] a : new long[][] {start, above, below, withinRun, outRun}) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readLong();
                }
            }
            for (int[] a : new int[][] {outSeenAbove, outSeenBelow}) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readInt();
                }
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException("rule evaluator state has " + in.available() + " extra bytes");
            }
        } catch (EOFException e) {
            throw new IllegalArgumentException("rule evaluator state is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns to the initial state: no points, positions numbered from 0 again. */
    public void reset() {
        clearPatterns();
        position = -1;
        segmentFirst = 0;
        stage = null;
        hits = 0;
    }

    private void clearPatterns() {
        segmentFirst = position + 1;
        upSide = 0;
        downSide = 0;
        previous = Double.NaN;
        started = 0;
        lastStep = 0;
        upRun = 0;
        downRun = 0;
        altRun = 0;
        for (int j = 0; j < zones.length; j++) {
            above[j] = 0;
            below[j] = 0;
            withinRun[j] = 0;
            outRun[j] = 0;
            outSeenAbove[j] = 0;
            outSeenBelow[j] = 0;
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
        return (hits & (1L << r)) != 0 ? start[r] : -1;
    }

    private IllegalArgumentException badPoint(double statistic, double center, double sigma) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "%s (position %d)",
                problem(statistic, center, sigma), position + 1));
    }

    /** What is wrong with a point, for example "statistic must be finite, was NaN". */
    static String problem(double statistic, double center, double sigma) {
        if (!Double.isFinite(statistic)) {
            return "statistic must be finite, was " + statistic;
        }
        if (!Double.isFinite(center)) {
            return "center must be finite, was " + center;
        }
        return "sigma must be finite and > 0, was " + sigma;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RuleEvaluator[%d rules %s, %d points]", size, ruleSet.ids(), position + 1);
    }
}
