package org.workbench.web.compare.ui;

import java.util.Locale;
import java.util.OptionalDouble;
import org.workbench.domain.KpiUnit;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;

/** Key figures and their differences as text; money names its currency and scale, as {@link MoneyScale} says. */
final class KpiFormat {
    private KpiFormat() {}

    /** A key figure, e.g. {@code CNY 1.2B} or {@code 12亿元}; a dash where the model leaves it undefined. */
    static String value(KpiUnit unit, OptionalDouble value, String currency, Locale locale) {
        return Formats.orDash(value, v -> value(unit, v, currency, locale));
    }

    static String value(KpiUnit unit, double value, String currency, Locale locale) {
        return switch (unit) {
            case MONEY, MONEY_PER_JOB -> MoneyScale.format(value, locale, currency);
            default -> Formats.kpi(unit, value, locale);
        };
    }

    /** A difference with its sign, e.g. {@code +CNY 1.2M}; a year's difference counts years. */
    static String delta(KpiUnit unit, double delta, String currency, Locale locale) {
        String text = unit == KpiUnit.YEAR
                ? Formats.count(Math.abs(delta), locale)
                : value(unit, Math.abs(delta), currency, locale);
        return sign(delta) + text;
    }

    static String relative(double share, Locale locale) {
        return sign(share) + Formats.percent(Math.abs(share), locale);
    }

    private static String sign(double value) {
        return value > 0 ? "+" : value < 0 ? "−" : "±";
    }
}
