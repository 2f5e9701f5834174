package org.spc4j.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.ChartKind;
import org.spc4j.core.control.ControlLimits;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.control.StageLimits;
import org.spc4j.io.json.LimitsFile;
import org.spc4j.io.json.Provenance;

/**
 * The fitted Phase I limits of one characteristic: one row of the result of
 * {@link SparkLimits#fit}. A Java bean (for {@code Encoders.bean}) that converts to and from the
 * core's {@link ControlLimits} ({@link #toControlLimits()}, {@link #of}) and the spc-io limits
 * file ({@link #toSaved}). One stage (the empty stage name).
 */
public final class CharacteristicLimits implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String chart;
    private String sigmaMethod;
    private double nsigmas;
    private String constants;
    private int movingRangeSpan;
    private int subgroups;
    private long values;
    private double center;
    private double sigma;
    private int[] subgroupSizes = new int[0];

    /** An empty bean for Spark's encoder; use {@link #of}. */
    public CharacteristicLimits() {
    }

    /**
     * The limits of characteristic {@code key}.
     *
     * @param key the characteristic
     * @param limits single-stage limits
     * @param subgroupSizes distinct Phase I subgroup sizes
     * @param values number of Phase I values
     * @throws IllegalArgumentException when the limits have more than one stage
     */
    public static CharacteristicLimits of(String key, ControlLimits limits, List<Integer> subgroupSizes, long values) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        if (limits.stages().size() != 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "characteristic %s: limits with %d stages; Spark limits hold one stage", key,
                    limits.stages().size()));
        }
        CharacteristicLimits c = new CharacteristicLimits();
        c.key = key;
        c.chart = limits.kind().name();
        c.sigmaMethod = limits.sigmaMethod().name();
        c.nsigmas = limits.nsigmas();
        c.constants = limits.table().name();
        c.movingRangeSpan = limits.movingRangeSpan();
        c.subgroups = limits.phase1Count();
        c.values = values;
        c.center = limits.center();
        c.sigma = limits.sigma();
        c.subgroupSizes = subgroupSizes.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        return c;
    }

    /** The core limits (validated by {@link ControlLimits}'s constructor). */
    public ControlLimits toControlLimits() {
        return new ControlLimits(ChartKind.valueOf(chart), SigmaMethod.valueOf(sigmaMethod), nsigmas,
                ControlConstants.Table.valueOf(constants), movingRangeSpan, subgroups, false, false,
                List.of(new StageLimits("", center, sigma, subgroups)));
    }

    /** The distinct Phase I subgroup sizes, ascending. */
    public List<Integer> subgroupSizeList() {
        return IntStream.of(subgroupSizes).boxed().toList();
    }

    /** These limits as the content of a limits file. */
    public LimitsFile.Saved toSaved(String rulePreset, Provenance provenance) {
        return new LimitsFile.Saved(toControlLimits(), subgroupSizeList(), rulePreset, provenance);
    }

    /** The limits of characteristic {@code key} read from a limits file. */
    public static CharacteristicLimits of(String key, LimitsFile.Saved saved) {
        return of(key, saved.limits(ControlLimits.class), saved.subgroupSizes(), 0);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getChart() {
        return chart;
    }

    public void setChart(String chart) {
        this.chart = chart;
    }

    public String getSigmaMethod() {
        return sigmaMethod;
    }

    public void setSigmaMethod(String sigmaMethod) {
        this.sigmaMethod = sigmaMethod;
    }

    public double getNsigmas() {
        return nsigmas;
    }

    public void setNsigmas(double nsigmas) {
        this.nsigmas = nsigmas;
    }

    public String getConstants() {
        return constants;
    }

    public void setConstants(String constants) {
        this.constants = constants;
    }

    public int getMovingRangeSpan() {
        return movingRangeSpan;
    }

    public void setMovingRangeSpan(int movingRangeSpan) {
        this.movingRangeSpan = movingRangeSpan;
    }

    /** Number of Phase I subgroups (points, for individuals). */
    public int getSubgroups() {
        return subgroups;
    }

    public void setSubgroups(int subgroups) {
        this.subgroups = subgroups;
    }

    /** Number of Phase I values (0 when read from a limits file, which does not record it). */
    public long getValues() {
        return values;
    }

    public void setValues(long values) {
        this.values = values;
    }

    public double getCenter() {
        return center;
    }

    public void setCenter(double center) {
        this.center = center;
    }

    public double getSigma() {
        return sigma;
    }

    public void setSigma(double sigma) {
        this.sigma = sigma;
    }

    public int[] getSubgroupSizes() {
        return subgroupSizes;
    }

    public void setSubgroupSizes(int[] subgroupSizes) {
        this.subgroupSizes = subgroupSizes;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CharacteristicLimits[%s: %s, %s, center %s, sigma %s, %d subgroups of sizes %s]",
                key, chart, sigmaMethod, center, sigma, subgroups, Arrays.toString(subgroupSizes));
    }
}
