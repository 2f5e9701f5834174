package org.spc4j.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A random test series built from small integer codes, on a grid of half sigmas so that points
 * often fall exactly on zone lines, on the centre line and on their neighbours' values.
 */
final class Series {

    /** Largest code (exclusive) {@link #of} understands. */
    static final int CODES = 17 * 3 * 3 * 8;
    /** Number of generation modes. */
    static final int MODES = 6;

    private static final double[] CENTERS = {0, -0.5, 0.5};
    private static final double[] SIGMAS = {1, 0.5, 2};

    final double[] x;
    final double[] center;
    final double[] sigma;
    final String[] stages;
    private final int mode;

    private Series(double[] x, double[] center, double[] sigma, String[] stages, int mode) {
        this.x = x;
        this.center = center;
        this.sigma = sigma;
        this.stages = stages;
        this.mode = mode;
    }

    /**
     * Modes: 0 anything with varying limits; 1 anything, constant limits; 2 narrow (within 1.5 sigma);
     * 3 random walk (trends, ties); 4 alternating signs; 5 mostly beyond 1 sigma on one side.
     * Every code also says whether a new stage starts at the point (1 in 8).
     */
    static Series of(List<Integer> codes, int mode) {
        int n = codes.size();
        double[] x = new double[n];
        double[] c = new double[n];
        double[] s = new double[n];
        String[] st = new String[n];
        int walk = 0;
        int stage = 0;
        for (int i = 0; i < n; i++) {
            int code = codes.get(i);
            int u;
            double ci = 0;
            double si = 1;
            switch (mode) {
                case 0:
                    u = code % 17 - 8;
                    ci = CENTERS[(code / 17) % 3];
                    si = SIGMAS[(code / 51) % 3];
                    break;
                case 1:
                    u = code % 17 - 8;
                    break;
                case 2:
                    u = code % 7 - 3;
                    break;
                case 3:
                    walk = Math.max(-8, Math.min(8, walk + code % 4 - 1));
                    u = walk;
                    break;
                case 4:
                    u = (i % 2 == 0 ? 1 : -1) * (code % 8);
                    break;
                default:
                    u = ((code / 5) % 4 == 0 ? -1 : 1) * (2 + code % 5);
                    ci = CENTERS[(code / 17) % 3];
                    break;
            }
            if (i > 0 && (code / 153) % 8 == 0) {
                stage++;
            }
            c[i] = ci;
            s[i] = si;
            x[i] = ci + (u / 2.0) * si;
            st[i] = stage % 2 == 0 ? "A" : "B";
        }
        return new Series(x, c, s, st, mode);
    }

    List<String> stageList() {
        return Arrays.asList(stages);
    }

    @Override
    public String toString() {
        List<String> pts = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            pts.add(String.format(Locale.ROOT, "%s@%s/%s%s", x[i], center[i], sigma[i],
                    i > 0 && !stages[i].equals(stages[i - 1]) ? "|" : ""));
        }
        return "mode " + mode + ": " + String.join(" ", pts);
    }
}
