package org.workbench.web.upload.ui;

import java.util.Locale;
import org.workbench.domain.Kpi;
import org.workbench.web.base.ui.Formats;

/** A key figure as the preview shows it, by what it counts. */
final class KpiFormat {
    private KpiFormat() {}

    static String format(Kpi kpi, double value, Locale locale) {
        return switch (kpi.unit()) {
            case MONEY, MONEY_PER_JOB -> Formats.money(value, locale);
            case JOBS, JOB_YEARS, PEOPLE -> Formats.count(value, locale);
            case RATIO -> Formats.ratio(value, locale);
            case YEAR -> String.valueOf(Math.round(value));
            case INDEX -> Formats.decimals(value, 3, locale);
        };
    }
}
