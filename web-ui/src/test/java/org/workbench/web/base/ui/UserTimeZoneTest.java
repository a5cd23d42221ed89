package org.workbench.web.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Times are shown in the browser's zone as Vaadin learnt it at start-up, and in UTC until it is known. */
class UserTimeZoneTest {
    private static final Instant MIDNIGHT_UTC = Instant.parse("2026-03-01T23:30:05Z");

    @AfterEach
    void leaveTheUi() {
        UI.setCurrent(null);
    }

    @Test
    void without_a_browser_that_named_its_zone_times_are_in_utc() {
        UI.setCurrent(null);

        assertThat(UserTimeZone.current()).isEqualTo(ZoneOffset.UTC);
        assertThat(UserTimeZone.exact(MIDNIGHT_UTC)).isEqualTo("2026-03-01 23:30:05");
    }

    @Test
    void a_browser_in_shanghai_sees_the_next_morning() {
        inBrowserZone("Asia/Shanghai");

        assertThat(UserTimeZone.current()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(UserTimeZone.exact(MIDNIGHT_UTC)).isEqualTo("2026-03-02 07:30:05");
        assertThat(UserTimeZone.dateTime(MIDNIGHT_UTC, Locale.ENGLISH)).contains("Mar 2, 2026");
        assertThat(UserTimeZone.shortDateTime(MIDNIGHT_UTC, Locale.SIMPLIFIED_CHINESE))
                .contains("2026/3/2");
    }

    @Test
    void a_zone_name_java_does_not_know_falls_back_to_utc() {
        inBrowserZone("Mars/Olympus_Mons");

        assertThat(UserTimeZone.current()).isEqualTo(ZoneOffset.UTC);
    }

    private static void inBrowserZone(String zoneId) {
        var ui = new UI();
        UI.setCurrent(ui);
        ExtendedClientDetails.updateFromValues(ui, name -> switch (name) {
            case "v-tzid" -> zoneId;
            case "v-wn", "v-np", "v-curdate" -> null;
            case "v-td", "v-dston" -> "false";
            default -> "0";
        });
    }
}
