package org.workbench.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every time a screen shows, as the user's clock reads it: times are stored in UTC and shown in the browser's time
 * zone, never the server's. The browser names its zone when the page starts; until a UI knows it (and in tests
 * without a browser) UTC is used, and screens that list many times say which zone they use.
 */
public final class UserTimeZone {
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private UserTimeZone() {}

    /** The zone of the current UI's browser, or UTC. */
    public static ZoneId current() {
        UI ui = UI.getCurrent();
        @Nullable
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        @Nullable String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** To the second and the same in every language, for logs: the audit log, sessions, locks. */
    public static String exact(Instant instant) {
        return EXACT.format(instant.atZone(current()));
    }

    /** Date and time in the user's language, for what people did: saved, uploaded, changed. */
    public static String dateTime(Instant instant, Locale locale) {
        return format(instant, locale, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /** The short form of {@link #dateTime}, for tight columns. */
    public static String shortDateTime(Instant instant, Locale locale) {
        return format(instant, locale, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT));
    }

    private static String format(Instant instant, Locale locale, DateTimeFormatter style) {
        return style.withLocale(locale).withZone(current()).format(instant);
    }
}
