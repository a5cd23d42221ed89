package org.workbench.web.base;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import org.workbench.domain.KpiUnit;

/**
 * How numbers are shown: money scaled to 万/亿 in Chinese and K/M/B in English, jobs and people whole, shares as
 * percentages. The model's values stay unscaled; only the display changes.
 */
public final class Formats {
    private Formats() {}

    public static String money(double value, Locale locale) {
        double abs = Math.abs(value);
        if ("zh".equals(locale.getLanguage())) {
            if (abs >= 1e8) {
                return decimals(value / 1e8, 2, locale) + "亿";
            }
            if (abs >= 1e4) {
                return decimals(value / 1e4, 1, locale) + "万";
            }
            return decimals(value, 0, locale);
        }
        if (abs >= 1e9) {
            return decimals(value / 1e9, 2, locale) + "B";
        }
        if (abs >= 1e6) {
            return decimals(value / 1e6, 1, locale) + "M";
        }
        if (abs >= 1e3) {
            return decimals(value / 1e3, 1, locale) + "K";
        }
        return decimals(value, 0, locale);
    }

    public static String count(double value, Locale locale) {
        return decimals(value, 0, locale);
    }

    public static String ratio(double value, Locale locale) {
        return decimals(value, 2, locale);
    }

    public static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A file's size: bytes below 1 KB (so a small file never reads "0 KB"), then KB and MB of 1,024. */
    public static String fileSize(long bytes, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        if (bytes < 1024) {
            return count(bytes, locale) + (chinese ? " 字节" : bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return decimals(bytes / 1024.0, 1, locale) + " KB";
        }
        return decimals(bytes / (1024.0 * 1024.0), 1, locale) + " MB";
    }

    public static String decimals(double value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** A key figure by what it counts: money scaled, jobs and people whole, a calendar year as a year. */
    public static String kpi(KpiUnit unit, double value, Locale locale) {
        return switch (unit) {
            case JOBS, JOB_YEARS, PEOPLE -> count(value, locale);
            case MONEY, MONEY_PER_JOB -> money(value, locale);
            case RATIO -> ratio(value, locale);
            case INDEX -> decimals(value, 3, locale);
            // Never grouped like a quantity (2,031).
            case YEAR -> String.valueOf(Math.round(value));
        };
    }

    /** A key figure, or a dash where the model leaves it undefined. */
    public static String kpi(KpiUnit unit, OptionalDouble value, Locale locale) {
        return orDash(value, v -> kpi(unit, v, locale));
    }

    /** The text for an empty key figure (undefined by the model), or the formatted value. */
    public static String orDash(OptionalDouble value, java.util.function.DoubleFunction<String> format) {
        return value.isPresent() ? format.apply(value.getAsDouble()) : "—";
    }
}
