package org.spc4j.spark;

import java.io.Serializable;
import java.util.Locale;

import org.spc4j.core.capability.Capability;

/**
 * The capability of one characteristic: a row of the result of {@link SparkCapability}, holding
 * the main numbers of a core {@link Capability} (NaN where an index is not defined). A Java bean
 * for {@code Encoders.bean}.
 */
public final class CharacteristicCapability implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private int n;
    private int subgroups;
    private double mean;
    private String withinMethod;
    private double withinSigma;
    private double overallSigma;
    private double cp;
    private double cpl;
    private double cpu;
    private double cpk;
    private double pp;
    private double ppl;
    private double ppu;
    private double ppk;
    private double cpm;
    private double zbenchWithin;
    private double zbenchOverall;
    private double expectedPpmWithin;
    private double expectedPpmOverall;
    private double observedPpm;

    /** An empty bean for Spark's encoder; use {@link #of}. */
    public CharacteristicCapability() {
    }

    /** The numbers of {@code c} for characteristic {@code key}. */
    public static CharacteristicCapability of(String key, Capability c) {
        CharacteristicCapability r = new CharacteristicCapability();
        r.key = key;
        r.n = c.n();
        r.subgroups = c.subgroups();
        r.mean = c.mean();
        r.withinMethod = c.withinMethod().name();
        r.withinSigma = c.withinSigma();
        r.overallSigma = c.overallSigma();
        r.cp = c.cp();
        r.cpl = c.cpl();
        r.cpu = c.cpu();
        r.cpk = c.cpk();
        r.pp = c.pp();
        r.ppl = c.ppl();
        r.ppu = c.ppu();
        r.ppk = c.ppk();
        r.cpm = c.cpm();
        r.zbenchWithin = c.zBenchWithin();
        r.zbenchOverall = c.zBenchOverall();
        r.expectedPpmWithin = c.expectedWithin().total();
        r.expectedPpmOverall = c.expectedOverall().total();
        r.observedPpm = c.observed().total();
        return r;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public int getN() { return n; }
    public void setN(int n) { this.n = n; }
    public int getSubgroups() { return subgroups; }
    public void setSubgroups(int subgroups) { this.subgroups = subgroups; }
    public double getMean() { return mean; }
    public void setMean(double mean) { this.mean = mean; }
    public String getWithinMethod() { return withinMethod; }
    public void setWithinMethod(String withinMethod) { this.withinMethod = withinMethod; }
    public double getWithinSigma() { return withinSigma; }
    public void setWithinSigma(double withinSigma) { this.withinSigma = withinSigma; }
    public double getOverallSigma() { return overallSigma; }
    public void setOverallSigma(double overallSigma) { this.overallSigma = overallSigma; }
    public double getCp() { return cp; }
    public void setCp(double cp) { this.cp = cp; }
    public double getCpl() { return cpl; }
    public void setCpl(double cpl) { this.cpl = cpl; }
    public double getCpu() { return cpu; }
    public void setCpu(double cpu) { this.cpu = cpu; }
    public double getCpk() { return cpk; }
    public void setCpk(double cpk) { this.cpk = cpk; }
    public double getPp() { return pp; }
    public void setPp(double pp) { this.pp = pp; }
    public double getPpl() { return ppl; }
    public void setPpl(double ppl) { this.ppl = ppl; }
    public double getPpu() { return ppu; }
    public void setPpu(double ppu) { this.ppu = ppu; }
    public double getPpk() { return ppk; }
    public void setPpk(double ppk) { this.ppk = ppk; }
    public double getCpm() { return cpm; }
    public void setCpm(double cpm) { this.cpm = cpm; }
    public double getZbenchWithin() { return zbenchWithin; }
    public void setZbenchWithin(double zbenchWithin) { this.zbenchWithin = zbenchWithin; }
    public double getZbenchOverall() { return zbenchOverall; }
    public void setZbenchOverall(double zbenchOverall) { this.zbenchOverall = zbenchOverall; }
    public double getExpectedPpmWithin() { return expectedPpmWithin; }
    public void setExpectedPpmWithin(double expectedPpmWithin) { this.expectedPpmWithin = expectedPpmWithin; }
    public double getExpectedPpmOverall() { return expectedPpmOverall; }
    public void setExpectedPpmOverall(double expectedPpmOverall) { this.expectedPpmOverall = expectedPpmOverall; }
    public double getObservedPpm() { return observedPpm; }
    public void setObservedPpm(double observedPpm) { this.observedPpm = observedPpm; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CharacteristicCapability[%s: N %d, mean %s, Cp %s, Cpk %s, Pp %s, Ppk %s]",
                key, n, mean, cp, cpk, pp, ppk);
    }
}
