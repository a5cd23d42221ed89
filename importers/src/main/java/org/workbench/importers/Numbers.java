package org.workbench.importers;

import java.math.BigDecimal;

/** Renders numbers for messages and cells without a trailing ".0" or an exponent. */
final class Numbers {
    private Numbers() {}

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
