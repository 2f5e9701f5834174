package org.spc4j.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The reused character buffer of a per-point report: lines are made in it without a String or a
 * StringBuilder per point and handed to the writer in pieces of about {@link #PIECE} characters.
 *
 * <p>Numbers are written by {@link DecimalText}, each in a numbered column that remembers the
 * text of its last value: the limits of most charts are the same at every point, so three of the
 * four numbers of a point are copied rather than formatted.
 */
final class ReportText {

    /**
     * Characters gathered before they are handed on: one write per piece, not per point. 64 K: each
     * write of a piece through an {@code OutputStreamWriter} wraps it in a new {@code CharBuffer},
     * and with 8 K pieces those alone were about 300 MB of garbage for the JSON report of a
     * 56 M-point chart (enough for G1 to fill its whole young generation).
     */
    static final int PIECE = 1 << 16;
    /** The longest text a column remembers; longer ones are formatted every time. */
    private static final int REMEMBERED = DecimalText.MAX_SHORTEST;

    private char[] buf = new char[2 * PIECE];
    private int len;

    private final long[] lastBits;
    private final boolean[] known;
    private final char[][] lastText;
    private final int[] lastLength;

    /** A buffer with the given number of number columns (each remembers its last value). */
    ReportText(int columns) {
        lastBits = new long[columns];
        known = new boolean[columns];
        lastText = new char[columns][REMEMBERED];
        lastLength = new int[columns];
    }

    /** Characters gathered so far. */
    int length() {
        return len;
    }

    /** True when a piece is ready to be handed on. */
    boolean full() {
        return len >= PIECE;
    }

    char[] chars() {
        return buf;
    }

    /** Forgets the gathered characters (after the caller has used {@link #chars()} and {@link #length()}). */
    void clear() {
        len = 0;
    }

    /** Writes the gathered characters to out and forgets them. */
    void writeTo(Writer out) throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, len + more));
        }
    }

    ReportText append(char c) {
        ensure(1);
        buf[len++] = c;
        return this;
    }

    ReportText append(char[] s) {
        int n = s.length;
        ensure(n);
        System.arraycopy(s, 0, buf, len, n);
        len += n;
        return this;
    }

    ReportText append(String s) {
        int n = s.length();
        ensure(n);
        s.getChars(0, n, buf, len);
        len += n;
        return this;
    }

    /** Appends a non-negative int in decimal (negative ones as Integer.toString does). */
    ReportText append(int v) {
        if (v < 0) {
            return append(Integer.toString(v));
        }
        ensure(10);
        len = DecimalText.putInt(v, buf, len);
        return this;
    }

    /** Appends an int right-aligned in a field of the given width, as {@code %6d} does. */
    ReportText appendRight(int v, int width) {
        int start = len;
        append(v);
        return padLeft(start, width);
    }

    /** Appends s left-aligned in a field of the given width, as {@code %-12s} does. */
    ReportText appendLeft(String s, int width) {
        append(s);
        for (int i = s.length(); i < width; i++) {
            append(' ');
        }
        return this;
    }

    /** Appends a non-negative int left-aligned in a field of the given width, as {@code %-12s} of its text does. */
    ReportText appendLeft(int v, int width) {
        int start = len;
        append(v);
        for (int i = len - start; i < width; i++) {
            append(' ');
        }
        return this;
    }

    /** Appends {@code Double.toString(v)}, remembered in the given column. */
    ReportText shortest(int column, double v) {
        long bits = Double.doubleToRawLongBits(v);
        if (known[column] && lastBits[column] == bits) {
            int n = lastLength[column];
            ensure(n);
            System.arraycopy(lastText[column], 0, buf, len, n);
            len += n;
            return this;
        }
        ensure(DecimalText.MAX_SHORTEST);
        int start = len;
        len = DecimalText.shortest(v, buf, len);
        remember(column, bits, start);
        return this;
    }

    /** Appends v to seven significant digits ({@link DecimalText#sevenDigits}) right-aligned in a field of width, remembered in the given column. */
    ReportText sevenDigits(int column, double v, int width) {
        long bits = Double.doubleToRawLongBits(v);
        int start = len;
        if (known[column] && lastBits[column] == bits) {
            int n = lastLength[column];
            ensure(n);
            System.arraycopy(lastText[column], 0, buf, len, n);
            len += n;
        } else {
            ensure(DecimalText.MAX_SEVEN_DIGITS);
            len = DecimalText.sevenDigits(v, buf, len);
            remember(column, bits, start);
        }
        return padLeft(start, width);
    }

    private void remember(int column, long bits, int start) {
        int n = len - start;
        if (n <= REMEMBERED) {
            System.arraycopy(buf, start, lastText[column], 0, n);
            lastLength[column] = n;
            lastBits[column] = bits;
            known[column] = true;
        } else {
            known[column] = false;
        }
    }

    /** Right-aligns the text from start in a field of the given width (no change when it is as wide). */
    private ReportText padLeft(int start, int width) {
        int n = len - start;
        if (n < width) {
            int pad = width - n;
            ensure(pad);
            System.arraycopy(buf, start, buf, start + pad, n);
            Arrays.fill(buf, start, start + pad, ' ');
            len += pad;
        }
        return this;
    }
}
