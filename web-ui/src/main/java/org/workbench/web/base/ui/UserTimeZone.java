package org.workbench.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The browser's time zone, so that times stored in UTC are shown as the user's clock reads them. Until the browser
 * has told it, UTC is used (and said so).
 */
public final class UserTimeZone {
    private static final String ATTRIBUTE = UserTimeZone.class.getName();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private UserTimeZone() {}

    public static ZoneId current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(ATTRIBUTE) instanceof ZoneId zone ? zone : ZoneOffset.UTC;
    }

    /** Asks the browser for its zone (once per session) and then calls {@code known}. */
    public static void whenKnown(UI ui, Consumer<ZoneId> known) {
        if (ui.getSession().getAttribute(ATTRIBUTE) instanceof ZoneId zone) {
            known.accept(zone);
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone;
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException | NullPointerException unknown) {
                zone = ZoneOffset.UTC;
            }
            ui.getSession().setAttribute(ATTRIBUTE, zone);
            known.accept(zone);
        });
    }

    public static String format(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
