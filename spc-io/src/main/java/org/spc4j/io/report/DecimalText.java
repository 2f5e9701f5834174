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
 * <p>Both compute in exact integer arithmetic for magnitudes from 10<sup>-10</sup> (inclusive) to
 * 10<sup>7</sup> (exclusive), where control chart numbers live ({@code Double.toString} writes
 * those from 10<sup>-3</sup> without an exponent). A double there is f 2<sup>-e</sup> with f below
 * 2<sup>53</sup> and e from 29 to 86, and f 10<sup>k</sup> 2<sup>-e</sup> = f 5<sup>k</sup>
 * 2<sup>k-e</sup> with 5<sup>k</sup> below 2<sup>63</sup>: the product fits in 128 bits and the
 * quotient, the digits wanted, in a long. Other values, and any case the exact arithmetic cannot
 * settle, go to the JDK's own methods, so the text is always theirs.
 *
 * <p>{@code shortest} picks, as the JDK does: the decimal with the fewest digits among those that
 * round to the double (round half to even), and among several such the closest to it (ties to an
 * even last digit). On JDK 17 {@code Double.toString} is not always the shortest (JDK-4511638,
 * fixed in JDK 19): it writes a digit more for some values of 10<sup>16</sup> and above and for
 * some powers of two (2<sup>-31</sup> as {@code 4.6566128730773926E-10}); powers of two are left
 * to it. The tests compare both methods with the JDK's on many random doubles of the exact range.
 */
final class DecimalText {

    /** Most characters {@link #shortest} writes (the longest form: "-2.2250738585072014E-308"). */
    static final int MAX_SHORTEST = 32;
    /** Most characters {@link #sevenDigits} writes (the smallest subnormal, all zeros written out, with sign). */
    static final int MAX_SEVEN_DIGITS = 340;

    private static final double MIN = 1e-10;
    /** Below this, Double.toString writes an exponent ("1.5E-4"). */
    private static final double PLAIN = 1e-3;
    private static final double MAX = 1e7;
    /** 10^0 .. 10^18. */
    private static final long[] POW10 = new long[19];
    /** 5^0 .. 5^27, the powers of five below 2^63. */
    private static final long[] POW5 = new long[28];
    private static final double[] POW10_DOUBLE = {1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0,
        1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    private static final MathContext SEVEN = new MathContext(7);
    private static final char[] TENS = new char[100];
    private static final char[] ONES = new char[100];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
        for (int i = 0; i < 100; i++) {
            TENS[i] = (char) ('0' + i / 10);
            ONES[i] = (char) ('0' + i % 10);
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
        int e = 1075 - (int) (bits >>> 52); // a = f / 2^e, 29 <= e <= 86
        int k = 16 - exponent10(a); // a * 10^k in [10^16, 10^17): 17 significant digits
        // Value and the ends of its rounding interval, times 10^k = 5^k 2^k, over 2^(e + 2): 4f,
        // 4f + 2, 4f - 2 (4f - 1 at a power of two, where the double below is half as far).
        int s = e + 2 - k;
        if (k < 0 || k >= POW5.length || s < 1 || s > 127 || f == 0x0010_0000_0000_0000L) {
            // Powers of two, whose interval is narrower below: JDK 17 writes some with a digit more
            // than needed (2^-31 as 4.6566128730773926E-10), so they are left to it.
            return -1;
        }
        long p = POW5[k];
        long lowNum = 4 * f - 2;
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
        // The most trailing digits j that can be dropped: integers m with m * 10^j in [lo, hi], the
        // m from mLo = ceil(lo / 10^j) to mHi = floor(hi / 10^j). Whether there are any is monotone
        // in j: a binary search, by constant divisors (multiplications), with j at most k.
        int j = 0;
        long mLo = lo;
        long mHi = hi;
        if (k >= 16 && ceilDiv(mLo, 10_000_000_000_000_000L) <= mHi / 10_000_000_000_000_000L) {
            mLo = ceilDiv(mLo, 10_000_000_000_000_000L);
            mHi /= 10_000_000_000_000_000L;
            j += 16;
        }
        if (j + 8 <= k && ceilDiv(mLo, 100_000_000L) <= mHi / 100_000_000L) {
            mLo = ceilDiv(mLo, 100_000_000L);
            mHi /= 100_000_000L;
            j += 8;
        }
        if (j + 4 <= k && ceilDiv(mLo, 10_000L) <= mHi / 10_000L) {
            mLo = ceilDiv(mLo, 10_000L);
            mHi /= 10_000L;
            j += 4;
        }
        if (j + 2 <= k && ceilDiv(mLo, 100L) <= mHi / 100L) {
            mLo = ceilDiv(mLo, 100L);
            mHi /= 100L;
            j += 2;
        }
        if (j + 1 <= k && ceilDiv(mLo, 10L) <= mHi / 10L) {
            mLo = ceilDiv(mLo, 10L);
            mHi /= 10L;
            j += 1;
        }
        long d = POW10[j];
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
        return a >= PLAIN ? plain(v < 0, m, k - j, buf, pos) : scientific(v < 0, m, k - j, buf, pos);
    }

    /** Writes sign and m * 10^-fraction as Double.toString does below 10^-3 ("1.5E-4", "2.0E-5"). */
    private static int scientific(boolean negative, long m, int fraction, char[] buf, int pos) {
        if (negative) {
            buf[pos++] = '-';
        }
        int n = digits(m);
        long scale = POW10[n - 1];
        long first = m / scale;
        buf[pos++] = (char) ('0' + first);
        buf[pos++] = '.';
        if (n == 1) {
            buf[pos++] = '0';
        } else {
            pos = putLong(m - first * scale, n - 1, buf, pos);
        }
        buf[pos++] = 'E';
        int exponent = n - 1 - fraction; // negative here
        buf[pos++] = '-';
        return putLong(-exponent, digits(-exponent), buf, pos);
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
        return putPlain(m, n, fraction, buf, pos);
    }

    /**
     * The n digits of m with the decimal point {@code fraction > 0} digits from the right, as plain
     * text: {@code 0.00mmm} when m has no more digits than the fraction, else {@code www.fff}
     * (the fraction digits with their leading zeros).
     */
    private static int putPlain(long m, int n, int fraction, char[] buf, int pos) {
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
        return putLong(m - whole * scale, fraction, buf, pos);
    }

    /* --------------- seven significant digits --------------- */

    private static int sevenDigitsInRange(double v, double a, char[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(a);
        long f = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
        int e = 1075 - (int) (bits >>> 52);
        int k = 6 - exponent10(a); // a * 10^k = f 5^k / 2^(e - k) in [10^6, 10^7)
        int s = e - k;
        if (k < 0 || k >= POW5.length || s < 1 || s > 127) {
            return -1;
        }
        long p = POW5[k];
        long m = quotient(f, p, s);
        if (m < 1_000_000 || m >= 10_000_000) {
            return -1;
        }
        if (compareFractionToHalf(f, p, s) >= 0) { // HALF_UP
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
        return putPlain(m, n, k, buf, pos);
    }

    /* --------------- exact arithmetic --------------- */

    /** floor(log10(a)) for MIN <= a < MAX, possibly one off near a power of ten (the callers check). */
    private static int exponent10(double a) {
        int i = POW10_DOUBLE.length - 1;
        while (i > 0 && a < POW10_DOUBLE[i]) {
            i--;
        }
        return i - 10;
    }

    /** floor(x * p / 2^s) for 0 <= x, p < 2^63 and 1 <= s <= 127 (the callers check that it fits in a long). */
    private static long quotient(long x, long p, int s) {
        long lo = x * p;
        long hi = Math.multiplyHigh(x, p);
        if (s < 64) {
            return hi << (64 - s) | lo >>> s;
        }
        return hi >>> (s - 64);
    }

    /** True when x * p is a multiple of 2^s. */
    private static boolean remainderIsZero(long x, long p, int s) {
        long lo = x * p;
        if (s < 64) {
            return (lo & ((1L << s) - 1)) == 0;
        }
        return lo == 0 && (Math.multiplyHigh(x, p) & ((1L << (s - 64)) - 1)) == 0;
    }

    /** Sign of (x * p mod 2^s) - 2^(s-1): the fraction of x * p / 2^s compared with one half. */
    private static int compareFractionToHalf(long x, long p, int s) {
        long lo = x * p;
        if (s <= 64) {
            long rem = s == 64 ? lo : lo & ((1L << s) - 1);
            return Long.compareUnsigned(rem, 1L << (s - 1));
        }
        long remHi = Math.multiplyHigh(x, p) & ((1L << (s - 64)) - 1);
        long halfHi = 1L << (s - 65);
        return remHi != halfHi ? Long.compare(remHi, halfHi) : lo == 0 ? 0 : 1;
    }

    /** ceil(x / y) for x >= 0, y > 0 (inlined with a constant y, the division is a multiplication). */
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
        while (n < POW10.length && m >= POW10[n]) {
            n++;
        }
        return n;
    }

    /** Writes m, 0 <= m < 10^n, as n decimal digits, leading zeros included; two digits a step. */
    static int putLong(long m, int n, char[] buf, int pos) {
        int end = pos + n;
        int i = end;
        while (i - pos > 8) { // eight digits at a time in int arithmetic
            long q = m / 100_000_000L;
            i = putEight((int) (m - q * 100_000_000L), buf, i);
            m = q;
        }
        int r = (int) m;
        while (i - pos >= 2) {
            int q = r / 100;
            int d = r - q * 100;
            buf[--i] = ONES[d];
            buf[--i] = TENS[d];
            r = q;
        }
        if (i > pos) {
            buf[--i] = (char) ('0' + r);
        }
        return end;
    }

    /** Writes r, 0 <= r < 10^8, as the eight digits before buf[end]; returns end - 8. */
    private static int putEight(int r, char[] buf, int end) {
        for (int i = 0; i < 4; i++) {
            int q = r / 100;
            int d = r - q * 100;
            buf[--end] = ONES[d];
            buf[--end] = TENS[d];
            r = q;
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
