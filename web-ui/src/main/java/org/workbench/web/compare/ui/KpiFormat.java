package org.workbench.web.compare.ui;

import java.util.Locale;
import org.workbench.domain.KpiUnit;
import org.workbench.web.base.Formats;

/** Differences of key figures as text, with their sign; the figures themselves are {@link Formats#kpi}. */
final class KpiFormat {
    private KpiFormat() {}

    /** A difference with its sign, e.g. {@code +1.2M}; a year's difference counts years. */
    static String delta(KpiUnit unit, double delta, Locale locale) {
        String text = unit == KpiUnit.YEAR
                ? Formats.count(Math.abs(delta), locale)
                : Formats.kpi(unit, Math.abs(delta), locale);
        return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + text;
    }

    static String relative(double share, Locale locale) {
        String text = Formats.percent(Math.abs(share), locale);
        return (share > 0 ? "+" : share < 0 ? "−" : "±") + text;
    }
}
