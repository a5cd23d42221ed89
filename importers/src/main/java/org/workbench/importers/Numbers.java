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
     * The value of {@code -?digits[.digits][(e|E)[+-]digits]} in {@code text[start, end)} when its significant digits,
     * without the point, number at most 18 and the power of ten they are scaled by is at most 22 either way;
     * otherwise NaN, and the caller falls back to {@link Double#parseDouble}. Below 2^53 the digits and the power are
     * exact doubles, and one IEEE multiplication or division gives the correctly rounded result, the same double
     * {@code Double.parseDouble} returns; a larger mantissa divided by a power of ten (the 17-digit decimals Java
     * writes) is settled exactly by {@link #quotientNearest}. Exporters write large amounts as {@code 2.76E9}, hence
     * the exponent.
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
        int significantDigits = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                // leading zeros ("0.00628...") add nothing to the mantissa, so they do not count against its room
                if ((mantissa != 0 || c != '0') && ++significantDigits > 18) {
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
        if (digits == 0 || Math.abs(scale) >= EXACT_POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        double value;
        if (mantissa < EXACT_MANTISSA_LIMIT) {
            value = scale >= 0 ? mantissa * EXACT_POWERS_OF_TEN[scale] : mantissa / EXACT_POWERS_OF_TEN[-scale];
        } else if (scale == 0) {
            value = mantissa; // a long converts to the nearest double, ties to even, as the parser rounds
        } else if (scale < 0) {
            value = quotientNearest(mantissa, -scale);
            if (Double.isNaN(value)) {
                return value;
            }
        } else {
            return Double.NaN;
        }
        return negative ? -value : value;
    }

    /** 5^0 .. 5^22, all below 2^52. */
    private static final long[] POWERS_OF_FIVE = new long[EXACT_POWERS_OF_TEN.length];

    static {
        POWERS_OF_FIVE[0] = 1;
        for (int i = 1; i < POWERS_OF_FIVE.length; i++) {
            POWERS_OF_FIVE[i] = POWERS_OF_FIVE[i - 1] * 5;
        }
    }

    /**
     * The double nearest {@code mantissa / 10^tens} (ties to even) for a mantissa of 54 to 63 bits, the 17-digit
     * decimals that Java writes for about half of all doubles: the quotient of the rounded operands is within an ulp
     * or two, and comparing the decimal with the midpoints around it in exact 128-bit integers picks the right
     * neighbour, the one {@code Double.parseDouble} gives. NaN when the result would not be a normal double.
     */
    private static double quotientNearest(long mantissa, int tens) {
        double d = (double) mantissa / EXACT_POWERS_OF_TEN[tens];
        for (int step = 0; step < 4; step++) {
            if (!(d >= Double.MIN_NORMAL) || d >= Double.MAX_VALUE) {
                return Double.NaN;
            }
            int above = compareWithUpperMidpoint(mantissa, tens, d);
            if (above > 0) {
                d = Math.nextUp(d);
                continue;
            }
            if (above == 0) {
                return evenOf(d, Math.nextUp(d));
            }
            double below = Math.nextDown(d);
            if (!(below >= Double.MIN_NORMAL)) {
                return Double.NaN;
            }
            int aboveLower = compareWithUpperMidpoint(mantissa, tens, below);
            if (aboveLower < 0) {
                d = below;
                continue;
            }
            if (aboveLower == 0) {
                return evenOf(below, d);
            }
            return d;
        }
        return Double.NaN;
    }

    private static double evenOf(double a, double b) {
        return (Double.doubleToRawLongBits(a) & 1) == 0 ? a : b;
    }

    /**
     * The sign of {@code mantissa / 10^tens - m}, where m is the midpoint between the normal positive double d and the
     * next one up: with d = M * 2^e, m = (2M + 1) * 2^(e - 1), so the sign is that of
     * {@code mantissa * 2^(1 - e - tens) - (2M + 1) * 5^tens}, compared exactly.
     */
    private static int compareWithUpperMidpoint(long mantissa, int tens, double d) {
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) ((bits >>> 52) & 0x7FF) - 1075;
        long significand = (bits & ((1L << 52) - 1)) | (1L << 52);
        long odd = 2 * significand + 1; // below 2^54
        long five = POWERS_OF_FIVE[tens]; // below 2^52
        long rightHigh = Math.unsignedMultiplyHigh(odd, five); // the right side, below 2^106
        long rightLow = odd * five;
        int shift = 1 - e - tens;
        int mantissaBits = 64 - Long.numberOfLeadingZeros(mantissa);
        if (shift >= 0) {
            if (mantissaBits + shift > 106) {
                return 1;
            }
            long leftHigh = shift == 0 ? 0 : shift >= 64 ? mantissa << (shift - 64) : mantissa >>> (64 - shift);
            long leftLow = shift >= 64 ? 0 : mantissa << shift;
            return compare128(leftHigh, leftLow, rightHigh, rightLow);
        }
        int rightBits =
                rightHigh != 0 ? 128 - Long.numberOfLeadingZeros(rightHigh) : 64 - Long.numberOfLeadingZeros(rightLow);
        if (rightBits - shift > 63) {
            return -1; // the right side shifted up passes 2^63, above any mantissa
        }
        return Long.compare(mantissa, rightLow << -shift);
    }

    private static int compare128(long aHigh, long aLow, long bHigh, long bLow) {
        int high = Long.compareUnsigned(aHigh, bHigh);
        return high != 0 ? high : Long.compareUnsigned(aLow, bLow);
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
