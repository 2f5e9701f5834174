package org.spc4j.io.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleSet;
import org.spc4j.core.rules.RuleViolations;
import org.spc4j.core.rules.Violation;

class MonitorTest {

    /** A process that drifts, jumps and trends now and then, so that every kind of rule fires. */
    static double[] process(long seed, int n) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double shift = 0;
        for (int i = 0; i < n; i++) {
            if (r.nextInt(40) == 0) {
                shift = r.nextGaussian() * 2;
            }
            double trend = (i % 97 < 8) ? (i % 97) * 0.4 : 0;
            x[i] = 10 + shift + trend + r.nextGaussian();
        }
        return x;
    }

    static List<Alarm> batch(ControlLimits limits, Subgroups data) {
        ChartResult r = limits.apply(data);
        List<Alarm> out = new ArrayList<>();
        List<Alarm> loc = alarms(r.location(), ChartRules.defaults().evaluate(r.location()));
        List<Alarm> disp = alarms(r.dispersion(), ChartRules.defaults().evaluate(r.dispersion()));
        // the monitor reports per point: location first, then dispersion
        int a = 0;
        int b = 0;
        while (a < loc.size() || b < disp.size()) {
            if (b >= disp.size() || (a < loc.size() && loc.get(a).index() <= disp.get(b).index())) {
                out.add(loc.get(a++));
            } else {
                out.add(disp.get(b++));
            }
        }
        return out;
    }

    static List<Alarm> alarms(ControlChart chart, RuleViolations v) {
        List<Alarm> out = new ArrayList<>();
        for (Violation x : v.violations()) {
            int i = 0;
            while (chart.index(i) != x.index()) {
                i++;
            }
            out.add(new Alarm(chart.name(), x.index(), x.rule(), x.firstIndex(), chart.statistic(i), chart.lcl(i),
                    chart.center(i), chart.ucl(i)));
        }
        return out;
    }

    @Test
    void individuals_monitorFlagsExactlyWhatBatchFlags() {
        qt().withExamples(40).forAll(longs().all(), integers().between(2, 4)).check((seed, span) -> {
            double[] phase1 = process(seed, 50);
            double[] phase2 = process(seed + 1, 600);
            ControlLimits limits = ChartSpec.individuals().withMovingRangeSpan(span).fit(Subgroups.individuals(phase1));
            Monitor m = Monitor.of(limits);
            List<Alarm> online = new ArrayList<>();
            for (double v : phase2) {
                online.addAll(m.accept(v));
            }
            List<Alarm> expected = batch(limits, Subgroups.individuals(phase2));
            return !expected.isEmpty() && online.equals(expected);
        });
    }

    @Test
    void subgroups_monitorFlagsExactlyWhatBatchFlags() {
        qt().withExamples(30).forAll(longs().all()).check(seed -> {
            double[] phase1 = process(seed, 100);
            double[] phase2 = process(seed + 7, 1000);
            ControlLimits limits = ChartSpec.xbarS().fit(Subgroups.ofSize(5, phase1));
            Monitor m = Monitor.of(limits);
            List<Alarm> online = new ArrayList<>();
            for (int i = 0; i < phase2.length; i += 5) {
                online.addAll(m.accept(java.util.Arrays.copyOfRange(phase2, i, i + 5)));
            }
            List<Alarm> expected = batch(limits, Subgroups.ofSize(5, phase2));
            return !expected.isEmpty() && online.equals(expected);
        });
    }

    @Test
    void restart_atRandomPoints_givesTheUninterruptedAlarms() {
        qt().withExamples(30).forAll(longs().all()).check(seed -> {
            Random r = new Random(seed);
            double[] phase2 = process(seed, 500);
            ControlLimits limits = ChartSpec.individuals().fit(Subgroups.individuals(process(seed + 3, 40)));
            RuleSet loc = RuleSet.nelson();
            RuleSet disp = RuleSet.nelson(1);
            Monitor uninterrupted = Monitor.of(limits, loc, disp);
            List<Alarm> expected = new ArrayList<>();
            for (double v : phase2) {
                expected.addAll(uninterrupted.accept(v));
            }
            Monitor m = Monitor.of(limits, loc, disp);
            List<Alarm> got = new ArrayList<>();
            for (double v : phase2) {
                if (r.nextInt(25) == 0) { // the process dies here and comes back from its saved state
                    m = Monitor.restore(limits, loc, disp, m.saveState());
                }
                got.addAll(m.accept(v));
            }
            return got.equals(expected) && m.count() == phase2.length;
        });
    }

    @Test
    void listenerAndPublisher_receiveEveryAlarm_stateSizeIsConstant() throws Exception {
        ControlLimits limits = ChartSpec.individuals().fit(Subgroups.individuals(process(1, 50)));
        List<Alarm> heard = new ArrayList<>();
        java.util.Queue<Alarm> published = new java.util.concurrent.ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(1);
        List<Alarm> returned = new ArrayList<>();
        int stateSize = 0;
        try (Monitor m = Monitor.of(limits).onAlarm(heard::add)) {
            m.publisher().subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(Alarm item) {
                    published.add(item);
                }

                @Override
                public void onError(Throwable t) {
                    done.countDown();
                }

                @Override
                public void onComplete() {
                    done.countDown();
                }
            });
            double[] x = process(2, 100_000);
            for (int i = 0; i < x.length; i++) {
                returned.addAll(m.accept(x[i]));
                if (i == 10) {
                    stateSize = m.saveState().length;
                    assertThat(stateSize).isPositive();
                }
            }
            // constant memory: the saved state after 100,000 points is as large as after 11
            assertThat(m.saveState()).hasSize(stateSize);
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(returned).isNotEmpty();
        assertThat(heard).isEqualTo(returned);
        assertThat(new ArrayList<>(published)).isEqualTo(returned);
        assertThat(returned.get(0).index()).isGreaterThan(50); // numbering continues after Phase I
    }

    @Test
    void badInput_isNamed() {
        ControlLimits imr = ChartSpec.individuals().fit(Subgroups.individuals(1, 3, 2, 4, 3));
        Monitor m = Monitor.of(imr);
        m.accept(2.5);
        assertThatThrownBy(() -> m.accept(Double.NaN)).hasMessageContaining("NaN of point 7");
        assertThatThrownBy(() -> m.accept(1, 2)).hasMessageContaining("one value at a time, got 2");
        byte[] state = m.saveState();
        state[0] = 9;
        assertThatThrownBy(() -> Monitor.restore(imr, RuleSet.nelson(), RuleSet.nelson(1), state))
                .hasMessageContaining("version 9 is not supported");
        byte[] cut = java.util.Arrays.copyOf(m.saveState(), 12);
        assertThatThrownBy(() -> Monitor.restore(imr, RuleSet.nelson(), RuleSet.nelson(1), cut))
                .hasMessageContaining("truncated");
        ControlLimits xbar = ChartSpec.xbarR().fit(Subgroups.ofSize(2, 1, 2, 3, 5, 2, 2));
        assertThatThrownBy(() -> Monitor.restore(xbar, RuleSet.nelson(), RuleSet.nelson(1), m.saveState()))
                .hasMessageContaining("INDIVIDUALS_MR monitor");
        assertThatThrownBy(() -> Monitor.of(xbar).accept(1.0)).hasMessageContaining("size 1");
    }
}
