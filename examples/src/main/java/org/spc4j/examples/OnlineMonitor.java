package org.spc4j.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;

import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.Subgroups;
import org.spc4j.io.stream.Alarm;
import org.spc4j.io.stream.Monitor;

/**
 * An online monitor fed from a stream: individuals limits from 50 in-control values, then a
 * stream whose mean shifts by 1.5 sigma after 200 values; alarms arrive as the points do.
 *
 * <pre>java -cp examples/target/spc-examples.jar org.spc4j.examples.OnlineMonitor</pre>
 */
public final class OnlineMonitor {

    private OnlineMonitor() {
    }

    /** Returns the alarms raised by the shifted stream. */
    public static List<Alarm> run() {
        Random random = new Random(2026);
        double[] phase1 = random.doubles(50).map(u -> 10 + random.nextGaussian()).toArray();
        ControlLimits limits = ChartSpec.individuals().fit(Subgroups.individuals(phase1));
        List<Alarm> alarms = new ArrayList<>();
        try (Monitor monitor = Monitor.of(limits).onAlarm(a -> {
            alarms.add(a);
            if (alarms.size() <= 5) {
                System.out.printf("point %d: %s on the %s chart (pattern from point %d)%n", a.index(), a.rule(), a.chart(),
                        a.firstIndex());
            }
        })) {
            DoubleStream.iterate(0, i -> i + 1).limit(400)
                    .map(i -> 10 + (i >= 200 ? 1.5 : 0) + random.nextGaussian())
                    .forEach(monitor::accept);
            System.out.println(alarms.size() + " alarms in " + monitor.count() + " points; state "
                    + monitor.saveState().length + " bytes");
        }
        return alarms;
    }

    public static void main(String[] args) {
        run();
    }
}
