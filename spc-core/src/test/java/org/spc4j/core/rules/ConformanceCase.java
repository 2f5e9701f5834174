package org.spc4j.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One row of {@code rules/conformance.csv}, parsed. */
record ConformanceCase(String name, String ruleSpec, StandardRule rule, RuleOptions options, double[] x,
                       double[] center, double[] sigma, List<String> stages, List<String> expected) {

    static ConformanceCase parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("expected 6 columns, got " + f.length + ": " + line);
        }
        StandardRule rule = rule(f[1].trim());
        RuleOptions options = options(f[2].trim());
        String[] tokens = f[3].trim().split("\\s+");
        double[] x = new double[tokens.length];
        double[] c = new double[tokens.length];
        double[] s = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            int at = t.indexOf('@');
            if (at < 0) {
                x[i] = Double.parseDouble(t);
                s[i] = 1;
            } else {
                x[i] = Double.parseDouble(t.substring(0, at));
                String[] cs = t.substring(at + 1).split("/");
                c[i] = Double.parseDouble(cs[0]);
                s[i] = Double.parseDouble(cs[1]);
            }
        }
        List<String> stages = null;
        if (!f[4].trim().equals("-")) {
            stages = new ArrayList<>();
            for (String run : f[4].trim().split("\\s+")) {
                String[] nk = run.split(":");
                for (int k = 0; k < Integer.parseInt(nk[1]); k++) {
                    stages.add(nk[0]);
                }
            }
            if (stages.size() != x.length) {
                throw new IllegalArgumentException("stages cover " + stages.size() + " points, values " + x.length);
            }
        }
        List<String> expected = f[5].trim().equals("-") ? List.of()
                : Arrays.stream(f[5].trim().split("\\s+")).map(e -> e.contains(":") ? e : e + ":" + e).toList();
        return new ConformanceCase(f[0].trim(), f[1].trim(), rule, options, x, c, s, stages, expected);
    }

    /** "NELSON2", "NELSON2=7" or "NELSON6=5/6". */
    static StandardRule rule(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            return Rules.byId(spec);
        }
        StandardRule base = Rules.byId(spec.substring(0, eq));
        String k = spec.substring(eq + 1);
        int slash = k.indexOf('/');
        return slash < 0 ? base.withCount(Integer.parseInt(k))
                : base.withWindow(Integer.parseInt(k.substring(0, slash)), Integer.parseInt(k.substring(slash + 1)));
    }

    static RuleOptions options(String spec) {
        RuleOptions o = RuleOptions.defaults();
        if (spec.equals("-")) {
            return o;
        }
        for (String t : spec.split("\\s+")) {
            String[] cv = t.split("\\.");
            switch (cv[0]) {
                case "ZoneComparison":
                    o = o.with(ZoneComparison.valueOf(cv[1]));
                    break;
                case "CenterLinePolicy":
                    o = o.with(CenterLinePolicy.valueOf(cv[1]));
                    break;
                case "TiePolicy":
                    o = o.with(TiePolicy.valueOf(cv[1]));
                    break;
                case "WindowCompletion":
                    o = o.with(WindowCompletion.valueOf(cv[1]));
                    break;
                case "MixtureSides":
                    o = o.with(MixtureSides.valueOf(cv[1]));
                    break;
                case "StagePolicy":
                    o = o.with(StagePolicy.valueOf(cv[1]));
                    break;
                default:
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown option '%s'", t));
            }
        }
        return o;
    }

    @Override
    public String toString() {
        return name + " [" + ruleSpec + "]";
    }
}
