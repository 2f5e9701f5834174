package org.spc4j.io.stream;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.function.Consumer;

import org.spc4j.core.control.ChartKind;
import org.spc4j.core.control.ChartResult;
import org.spc4j.core.control.ControlChart;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.core.rules.ChartRules;
import org.spc4j.core.rules.RuleEvaluator;
import org.spc4j.core.rules.RuleSet;

/**
 * Phase II online monitoring: fixed limits plus the run-rule state machines, fed one value (I-MR)
 * or one subgroup (X-bar/R, X-bar/S) at a time, reporting every violation the moment its point
 * arrives, to listeners and to a {@link Flow.Publisher}. Memory is constant however long it
 * runs: the rule state machines and, for I-MR, the last w-1 values of the moving range.
 *
 * <p>The monitor flags exactly what the batch path ({@link ControlLimits#apply} and
 * {@link RuleSet#evaluate(ControlChart)}) flags on the same data: each point's limits come from
 * the same {@code apply}, and its rules from the same {@link RuleEvaluator}. Points are numbered
 * after the Phase I subgroups, as {@link ControlLimits#apply(Subgroups)} does.
 *
 * <p>Its state can be saved ({@link #saveState()}: a versioned byte form) and restored
 * ({@link #restore}), so that a monitor that restarts continues exactly where it stopped.
 *
 * <p>Not thread-safe: feed it from one thread (listeners run on that thread; the publisher
 * delivers asynchronously to its subscribers).
 */
public final class Monitor implements AutoCloseable {

    /** Version byte leading the saved state. */
    static final byte STATE_VERSION = 1;

    private final ControlLimits limits;
    private final RuleSet locationRules;
    private final RuleSet dispersionRules;
    private final RuleEvaluator location;
    private final RuleEvaluator dispersion;
    private final int span;
    /** Last span - 1 values (I-MR), oldest first; the number held is min(count, span - 1). */
    private final double[] recent;
    private long count;
    private long dispersionCount;
    private final List<Consumer<Alarm>> listeners = new CopyOnWriteArrayList<>();
    private final SubmissionPublisher<Alarm> publisher = new SubmissionPublisher<>();

    private Monitor(ControlLimits limits, RuleSet locationRules, RuleSet dispersionRules) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
        this.locationRules = Objects.requireNonNull(locationRules, "locationRules must not be null");
        this.dispersionRules = Objects.requireNonNull(dispersionRules, "dispersionRules must not be null");
        if (limits.stages().size() > 1) {
            throw new IllegalArgumentException("a monitor follows one stage; these limits have stages "
                    + limits.stages().stream().map(s -> s.stage()).toList());
        }
        this.location = locationRules.newEvaluator();
        this.dispersion = dispersionRules.newEvaluator();
        this.span = limits.kind() == ChartKind.INDIVIDUALS_MR ? limits.movingRangeSpan() : 1;
        this.recent = new double[span - 1];
    }

    /** A monitor of the limits with the default rules of each chart ({@link ChartRules#defaults()}). */
    public static Monitor of(ControlLimits limits) {
        ChartRules d = ChartRules.defaults();
        return new Monitor(limits, d.forChart(limits.kind().locationName()), d.forChart(limits.kind().dispersionName()));
    }

    /** A monitor of limits saved in a limits file, with the default rules of each chart. */
    public static Monitor of(java.nio.file.Path limitsFile) {
        return of(org.spc4j.io.json.LimitsFile.read(limitsFile).limits(ControlLimits.class));
    }

    /** A monitor with the given rules on the location chart and on the dispersion chart. */
    public static Monitor of(ControlLimits limits, RuleSet locationRules, RuleSet dispersionRules) {
        return new Monitor(limits, locationRules, dispersionRules);
    }

    /** Calls {@code listener} with every alarm, in order, on the feeding thread. */
    public Monitor onAlarm(Consumer<Alarm> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
        return this;
    }

    /** The alarms as a reactive stream; completes when the monitor is closed. */
    public Flow.Publisher<Alarm> publisher() {
        return publisher;
    }

    /** Number of points (values or subgroups) taken so far. */
    public long count() {
        return count;
    }

    /** The limits being applied. */
    public ControlLimits limits() {
        return limits;
    }

    /**
     * Takes the next individual value (I-MR) or the next subgroup (X-bar charts) and returns the
     * alarms it raised (also sent to listeners and subscribers).
     *
     * @throws IllegalArgumentException for a non-finite value (naming it and its index) or a
     *         subgroup the chart cannot take
     */
    public List<Alarm> accept(double... values) {
        Objects.requireNonNull(values, "values must not be null");
        int index = Math.toIntExact(limits.phase1Count() + count + 1);
        for (int j = 0; j < values.length; j++) {
            if (!Double.isFinite(values[j])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "value %s of point %d (position %d) is not a finite number", values[j], index, j + 1));
            }
        }
        List<Alarm> alarms = new ArrayList<>();
        if (limits.kind() == ChartKind.INDIVIDUALS_MR) {
            if (values.length != 1) {
                throw new IllegalArgumentException("an individuals monitor takes one value at a time, got " + values.length);
            }
            int held = (int) Math.min(count, span - 1);
            double[] window = new double[held + 1];
            System.arraycopy(recent, recent.length - held, window, 0, held);
            window[held] = values[0];
            ChartResult r = limits.apply(Subgroups.individuals(window), index - held);
            evaluate(r.location(), held, location, locationRules, alarms, 0);
            if (r.dispersion().size() == 1) {
                evaluate(r.dispersion(), 0, dispersion, dispersionRules, alarms, dispersionCount);
                dispersionCount++;
            }
            if (recent.length > 0) {
                System.arraycopy(recent, 1, recent, 0, recent.length - 1);
                recent[recent.length - 1] = values[0];
            }
        } else {
            ChartResult r = limits.apply(Subgroups.of(values), index);
            evaluate(r.location(), 0, location, locationRules, alarms, 0);
            evaluate(r.dispersion(), 0, dispersion, dispersionRules, alarms, 0);
        }
        count++;
        for (Alarm a : alarms) {
            for (Consumer<Alarm> l : listeners) {
                l.accept(a);
            }
            publisher.submit(a);
        }
        return alarms;
    }

    private void evaluate(ControlChart chart, int i, RuleEvaluator ev, RuleSet rules, List<Alarm> out, long base) {
        long hits = ev.accept(chart.statistic(i), chart.center(i), chart.sigmaOfStatistic(i), chart.stage(i));
        int index = chart.index(i);
        for (long h = hits; h != 0; h &= h - 1) {
            int r = Long.numberOfTrailingZeros(h);
            // pattern starts are evaluator positions; this chart's position p has index index - (pos - p)
            long first = index - (ev.position() - ev.patternStart(r));
            out.add(new Alarm(chart.name(), index, rules.ids().get(r), Math.toIntExact(first), chart.statistic(i),
                    chart.lcl(i), chart.center(i), chart.ucl(i)));
        }
    }

    /** The monitor's state as bytes: version, counts, recent values and both rule state machines. */
    public byte[] saveState() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(STATE_VERSION);
            out.writeUTF(limits.kind().name());
            out.writeLong(count);
            out.writeLong(dispersionCount);
            out.writeInt(recent.length);
            for (double v : recent) {
                out.writeDouble(v);
            }
            for (byte[] b : new byte[][] {location.saveState(), dispersion.saveState()}) {
                out.writeInt(b.length);
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A monitor of the same limits and rules that continues from a saved state.
     *
     * @throws IllegalArgumentException for an unknown version, other limits, or damaged bytes
     */
    public static Monitor restore(ControlLimits limits, RuleSet locationRules, RuleSet dispersionRules, byte[] state) {
        Monitor m = new Monitor(limits, locationRules, dispersionRules);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Objects.requireNonNull(state, "state")))) {
            byte version = in.readByte();
            if (version != STATE_VERSION) {
                throw new IllegalArgumentException("monitor state version " + version
                        + " is not supported (this library reads version " + STATE_VERSION + ")");
            }
            String kind = in.readUTF();
            if (!kind.equals(limits.kind().name())) {
                throw new IllegalArgumentException("the state is of a " + kind + " monitor, the limits are " + limits.kind());
            }
            m.count = in.readLong();
            m.dispersionCount = in.readLong();
            int held = in.readInt();
            if (held != m.recent.length) {
                throw new IllegalArgumentException("the state holds " + held + " recent values, the limits need "
                        + m.recent.length);
            }
            for (int i = 0; i < held; i++) {
                m.recent[i] = in.readDouble();
            }
            for (RuleEvaluator ev : new RuleEvaluator[] {m.location, m.dispersion}) {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                ev.restoreState(b);
            }
        } catch (EOFException e) {
            throw new IllegalArgumentException("monitor state is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** Completes the publisher's subscribers. */
    @Override
    public void close() {
        publisher.close();
    }
}
