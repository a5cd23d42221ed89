package org.workbench.web.base;

import java.util.Locale;

/**
 * One rule for money wherever it is shown: a single figure carries its scale and its currency ("CNY 21.65B",
 * "216.5亿元"), and a chart or a column of figures is scaled once and names its unit ("CNY million", "亿元") so that
 * no axis shows "40,000,000,000". Chinese scales by 万 (10⁴) and 亿 (10⁸), English by thousand, million and billion.
 * The model's values stay unscaled; only what is shown changes.
 *
 * @param divisor what every value is divided by before it is shown
 * @param unit the name of the scaled unit with the currency, for an axis title or a column header
 */
public record MoneyScale(double divisor, String unit) {

    public MoneyScale {
        if (!(divisor > 0) || Double.isInfinite(divisor)) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
    }

    /** The scale that fits the largest magnitude among the values, so the biggest reads as a small number. */
    public static MoneyScale forValues(double[] values, Locale locale, String currency) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return forMagnitude(max, locale, currency);
    }

    public static MoneyScale forMagnitude(double magnitude, Locale locale, String currency) {
        double abs = Math.abs(magnitude);
        if (chinese(locale)) {
            String yuan = isYuan(currency) ? "元" : " " + currency;
            if (abs >= 1e8) {
                return new MoneyScale(1e8, "亿" + yuan);
            }
            if (abs >= 1e4) {
                return new MoneyScale(1e4, "万" + yuan);
            }
            return new MoneyScale(1, isYuan(currency) ? "元" : currency);
        }
        if (abs >= 1e9) {
            return new MoneyScale(1e9, currency + " billion");
        }
        if (abs >= 1e6) {
            return new MoneyScale(1e6, currency + " million");
        }
        if (abs >= 1e3) {
            return new MoneyScale(1e3, currency + " thousand");
        }
        return new MoneyScale(1, currency);
    }

    public double apply(double value) {
        return value / divisor;
    }

    public double[] apply(double[] values) {
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] / divisor;
        }
        return scaled;
    }

    /**
     * One figure with its scale and currency: "CNY 21.65B" in English, "216.5亿元" (or "216.5亿 USD") in Chinese.
     * Each figure picks its own scale, as {@link Formats#money} does.
     */
    public static String format(double value, Locale locale, String currency) {
        String scaled = Formats.money(value, locale);
        if (chinese(locale)) {
            return isYuan(currency) ? scaled + "元" : scaled + " " + currency;
        }
        return currency + " " + scaled;
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static boolean isYuan(String currency) {
        return "CNY".equals(currency);
    }
}
