package org.workbench.web.monitoring;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the monitoring list is filtered by.
 *
 * @param text matches the scenario's name or city or the incentive's code or name, ignoring case; blank matches all
 * @param behindOnly only the incentives behind their promise
 */
public record MonitoringQuery(@Nullable String text, boolean behindOnly) {
    /** A filter text longer than this is cut: no name is that long. */
    static final int MAX_TEXT = 200;

    public MonitoringQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    public static MonitoringQuery all() {
        return new MonitoringQuery(null, false);
    }

    boolean matches(MonitoredIncentive row) {
        if (behindOnly && !row.behind()) {
            return false;
        }
        if (text == null) {
            return true;
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return contains(row.scenarioName(), wanted)
                || contains(row.city(), wanted)
                || contains(row.code(), wanted)
                || contains(row.name(), wanted);
    }

    private static boolean contains(@Nullable String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
