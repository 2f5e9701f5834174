package org.spc4j.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The SIMD classifier of {@code RuleEvaluator}'s block path ({@link SimdBlocks}) against plain Java
 * comparisons, point by point, on values chosen to break a sign-of-difference shortcut: the zone
 * lines themselves and their neighbouring doubles, both zeros, subnormals, values near the
 * largest double (whose differences overflow), and a centre line of -0.0.
 *
 * <p>Surefire starts the test JVM with {@code --add-modules jdk.incubator.vector}, so the first
 * test insists that the SIMD path is really on here; otherwise every other rule test would quietly
 * exercise only the scalar path.
 */
class SimdBlocksTest {

    @Test
    void simdPath_isOnInTheTestJvm() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).as("--add-modules in the Surefire argLine").isPresent();
        assertThat(RuleEvaluator.SIMD).as("SIMD classifier available (AVX2 or wider)").isTrue();
    }

    @Test
    void classify_equalsJavaComparisons_onNastyValues() {
        qt().withExamples(3000).forAll(longs().all(), integers().between(0, 5)).checkAssert((seed, kind) -> {
            Random random = new Random(seed);
            double center = switch (kind) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> 74.0;
                case 3 -> Double.MIN_VALUE * random.nextInt(5);
                case 4 -> 1e307 * (random.nextBoolean() ? 1 : -1);
                default -> random.nextGaussian() * 1e6;
            };
            double sigma = switch (kind) {
                case 3 -> Double.MIN_VALUE * (1 + random.nextInt(3));
                case 4 -> 1e307;
                default -> Math.scalb(1.0 + random.nextDouble(), random.nextInt(40) - 20);
            };
            double[] lines = lines(center, sigma);
            if (lines == null) {
                return;   // the evaluator never classifies blocks with lines that are not increasing
            }
            double[] x = new double[1 + 3 * 64];
            for (int i = 0; i < x.length; i++) {
                x[i] = value(random, lines, center, sigma);
            }
            long[] words = new long[3 * RuleEvaluator.WORDS];
            assertThat(SimdBlocks.classify(x, 1, 3, lines, words)).isEqualTo(3);
            for (int k = 0; k < 3; k++) {
                assertThat(Arrays.copyOfRange(words, 10 * k, 10 * k + 10)).as("block %d of %s, lines %s", k,
                        Arrays.toString(x), Arrays.toString(lines)).containsExactly(expected(x, 64 * k, lines));
            }
        });
    }

    @Test
    void classify_stopsAtTheBlockWithAValueThatIsNotFinite() {
        double[] lines = lines(0.0, 1.0);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (int at = 1; at <= 3 * 64; at++) {
                double[] x = new double[1 + 3 * 64];
                x[at] = bad;
                assertThat(SimdBlocks.classify(x, 1, 3, lines, new long[30])).as("%s at %d", bad, at)
                        .isEqualTo((at - 1) / 64);
            }
        }
    }

    /** As {@code RuleEvaluator.setLines}: -inf, c-3s, c-2s, c-s, c, c+s, c+2s, c+3s, +inf; null unless increasing. */
    private static double[] lines(double center, double sigma) {
        double[] t = new double[9];
        t[0] = Double.NEGATIVE_INFINITY;
        t[4] = center;
        t[8] = Double.POSITIVE_INFINITY;
        for (int z = 1; z <= 3; z++) {
            t[4 + z] = center + z * sigma;
            t[4 - z] = center - z * sigma;
        }
        for (int k = 1; k < 8; k++) {
            if (!(t[k] > t[k - 1]) || !Double.isFinite(t[k])) {
                return null;
            }
        }
        return t;
    }

    private static double value(Random random, double[] lines, double center, double sigma) {
        double line = lines[1 + random.nextInt(7)];
        return switch (random.nextInt(8)) {
            case 0 -> line;
            case 1 -> Math.nextUp(line);
            case 2 -> Math.nextDown(line);
            case 3 -> random.nextBoolean() ? 0.0 : -0.0;
            case 4 -> (random.nextBoolean() ? 1 : -1) * Double.MIN_VALUE * random.nextInt(3);
            case 5 -> (random.nextBoolean() ? 1 : -1) * Double.MAX_VALUE * random.nextDouble();
            default -> center + sigma * random.nextGaussian() * 2;
        };
    }

    /** The words, straight from the definitions: bit 63 - i for the point x[1 + offset + i]. */
    private static long[] expected(double[] x, int offset, double[] t) {
        long[] w = new long[10];
        for (int i = 0; i < 64; i++) {
            double v = x[1 + offset + i];
            double p = x[offset + i];
            boolean[] flags = {v > t[4], v < t[4], v > t[5], v > t[6], v > t[7], v < t[3], v < t[2], v < t[1], v > p, v < p};
            for (int k = 0; k < flags.length; k++) {
                if (flags[k]) {
                    w[k] |= 1L << (63 - i);
                }
            }
        }
        return w;
    }
}
