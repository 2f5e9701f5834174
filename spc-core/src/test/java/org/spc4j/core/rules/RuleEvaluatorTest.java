package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

    @Test
    void accept_reportsHitsAsBits_andPatternStarts() {
        RuleEvaluator ev = RuleSet.nelson().newEvaluator();
        assertThat(ev.position()).isEqualTo(-1);
        assertThat(ev.accept(2.5, 0, 1)).isZero();
        long hits = ev.accept(3.5, 0, 1);
        assertThat(hits).isEqualTo(1L | 1L << 4); // NELSON1 and NELSON5
        assertThat(ev.hits()).isEqualTo(hits);
        assertThat(ev.violated(0)).isTrue();
        assertThat(ev.violated(4)).isTrue();
        assertThat(ev.violated(1)).isFalse();
        assertThat(ev.patternStart(0)).isEqualTo(1);
        assertThat(ev.patternStart(4)).isEqualTo(0);
        assertThat(ev.patternStart(1)).isEqualTo(-1);
        assertThat(ev.position()).isEqualTo(1);
        assertThat(ev.toString()).contains("8 rules").contains("2 points");
    }

    @Test
    void acceptWithStage_startsAStageWhenTheNameChanges_includingToNull() {
        RuleEvaluator ev = RuleSet.of(Rules.nelson2().withCount(2)).newEvaluator();
        assertThat(ev.accept(1, 0, 1, "A")).isZero();
        assertThat(ev.accept(1, 0, 1, "A")).isEqualTo(1);
        assertThat(ev.accept(1, 0, 1, "B")).isZero();
        assertThat(ev.accept(1, 0, 1, null)).isZero();
        assertThat(ev.accept(1, 0, 1, null)).isEqualTo(1);
        assertThat(ev.patternStart(0)).isEqualTo(3);
    }

    @Test
    void startStage_isANoOpAcrossStages_reset_isNot() {
        RuleEvaluator across = RuleSet.of(Rules.nelson2().withCount(2)).with(StagePolicy.ACROSS_STAGES).newEvaluator();
        across.accept(1, 0, 1);
        across.startStage();
        assertThat(across.accept(1, 0, 1)).isEqualTo(1);
        across.reset();
        assertThat(across.position()).isEqualTo(-1);
        assertThat(across.hits()).isZero();
        assertThat(across.patternStart(0)).isEqualTo(-1);
        assertThat(across.accept(1, 0, 1)).isZero();
        assertThat(across.position()).isZero();
    }

    @Test
    void positions_continueAcrossStages() {
        RuleEvaluator ev = RuleSet.of(Rules.nelson1()).newEvaluator();
        ev.accept(0, 0, 1);
        ev.startStage();
        ev.accept(4, 0, 1);
        assertThat(ev.position()).isEqualTo(1);
        assertThat(ev.patternStart(0)).isEqualTo(1);
    }

    @Test
    void of_isNewEvaluator() {
        RuleSet set = RuleSet.westgard();
        assertThat(RuleEvaluator.of(set).ruleSet()).isSameAs(set);
    }

    /** The state machine allocates nothing per point: a million points cost (almost) no heap. */
    @Test
    void accept_doesNotAllocatePerPoint() throws ReflectiveOperationException {
        // Through reflection: the test sources are compiled into the named module, which does not read java.management.
        Object mx = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        Method allocatedBytes = Class.forName("com.sun.management.ThreadMXBean")
                .getMethod("getThreadAllocatedBytes", long.class);
        RuleSet all = RuleSet.of(Rules.ids().stream().map(Rules::byId).toList());
        RuleEvaluator ev = all.newEvaluator();
        Random random = new Random(1);
        int n = 1 << 20;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.round(random.nextGaussian() * 4) / 4.0;
        }
        String[] stages = {"A", "B"};
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < n; i++) {
                sink += ev.accept(x[i], 0, 1, stages[(i >> 12) & 1]);
            }
        }
        long tid = Thread.currentThread().getId();
        long before = (Long) allocatedBytes.invoke(mx, tid);
        for (int i = 0; i < n; i++) {
            sink += ev.accept(x[i], 0, 1, stages[(i >> 12) & 1]);
        }
        long allocated = (Long) allocatedBytes.invoke(mx, tid) - before;
        assertThat(sink).isNotZero();
        // the measurement itself works: a 100 kB array shows up
        long probeBefore = (Long) allocatedBytes.invoke(mx, tid);
        byte[] probe = new byte[100_000];
        assertThat((Long) allocatedBytes.invoke(mx, tid) - probeBefore).isGreaterThanOrEqualTo(probe.length);
        assertThat(allocated).as("bytes allocated for %d points", n).isLessThan(64 * 1024);
    }
}
