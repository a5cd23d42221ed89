package org.workbench.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;

/**
 * Ends signed-in sessions that were idle too long, have reached their absolute lifetime or were ended on any instance
 * (the user's "sessions valid after" time), by marking them expired
 * for the concurrent-session filter that runs next. Vaadin's heartbeats keep the page alive but are not activity.
 */
@RequiredArgsConstructor
class SessionLifetimeFilter extends OncePerRequestFilter {
    static final String LAST_ACTIVITY = SessionLifetimeFilter.class.getName() + ".lastActivity";

    private final SessionRegistry registry;
    private final SecurityProperties properties;
    private final Clock clock;
    private final AuditTrail audit;
    /** A user's "sessions valid after" time, which any instance may have set. */
    private final Function<String, Optional<Instant>> sessionsValidAfter;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        @Nullable SessionInformation info = session == null ? null : registry.getSessionInformation(session.getId());
        if (session != null && info != null && !info.isExpired()) {
            check(request, session, info);
        }
        chain.doFilter(request, response);
    }

    private void check(HttpServletRequest request, HttpSession session, SessionInformation info) {
        Instant now = Instant.now(clock);
        Instant signedInAt = instant(session, UserSessions.SIGNED_IN_AT, now);
        Instant lastActivity = instant(session, LAST_ACTIVITY, now);
        Instant validFrom = session.getAttribute(UserSessions.VALID_FROM) instanceof Instant at ? at : signedInAt;
        String username = UserSessions.principalName(info.getPrincipal());
        String reason = null;
        if (sessionsValidAfter.apply(username).filter(validFrom::isBefore).isPresent()) {
            reason = "ended";
        } else if (Duration.between(signedInAt, now).compareTo(properties.absoluteLifetime()) >= 0) {
            reason = "absolute-lifetime";
        } else if (Duration.between(lastActivity, now).compareTo(properties.idleTimeout()) >= 0) {
            reason = "idle";
        }
        if (reason != null) {
            info.expireNow();
            audit.recordAs(
                    username,
                    request.getRemoteAddr(),
                    AuditAction.SESSION_EXPIRED,
                    "user:" + username,
                    Map.of("reason", reason));
        } else if (!isHeartbeat(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
    }

    private static Instant instant(HttpSession session, String name, Instant now) {
        if (session.getAttribute(name) instanceof Instant at) {
            return at;
        }
        session.setAttribute(name, now);
        return now;
    }

    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
