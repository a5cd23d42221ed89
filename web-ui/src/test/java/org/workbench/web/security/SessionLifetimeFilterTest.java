package org.workbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.workbench.web.MutableClock;
import org.workbench.web.audit.DatabaseAuditTrail;

class SessionLifetimeFilterTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    final SessionRegistryImpl registry = new SessionRegistryImpl();
    final SecurityProperties properties = new SecurityProperties(
            5,
            20,
            20,
            Duration.ofMinutes(1),
            Duration.ofMinutes(15),
            Duration.ofMinutes(30),
            Duration.ofHours(12),
            java.util.List.of());
    final SessionLifetimeFilter filter = new SessionLifetimeFilter(
            registry, properties, clock, mock(DatabaseAuditTrail.class), name -> java.util.Optional.empty());
    final MockHttpSession session = new MockHttpSession(null, "session-1");

    @BeforeEach
    void signIn() {
        registry.registerNewSession(
                "session-1",
                User.withUsername("planner").password("x").roles("PLANNER").build());
    }

    @Test
    void a_session_idle_for_thirty_minutes_ends() throws Exception {
        request("v-r=uidl");
        clock.advance(Duration.ofMinutes(29));
        request("v-r=uidl");
        assertThat(expired()).isFalse();
        clock.advance(Duration.ofMinutes(30));
        request("v-r=uidl");
        assertThat(expired()).isTrue();
    }

    @Test
    void heartbeats_keep_the_page_alive_but_do_not_count_as_activity() throws Exception {
        request("v-r=uidl");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(5));
            request("v-r=heartbeat");
        }
        assertThat(expired()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        request("v-r=heartbeat");
        assertThat(expired()).isTrue();
    }

    @Test
    void an_active_session_still_ends_after_its_absolute_lifetime_of_twelve_hours() throws Exception {
        request(null);
        for (int i = 0; i < 11 * 4 + 3; i++) {
            clock.advance(Duration.ofMinutes(15));
            request("v-r=uidl");
        }
        assertThat(expired()).isFalse();
        clock.advance(Duration.ofMinutes(15));
        request("v-r=uidl");
        assertThat(expired()).isTrue();
    }

    @Test
    void sessions_that_are_not_signed_in_are_left_alone() throws Exception {
        var anonymous = new MockHttpSession(null, "anonymous");
        var request = new MockHttpServletRequest();
        request.setSession(anonymous);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(anonymous.getAttribute(SessionLifetimeFilter.LAST_ACTIVITY)).isNull();
    }

    private void request(String query) throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private boolean expired() {
        return registry.getSessionInformation("session-1").isExpired();
    }
}
