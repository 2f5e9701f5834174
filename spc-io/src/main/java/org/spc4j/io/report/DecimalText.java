package org.spc4j.io.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Writes doubles as text into a caller's {@code char[]}, without making a String: the two number
 * forms of the reports, at a fraction of the cost of {@link Double#toString(double)} and of
 * {@link BigDecimal} rounding, for the per-point reports of charts of millions of points.
 *
 * <ul>
 * <li>{@link #shortest}: exactly the text of {@link Double#toString(double)} (CSV and JSON reports);
 * <li>{@link #sevenDigits}: exactly {@code new BigDecimal(v).round(new MathContext(7))
 * .stripTrailingZeros().toPlainString()}, {@code "0"} for zero, {@code Double.toString} for NaN
 * and infinities (the text report, seven significant digits as R prints).
 * </ul>
 *
 * <p>Both compute in exact integer arithmetic for magnitudes from 10<sup>-3</sup> (inclusive) to
 * 10<sup>7</sup> (exclusive), the range that {@code Double.toString} writes without an exponent
 * and where control chart numbers live. A double there is f 2<sup>-e</sup> with f below
 * 2<sup>53</sup> and e from 29 to 62, so f times a power of ten up to 10<sup>19</sup> fits in 128
 * bits and its quotient by 2<sup>e</sup> in a long. Other values, and any case the exact
 * arithmetic cannot settle, go to the JDK's own methods, so the text is always theirs.
 *
 * <p>{@code shortest} picks, as the JDK does: the decimal with the fewest digits among those that
 * round to the double (round half to even), and among several such the closest to it (ties to an
 * even last digit). On JDK 17 {@code Double.toString} is not always the shortest (JDK-4511638,
 * fixed in JDK 19), but the known differences are all at magnitudes of 10<sup>16</sup> and above;
 * the tests compare both methods with the JDK's on many random doubles of the exact range.
 */
final class DecimalText {

    /** Most characters {@link #shortest} writes (the longest form: "-2.2250738585072014E-308"). */
    static final int MAX_SHORTEST = 32;
    /** Most characters {@link #sevenDigits} writes (the smallest subnormal, all zeros written out, with sign). */
    static final int MAX_SEVEN_DIGITS = 340;

    private static final double MIN = 1e-3;
    private static final double MAX = 1e7;
    /** 10^0 .. 10^19; 10^19 exceeds Long.MAX_VALUE and is used as an unsigned value. */
    private static final long[] POW10 = new long[20];
    private static final double[] POW10_DOUBLE = {1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    private static final MathContext SEVEN = new MathContext(7);

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10; // wraps at 10^19: the unsigned value is still right
        }
    }

    private DecimalText() {
    }

    /**
     * Writes {@code Double.toString(v)} at {@code buf[pos]}.
     *
     * @return the position after the last character written
     */
    static int shortest(double v, char[] buf, int pos) {
        double a = Math.abs(v);
        if (a >= MIN && a < MAX) {
            int end = shortestInRange(v, a, buf, pos);
            if (end >= 0) {
                return end;
            }
        } else if (v == 0) {
            return zero(v, buf, pos);
        }
        return put(Double.toString(v), buf, pos);
    }

    /**
     * Writes {@code v} rounded half up to seven significant digits, trailing zeros removed, without
     * an exponent ({@code "0"} for zero, {@code Double.toString} for NaN and infinities), at
     * {@code buf[pos]}; the text can be long for very small or large magnitudes.
     *
     * @return the position after the last character written
     */
    static int sevenDigits(double v, char[] buf, int pos) {
        double a = Math.abs(v);
        if (a >= MIN && a < MAX) {
            int end = sevenDigitsInRange(v, a, buf, pos);
            if (end >= 0) {
                return end;
            }
        }
        return put(sevenDigits(v), buf, pos);
    }

    /** The reference form of {@link #sevenDigits(double, char[], int)}, as a String. */
    static String sevenDigits(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(SEVEN).stripTrailingZeros().toPlainString();
    }

    /* --------------- shortest --------------- */

    /** Double.toString of a value with MIN <= |v| < MAX, or -1 when the exact arithmetic cannot settle it. */
    private static int shortestInRange(double v, double a, char[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(a);
        long f = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L; // normal: MIN is far above subnormals
        int e = 1075 - (int) (bits >>> 52); // a = f / 2^e, 29 <= e <= 62
        int k = 16 - exponent10(a); // a * 10^k in [10^16, 10^17): 17 significant digits
        if (k < 0 || k > 19) {
            return -1;
        }
        long p = POW10[k];
        // Value and the ends of its rounding interval, times 2^(e + 2): 4f, 4f + 2, 4f - 2 (4f - 1
        // at a power of two, where the double below is half as far).
        int s = e + 2;
        long lowNum = f == 0x0010_0000_0000_0000L ? 4 * f - 1 : 4 * f - 2;
        long value = quotient(4 * f, p, s);
        boolean valueExact = remainderIsZero(4 * f, p, s);
        long low = quotient(lowNum, p, s);
        boolean lowExact = remainderIsZero(lowNum, p, s);
        long high = quotient(4 * f + 2, p, s);
        boolean highExact = remainderIsZero(4 * f + 2, p, s);
        // Integers in the interval: its ends belong to it when f is even (round half to even).
        boolean even = (f & 1) == 0;
        long lo = lowExact && even ? low : low + 1;
        long hi = highExact && !even ? high - 1 : high;
        if (lo > hi || hi >= 1_000_000_000_000_000_000L) {
            return -1;
        }
        // The most trailing digits that can be dropped: integers m with m * 10^j in [lo, hi].
        int j = 0;
        int step = 16;
        while (step > 0) { // the property is monotone in j: binary search on 0..k
            int t = j + step;
            if (t <= k && t <= 18 && ceilDiv(lo, POW10[t]) <= hi / POW10[t]) {
                j = t;
            }
            step >>= 1;
        }
        long d = POW10[j];
        long mLo = ceilDiv(lo, d);
        long mHi = hi / d;
        long m;
        if (mLo == mHi) {
            m = mLo;
        } else {
            // closest to the value; a tie goes to the even one
            long q = value / d;
            int cmp;
            if (j == 0) {
                cmp = compareFractionToHalf(4 * f, p, s);
            } else {
                long r = value - q * d;
                long half = d / 2;
                cmp = r != half ? Long.compare(r, half) : valueExact ? 0 : 1;
            }
            m = cmp > 0 || cmp == 0 && (q & 1) == 1 ? q + 1 : q;
            m = Math.max(mLo, Math.min(mHi, m));
        }
        return plain(v < 0, m, k - j, buf, pos);
    }

    /** Writes sign and m * 10^-fraction as Double.toString does in its plain range ("74.0", "0.0016"). */
    private static int plain(boolean negative, long m, int fraction, char[] buf, int pos) {
        if (negative) {
            buf[pos++] = '-';
        }
        int n = digits(m);
        if (fraction == 0) {
            pos = putLong(m, n, buf, pos);
            buf[pos++] = '.';
            buf[pos++] = '0';
            return pos;
        }
        if (n <= fraction) {
            buf[pos++] = '0';
            buf[pos++] = '.';
            for (int i = n; i < fraction; i++) {
                buf[pos++] = '0';
            }
            return putLong(m, n, buf, pos);
        }
        long scale = POW10[fraction];
        long whole = m / scale;
        pos = putLong(whole, n - fraction, buf, pos);
        buf[pos++] = '.';
        return putLong(m - whole * scale, fraction, buf, pos); // the fraction digits, leading zeros kept
    }

    /* --------------- seven significant digits --------------- */

    private static int sevenDigitsInRange(double v, double a, char[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(a);
        long f = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
        int e = 1075 - (int) (bits >>> 52);
        int k = 6 - exponent10(a); // a * 10^k in [10^6, 10^7)
        if (k < 0 || k > 19) {
            return -1;
        }
        long p = POW10[k];
        long m = quotient(f, p, e);
        if (m < 1_000_000 || m >= 10_000_000) {
            return -1;
        }
        if (compareFractionToHalf(f, p, e) >= 0) { // HALF_UP
            m++;
            if (m == 10_000_000) {
                m = 1_000_000;
                k--;
            }
        }
        while (m % 10 == 0) { // stripTrailingZeros
            m /= 10;
            k--;
        }
        if (v < 0) {
            buf[pos++] = '-';
        }
        int n = digits(m);
        if (k <= 0) { // toPlainString: an integer, zeros appended
            pos = putLong(m, n, buf, pos);
            for (int i = 0; i < -k; i++) {
                buf[pos++] = '0';
            }
            return pos;
        }
        if (n <= k) {
            buf[pos++] = '0';
            buf[pos++] = '.';
            for (int i = n; i < k; i++) {
                buf[pos++] = '0';
            }
            return putLong(m, n, buf, pos);
        }
        long scale = POW10[k];
        long whole = m / scale;
        pos = putLong(whole, n - k, buf, pos);
        buf[pos++] = '.';
        return putLong(m - whole * scale, k, buf, pos);
    }

    /* --------------- exact arithmetic --------------- */

    /** floor(log10(a)) for MIN <= a < MAX, possibly one off near a power of ten (the callers check). */
    private static int exponent10(double a) {
        int i = POW10_DOUBLE.length - 1;
        while (i > 0 && a < POW10_DOUBLE[i]) {
            i--;
        }
        return i - 3;
    }

    /** floor(x * p / 2^s) for 0 <= x < 2^62, p a power of ten up to 10^19 (unsigned), 1 <= s <= 64. */
    private static long quotient(long x, long p, int s) {
        long lo = x * p;
        long hi = multiplyHighUnsigned(x, p);
        return s == 64 ? hi : hi << (64 - s) | lo >>> s;
    }

    /** True when x * p is a multiple of 2^s. */
    private static boolean remainderIsZero(long x, long p, int s) {
        long lo = x * p;
        if (s == 64) {
            return lo == 0;
        }
        return (lo & ((1L << s) - 1)) == 0;
    }

    /** Sign of (x * p mod 2^s) - 2^(s-1): the fraction of x * p / 2^s compared with one half. */
    private static int compareFractionToHalf(long x, long p, int s) {
        long lo = x * p;
        long rem = s == 64 ? lo : lo & ((1L << s) - 1);
        long half = 1L << (s - 1);
        return Long.compareUnsigned(rem, half);
    }

    /** High 64 bits of the unsigned 128-bit product x * y, for 0 <= x < 2^63 (Math.unsignedMultiplyHigh is JDK 18). */
    private static long multiplyHighUnsigned(long x, long y) {
        return Math.multiplyHigh(x, y) + ((y >> 63) & x);
    }

    private static long ceilDiv(long x, long y) {
        long q = x / y;
        return q * y == x ? q : q + 1;
    }

    /* --------------- characters --------------- */

    private static int zero(double v, char[] buf, int pos) {
        if (Double.doubleToRawLongBits(v) < 0) {
            buf[pos++] = '-';
        }
        buf[pos++] = '0';
        buf[pos++] = '.';
        buf[pos++] = '0';
        return pos;
    }

    /** Number of decimal digits of m >= 0 (1 for 0). */
    static int digits(long m) {
        int n = 1;
        while (n < 19 && m >= POW10[n]) {
            n++;
        }
        return n;
    }

    /** Writes the n lowest decimal digits of m >= 0, leading zeros included. */
    static int putLong(long m, int n, char[] buf, int pos) {
        int end = pos + n;
        for (int i = end - 1; i >= pos; i--) {
            long q = m / 10;
            buf[i] = (char) ('0' + (m - q * 10));
            m = q;
        }
        return end;
    }

    /** Writes a non-negative int. */
    static int putInt(int m, char[] buf, int pos) {
        return putLong(m, digits(m), buf, pos);
    }

    private static int put(String s, char[] buf, int pos) {
        s.getChars(0, s.length(), buf, pos);
        return pos + s.length();
    }
}
