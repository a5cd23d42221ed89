package org.workbench.web.compare.ui;

import java.util.Locale;
import java.util.OptionalDouble;
import org.workbench.domain.KpiUnit;
import org.workbench.web.base.ui.Formats;

/** Key figures and their differences as text, by unit: money scaled, jobs whole, years as years. */
final class KpiFormat {
    private KpiFormat() {}

    static String value(KpiUnit unit, OptionalDouble value, Locale locale) {
        return Formats.orDash(value, v -> plain(unit, v, locale));
    }

    /** A difference with its sign, e.g. {@code +1.2M}; a year's difference counts years. */
    static String delta(KpiUnit unit, double delta, Locale locale) {
        String text =
                unit == KpiUnit.YEAR ? Formats.count(Math.abs(delta), locale) : plain(unit, Math.abs(delta), locale);
        return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + text;
    }

    static String relative(double share, Locale locale) {
        String text = Formats.percent(Math.abs(share), locale);
        return (share > 0 ? "+" : share < 0 ? "−" : "±") + text;
    }

    private static String plain(KpiUnit unit, double v, Locale locale) {
        return switch (unit) {
            case JOBS, JOB_YEARS, PEOPLE -> Formats.count(v, locale);
            case MONEY, MONEY_PER_JOB -> Formats.money(v, locale);
            case RATIO -> Formats.ratio(v, locale);
            case INDEX -> Formats.decimals(v, 3, locale);
            // A calendar year, never grouped like a quantity (2,031).
            case YEAR -> String.valueOf(Math.round(v));
        };
    }
}
