package org.workbench.importers;

import java.math.BigDecimal;

/**
 * Renders numbers for messages and cells without a trailing ".0" or an exponent, and reads the plain decimals that
 * most cells hold without the general (slow) parser.
 */
final class Numbers {
    /** Powers of ten a double holds exactly: dividing an exact mantissa by one of them rounds correctly. */
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private static final long EXACT_MANTISSA_LIMIT = 1L << 53;

    private Numbers() {}

    /**
     * The value of {@code -?digits[.digits][(e|E)[+-]digits]} in {@code text[start, end)} when the digits, without the
     * point, fit a double exactly (below 2^53) and the power of ten they are scaled by is at most 22 either way (so
     * that it is exact too); otherwise NaN, and the caller falls back to {@link Double#parseDouble}. Within those
     * bounds one IEEE multiplication or division of two exact values gives the correctly rounded result, the same
     * double {@code Double.parseDouble} returns. Exporters write large amounts as {@code 2.76E9}, hence the exponent.
     */
    static double parsePlainDecimal(CharSequence text, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && text.charAt(i) == '-') {
            negative = true;
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (point) {
                    fractionDigits++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else if ((c == 'e' || c == 'E') && digits > 0) {
                break;
            } else {
                return Double.NaN;
            }
        }
        int exponent = 0;
        if (i < end) {
            int e = i + 1;
            boolean negativeExponent = false;
            if (e < end && (text.charAt(e) == '+' || text.charAt(e) == '-')) {
                negativeExponent = text.charAt(e) == '-';
                e++;
            }
            if (e == end || end - e > 3) {
                return Double.NaN;
            }
            for (; e < end; e++) {
                char c = text.charAt(e);
                if (c < '0' || c > '9') {
                    return Double.NaN;
                }
                exponent = exponent * 10 + (c - '0');
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        int scale = exponent - fractionDigits;
        if (digits == 0 || mantissa >= EXACT_MANTISSA_LIMIT || Math.abs(scale) >= EXACT_POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        double value = scale >= 0 ? mantissa * EXACT_POWERS_OF_TEN[scale] : mantissa / EXACT_POWERS_OF_TEN[-scale];
        return negative ? -value : value;
    }

    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** 0.15 as "15%", without the binary noise of multiplying by 100. */
    static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
