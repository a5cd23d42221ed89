package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.ScenarioSettings;
import org.workbench.web.base.Formats;
import org.workbench.web.base.ui.UserTimeZone;
import org.workbench.web.scenario.InputChange;

/** How the scenario views show values: changed inputs, times, years (key figures: {@link Formats#kpi}). */
final class Display {
    private Display() {}

    /** A changed input's value as typed: numbers unscaled so that small edits stay visible. */
    static String value(@Nullable Object value, Component i18n, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof IncentiveType type) {
            return i18n.getTranslation("incentiveType." + type.name());
        }
        if (value instanceof Double d) {
            return Formats.decimals(d, 6, locale);
        }
        if (value instanceof Integer i) {
            return String.valueOf(i);
        }
        return value.toString();
    }

    static String item(InputChange change, Component i18n) {
        String kind = i18n.getTranslation("item." + change.kind().name());
        return change.item() == null ? kind : kind + " " + change.item();
    }

    static String field(InputChange change, Component i18n) {
        String key = change.fieldLabelKey();
        return key == null ? "" : i18n.getTranslation(key);
    }

    static String time(Instant instant, Locale locale) {
        return UserTimeZone.dateTime(instant, locale);
    }

    static String shortTime(Instant instant, Locale locale) {
        return UserTimeZone.shortDateTime(instant, locale);
    }

    static String years(int baseYear, int horizonYears) {
        return (baseYear + 1) + "–" + (baseYear + horizonYears);
    }

    static String years(ScenarioSettings s) {
        return years(s.baseYear(), s.horizonYears());
    }
}
