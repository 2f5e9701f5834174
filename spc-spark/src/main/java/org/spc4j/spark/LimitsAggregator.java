package org.spc4j.spark;

import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.spc4j.core.constants.ControlConstants;
import org.spc4j.core.control.ChartKind;
import org.spc4j.core.control.SigmaMethod;
import org.spc4j.core.stats.Moments;

/**
 * Second level of the Phase I aggregation of X-bar/R and X-bar/S limits: from the
 * {@link SubgroupMoments} of one characteristic to its {@link CharacteristicLimits}. The subgroup
 * sigma estimators are order-free sums over subgroups, so this is an ordinary (commutative)
 * Spark {@link Aggregator} whose buffer holds core {@link Moments} accumulators:
 *
 * <ul>
 *   <li>centre: the mean of all values (the {@link Moments#combine} of the subgroup moments), as
 *       {@code ChartSpec.fit} computes it;</li>
 *   <li>sigma: the mean of the per-subgroup contributions \(c_i\) over the mean of their weights
 *       \(w_i\): {@code R_BAR} \(c = R/d_2(n), w = 1\); {@code S_BAR} \(c = S/c_4(n), w = 1\);
 *       {@code MVLUE_R} \(w = d_2^2/d_3^2, c = wR/d_2\); {@code MVLUE_S} \(w = c_4^2/(1-c_4^2),
 *       c = wS/c_4\); {@code POOLED} \(\sqrt{\sum SS_i / \sum (n_i - 1)} / c_4(d + 1)\).</li>
 * </ul>
 *
 * <p>These are the formulas of {@code SigmaMethod}; the sums are compensated, so the result equals
 * the single-machine fit up to rounding in the last few bits (see the module README for the
 * measured bound). A subgroup of one value, or a characteristic without spread, fails with an
 * {@link IllegalArgumentException} naming the characteristic (and subgroup).
 */
final class LimitsAggregator extends Aggregator<SubgroupMoments, LimitsBuffer, CharacteristicLimits> {

    private static final long serialVersionUID = 1L;

    private final ChartKind kind;
    private final SigmaMethod method;
    private final double nsigmas;
    private final ControlConstants.Table table;
    private final int movingRangeSpan;
    private transient ControlConstants constants;

    LimitsAggregator(ChartKind kind, SigmaMethod method, double nsigmas, ControlConstants.Table table,
                     int movingRangeSpan) {
        this.kind = kind;
        this.method = method;
        this.nsigmas = nsigmas;
        this.table = table;
        this.movingRangeSpan = movingRangeSpan;
    }

    private ControlConstants constants() {
        if (constants == null) {
            constants = ControlConstants.of(table);
        }
        return constants;
    }

    @Override
    public LimitsBuffer zero() {
        return new LimitsBuffer();
    }

    @Override
    public LimitsBuffer reduce(LimitsBuffer b, SubgroupMoments s) {
        Moments g = s.getMoments().toMoments();
        long count = g.count();
        if (count < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "characteristic %s, subgroup %d has size %d: an %s chart needs subgroups of at least 2 values",
                    s.getKey(), s.getOrder(), count, kind == ChartKind.XBAR_R ? "R" : "S"));
        }
        int n = Math.toIntExact(count);
        double c;
        double w;
        ControlConstants k = constants();
        switch (method) {
            case R_BAR:
                c = g.range() / k.d2(n);
                w = 1.0;
                break;
            case S_BAR:
                c = g.standardDeviation() / k.c4(n);
                w = 1.0;
                break;
            case MVLUE_R: {
                double d2 = k.d2(n);
                double d3 = k.d3(n);
                w = d2 * d2 / (d3 * d3);
                c = w * g.range() / d2;
                break;
            }
            case MVLUE_S: {
                double c4 = k.c4(n);
                w = c4 * c4 / ((1.0 - c4) * (1.0 + c4));
                c = w * g.standardDeviation() / c4;
                break;
            }
            case POOLED:
                c = g.sumOfSquaredDeviations();
                w = n - 1;
                break;
            default:
                throw new IllegalStateException("unsupported sigma method " + method);
        }
        b.setKey(s.getKey());
        b.setSubgroups(b.getSubgroups() + 1);
        b.setPooledDf(b.getPooledDf() + n - 1);
        b.addSize(n);
        b.getValues().set(b.getValues().toMoments().combine(g));
        Moments cm = b.getContributions().toMoments();
        cm.accept(c);
        b.getContributions().set(cm);
        Moments wm = b.getWeights().toMoments();
        wm.accept(w);
        b.getWeights().set(wm);
        return b;
    }

    @Override
    public LimitsBuffer merge(LimitsBuffer a, LimitsBuffer b) {
        if (b.getSubgroups() == 0) {
            return a;
        }
        if (a.getSubgroups() == 0) {
            return b;
        }
        a.setSubgroups(a.getSubgroups() + b.getSubgroups());
        a.setPooledDf(a.getPooledDf() + b.getPooledDf());
        for (int n : b.getSizes()) {
            a.addSize(n);
        }
        a.getValues().set(a.getValues().toMoments().combine(b.getValues().toMoments()));
        a.getContributions().set(a.getContributions().toMoments().combine(b.getContributions().toMoments()));
        a.getWeights().set(a.getWeights().toMoments().combine(b.getWeights().toMoments()));
        return a;
    }

    @Override
    public CharacteristicLimits finish(LimitsBuffer b) {
        double sigma;
        if (method == SigmaMethod.POOLED) {
            long df = b.getPooledDf();
            sigma = Math.sqrt(b.getContributions().toMoments().mean() / b.getWeights().toMoments().mean())
                    / constants().c4(Math.toIntExact(df + 1));
        } else {
            sigma = b.getContributions().toMoments().mean() / b.getWeights().toMoments().mean();
        }
        Moments all = b.getValues().toMoments();
        return SparkLimits.limits(b.getKey(), kind, method, nsigmas, table, movingRangeSpan,
                Math.toIntExact(b.getSubgroups()), all, sigma, IntStream.of(b.getSizes()).boxed().toList());
    }

    @Override
    public Encoder<LimitsBuffer> bufferEncoder() {
        return Encoders.bean(LimitsBuffer.class);
    }

    @Override
    public Encoder<CharacteristicLimits> outputEncoder() {
        return Encoders.bean(CharacteristicLimits.class);
    }
}
