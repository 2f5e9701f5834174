package org.spc4j.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Ordered-segment combine: an EWMA or CUSUM computed on consecutive segments and composed
 * ({@link EwmaSegment}, {@link CusumSegment}) equals the sequential computation, for any series,
 * any subgroup sizes and any cut points.
 *
 * <p>Tolerance: values lie in [-1000, 1000]; each of at most 150 floating-point steps rounds by at
 * most an ulp of the largest magnitude involved, so composed and sequential results may differ by
 * about 150 * 2^-52 relative to that magnitude. We allow 1e-12 times (1 + magnitude), where the
 * magnitude is the largest |value| (EWMA) or the sum of the absolute increments (CUSUM).
 */
class SegmentPropertiesTest {

    private static final double LAMBDA = 0.3;
    private static final double K = 0.5;
    private static final double TARGET = 2.0;
    private static final double SIGMA = 150.0;

    /** A series of subgroups: values in [-1000, 1000], subgroup sizes 1..4, 1..150 subgroups. */
    private static Gen<List<List<Double>>> series() {
        return lists().of(lists().of(doubles().between(-1000, 1000)).ofSizeBetween(1, 4)).ofSizeBetween(1, 150);
    }

    private static Gen<List<Integer>> cuts() {
        return lists().of(integers().between(0, 150)).ofSizeBetween(0, 6);
    }

    private static Subgroups subgroups(List<List<Double>> rows) {
        double[][] a = rows.stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        return Subgroups.of(a);
    }

    /** Segment boundaries 0 = b0 < b1 < ... < bs = m from arbitrary cut positions. */
    private static int[] bounds(List<Integer> cuts, int m) {
        TreeSet<Integer> b = new TreeSet<>();
        b.add(0);
        b.add(m);
        for (int c : cuts) {
            b.add(c % (m + 1));
        }
        return b.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double maxAbs(Subgroups data) {
        double max = TARGET;
        for (double v : data.values()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /* --- EWMA: affine maps --- */

    private static EwmaSegment ewmaSegment(double[] means, Subgroups data, int from, int to) {
        EwmaSegment s = EwmaSegment.create(LAMBDA);
        for (int i = from; i < to; i++) {
            s.accept(means[i], data.size(i));
        }
        return s;
    }

    @Test
    void ewma_composedSegments_equalSequential() {
        EwmaLimits limits = EwmaSpec.withDefaults().withLambda(LAMBDA).withKnownMean(TARGET).withKnownSigma(SIGMA)
                .limits();
        qt().withExamples(300).forAll(series(), cuts()).checkAssert((rows, cuts) -> {
            Subgroups data = subgroups(rows);
            int m = data.count();
            double[] means = ProcessSpec.means(data);
            double tol = 1e-12 * (1 + maxAbs(data));
            EwmaResult sequential = limits.apply(data, 1);
            int[] b = bounds(cuts, m);
            EwmaState state = limits.initialState();
            EwmaSegment all = EwmaSegment.create(LAMBDA);
            for (int s = 0; s + 1 < b.length; s++) {
                EwmaSegment seg = ewmaSegment(means, data, b[s], b[s + 1]);
                // each segment re-run from its composed start state reproduces the sequential points
                EwmaResult part = limits.apply(data.slice(b[s], b[s + 1]), b[s] + 1, state);
                for (int i = b[s]; i < b[s + 1]; i++) {
                    ControlChart c = part.chart();
                    assertThat(c.index(i - b[s])).isEqualTo(i + 1);
                    assertThat(c.statistic(i - b[s])).isCloseTo(sequential.chart().statistic(i), within(tol));
                    assertThat(c.sigmaOfStatistic(i - b[s]))
                            .isCloseTo(sequential.chart().sigmaOfStatistic(i), within(1e-12 * SIGMA));
                }
                state = seg.apply(state);
                all.combine(seg);
            }
            EwmaState end = sequential.end();
            assertThat(state.steps()).isEqualTo(m);
            assertThat(state.value()).isCloseTo(end.value(), within(tol));
            assertThat(state.varianceFactor()).isCloseTo(end.varianceFactor(), within(1e-12));
            EwmaState viaCombine = all.apply(limits.initialState());
            assertThat(viaCombine.value()).isCloseTo(end.value(), within(tol));
            assertThat(viaCombine.varianceFactor()).isCloseTo(end.varianceFactor(), within(1e-12));
        });
    }

    @Test
    void ewma_combine_isAssociativeWithEmptyIdentity() {
        qt().withExamples(200).forAll(series(), integers().between(0, 150), integers().between(0, 150))
                .checkAssert((rows, c1, c2) -> {
                    Subgroups data = subgroups(rows);
                    int m = data.count();
                    int a = Math.min(c1, c2) % (m + 1);
                    int b = Math.max(a, Math.max(c1, c2) % (m + 1));
                    double[] means = ProcessSpec.means(data);
                    EwmaSegment left = ewmaSegment(means, data, 0, a).combine(ewmaSegment(means, data, a, b))
                            .combine(ewmaSegment(means, data, b, m));
                    EwmaSegment right = ewmaSegment(means, data, 0, a)
                            .combine(ewmaSegment(means, data, a, b).combine(ewmaSegment(means, data, b, m)));
                    EwmaState start = new EwmaState(0, 17.0, 0.25);
                    double tol = 1e-12 * (1 + maxAbs(data) + 17);
                    assertThat(left.apply(start).value()).isCloseTo(right.apply(start).value(), within(tol));
                    assertThat(left.apply(start).varianceFactor())
                            .isCloseTo(right.apply(start).varianceFactor(), within(1e-12));
                    EwmaSegment whole = ewmaSegment(means, data, 0, m);
                    EwmaState plain = whole.apply(start);
                    assertThat(whole.combine(EwmaSegment.create(LAMBDA)).apply(start)).isEqualTo(plain);
                    assertThat(EwmaSegment.create(LAMBDA).combine(ewmaSegment(means, data, 0, m)).apply(start))
                            .isEqualTo(plain);
                });
    }

    /* --- CUSUM: max-plus maps --- */

    private static CusumSegment cusumSegment(double[] means, Subgroups data, int from, int to) {
        CusumSegment s = CusumSegment.create(TARGET, SIGMA, K);
        for (int i = from; i < to; i++) {
            s.accept(means[i], data.size(i));
        }
        return s;
    }

    /** Sum of |y_i| + k over the series: bounds every partial sum. */
    private static double cusumScale(double[] means, Subgroups data) {
        double s = 1;
        for (int i = 0; i < means.length; i++) {
            s += Math.abs(CusumLimits.standardize(means[i], TARGET, SIGMA, data.size(i))) + K;
        }
        return s;
    }

    @Test
    void cusum_composedSegments_equalSequential() {
        CusumLimits limits = CusumSpec.withDefaults().withH(3).withHeadStart(1.5).withKnownMean(TARGET)
                .withKnownSigma(SIGMA).limits();
        qt().withExamples(300).forAll(series(), cuts()).checkAssert((rows, cuts) -> {
            Subgroups data = subgroups(rows);
            int m = data.count();
            double[] means = ProcessSpec.means(data);
            double tol = 1e-12 * cusumScale(means, data);
            CusumResult sequential = limits.apply(data, 1);
            int[] b = bounds(cuts, m);
            CusumState state = limits.initialState();
            CusumSegment all = limits.segment();
            for (int s = 0; s + 1 < b.length; s++) {
                CusumSegment seg = cusumSegment(means, data, b[s], b[s + 1]);
                CusumResult part = limits.apply(data.slice(b[s], b[s + 1]), b[s] + 1, state);
                double peakUp = Double.NEGATIVE_INFINITY;
                double peakDown = Double.NEGATIVE_INFINITY;
                for (int i = b[s]; i < b[s + 1]; i++) {
                    assertThat(part.point(i - b[s]).index()).isEqualTo(i + 1);
                    assertThat(part.upperSum(i - b[s])).isCloseTo(sequential.upperSum(i), within(tol));
                    assertThat(part.lowerSum(i - b[s])).isCloseTo(sequential.lowerSum(i), within(tol));
                    peakUp = Math.max(peakUp, sequential.upperSum(i));
                    peakDown = Math.max(peakDown, sequential.lowerSum(i));
                }
                // the peak within a segment is known from its start state alone
                assertThat(seg.peakUpper(state)).isCloseTo(peakUp, within(tol));
                assertThat(seg.peakLower(state)).isCloseTo(peakDown, within(tol));
                state = seg.apply(state);
                all.combine(seg);
            }
            CusumState end = sequential.end();
            assertThat(state.steps()).isEqualTo(m);
            assertThat(state.upper()).isCloseTo(end.upper(), within(tol));
            assertThat(state.lower()).isCloseTo(end.lower(), within(tol));
            CusumState viaCombine = all.apply(limits.initialState());
            assertThat(viaCombine.upper()).isCloseTo(end.upper(), within(tol));
            assertThat(viaCombine.lower()).isCloseTo(end.lower(), within(tol));
            double maxUp = 0;
            double maxDown = 0;
            for (int i = 0; i < m; i++) {
                maxUp = Math.max(maxUp, sequential.upperSum(i));
                maxDown = Math.max(maxDown, sequential.lowerSum(i));
            }
            assertThat(all.peakUpper(limits.initialState())).isCloseTo(maxUp, within(tol));
            assertThat(all.peakLower(limits.initialState())).isCloseTo(maxDown, within(tol));
        });
    }

    @Test
    void cusum_combine_isAssociativeWithEmptyIdentity() {
        qt().withExamples(200).forAll(series(), integers().between(0, 150), integers().between(0, 150))
                .checkAssert((rows, c1, c2) -> {
                    Subgroups data = subgroups(rows);
                    int m = data.count();
                    int a = Math.min(c1, c2) % (m + 1);
                    int b = Math.max(a, Math.max(c1, c2) % (m + 1));
                    double[] means = ProcessSpec.means(data);
                    CusumSegment left = cusumSegment(means, data, 0, a).combine(cusumSegment(means, data, a, b))
                            .combine(cusumSegment(means, data, b, m));
                    CusumSegment right = cusumSegment(means, data, 0, a)
                            .combine(cusumSegment(means, data, a, b).combine(cusumSegment(means, data, b, m)));
                    CusumState start = new CusumState(3, 0.75, 2.5);
                    double tol = 1e-12 * (cusumScale(means, data) + 3.25);
                    assertThat(left.apply(start).upper()).isCloseTo(right.apply(start).upper(), within(tol));
                    assertThat(left.apply(start).lower()).isCloseTo(right.apply(start).lower(), within(tol));
                    assertThat(left.peakUpper(start)).isCloseTo(right.peakUpper(start), within(tol));
                    CusumSegment whole = cusumSegment(means, data, 0, m);
                    CusumState plain = whole.apply(start);
                    assertThat(whole.combine(CusumSegment.create(TARGET, SIGMA, K)).apply(start)).isEqualTo(plain);
                    assertThat(CusumSegment.create(TARGET, SIGMA, K).combine(cusumSegment(means, data, 0, m))
                            .apply(start)).isEqualTo(plain);
                });
    }

    /* --- collectors on ordered parallel streams, serialisation --- */

    @Test
    void collectors_onParallelStreams_equalSequential() {
        qt().withExamples(100).forAll(lists().of(doubles().between(-1000, 1000)).ofSizeBetween(0, 3000))
                .checkAssert(xs -> {
                    double tol = 1e-12 * (1 + xs.stream().mapToDouble(Math::abs).max().orElse(0) + TARGET);
                    EwmaState start = EwmaState.start(TARGET);
                    EwmaState seq = xs.stream().collect(EwmaSegment.collector(LAMBDA)).apply(start);
                    EwmaState par = xs.parallelStream().collect(EwmaSegment.collector(LAMBDA)).apply(start);
                    assertThat(par.steps()).isEqualTo(xs.size());
                    assertThat(par.value()).isCloseTo(seq.value(), within(tol));
                    assertThat(par.varianceFactor()).isCloseTo(seq.varianceFactor(), within(1e-12));
                    double scale = 1e-12 * (1 + xs.stream().mapToDouble(x -> Math.abs(x - TARGET) / SIGMA + K).sum());
                    CusumState c0 = CusumState.start(1.0);
                    CusumState cseq = xs.stream().collect(CusumSegment.collector(TARGET, SIGMA, K)).apply(c0);
                    CusumState cpar = xs.parallelStream().collect(CusumSegment.collector(TARGET, SIGMA, K)).apply(c0);
                    assertThat(cpar.upper()).isCloseTo(cseq.upper(), within(scale));
                    assertThat(cpar.lower()).isCloseTo(cseq.lower(), within(scale));
                });
    }

    @Test
    void segmentsAndStates_roundTripThroughJavaSerialization() throws Exception {
        EwmaSegment e = EwmaSegment.create(LAMBDA);
        CusumSegment c = CusumSegment.create(TARGET, SIGMA, K);
        for (double x : new double[] {3, -250, 410, 7.5}) {
            e.accept(x);
            c.accept(x, 2);
        }
        EwmaSegment e2 = roundTrip(e);
        CusumSegment c2 = roundTrip(c);
        EwmaState s = new EwmaState(5, 1.25, 0.5);
        CusumState t = new CusumState(5, 0.5, 2);
        assertThat(e2.apply(s)).isEqualTo(e.apply(s));
        assertThat(c2.apply(t)).isEqualTo(c.apply(t));
        assertThat(c2.peakUpper(t)).isEqualTo(c.peakUpper(t));
        assertThat(roundTrip(s)).isEqualTo(s);
        assertThat(roundTrip(t)).isEqualTo(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends java.io.Serializable> T roundTrip(T value) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void combine_differentParameters_throws() {
        List<Runnable> bad = new ArrayList<>();
        bad.add(() -> EwmaSegment.create(0.2).combine(EwmaSegment.create(0.3)));
        bad.add(() -> CusumSegment.create(0, 1, 0.5).combine(CusumSegment.create(0, 1, 0.25)));
        for (Runnable r : bad) {
            org.assertj.core.api.Assertions.assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot combine");
        }
    }
}
