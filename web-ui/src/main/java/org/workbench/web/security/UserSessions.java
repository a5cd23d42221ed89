package org.workbench.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.base.Roles;

/**
 * The signed-in sessions of each user, and ending them at once: the session is marked expired (its next request is
 * refused and signed out) and its open pages are sent to the login page right away over push.
 */
@Service
@PreAuthorize(Roles.ADMINS)
@RequiredArgsConstructor
@Slf4j
public class UserSessions {
    static final String SIGNED_IN_AT = UserSessions.class.getName() + ".signedInAt";
    /** Set on the session that goes on when a user's other sessions end: it counts from then. */
    static final String VALID_FROM = UserSessions.class.getName() + ".validFrom";

    static final String ENDED_LOCATION = "login?ended";

    private final SessionRegistry registry;
    private final OpenHttpSessions httpSessions;
    private final AuditTrail auditTrail;
    private final SessionsValidAfter validAfter;
    private final Clock clock;

    public List<ActiveSession> sessionsOf(String username) {
        return sessionInfos(username).stream()
                .map(info -> new ActiveSession(handle(info.getSessionId()), signedInAt(info), lastRequest(info)))
                .sorted(Comparator.comparing(ActiveSession::lastRequestAt).reversed())
                .toList();
    }

    /** Ends one session of a user, named by the handle that {@link #sessionsOf} gave. */
    public boolean end(String username, String handle) {
        for (SessionInformation info : sessionInfos(username)) {
            if (handle(info.getSessionId()).equals(handle)) {
                expire(info);
                auditTrail.record(AuditAction.SESSION_ENDED, "user:" + username, Map.of("session", handle));
                return true;
            }
        }
        return false;
    }

    /** Ends every session of a user (disabled, roles or password changed); returns how many. */
    public int endAll(String username) {
        return endAllExcept(username, null);
    }

    /** After users change their own password: their other sessions end, the one they are using goes on. */
    @PreAuthorize("isAuthenticated()")
    public int endOtherSessionsOfCurrentUser(String currentSessionId) {
        String username = Objects.requireNonNull(
                        SecurityContextHolder.getContext().getAuthentication(), "signed in")
                .getName();
        return endAllExcept(username, currentSessionId);
    }

    /**
     * Ends the sessions here at once, and on every instance at their next request through the user's "sessions valid
     * after" time in the database.
     */
    private int endAllExcept(String username, @Nullable String keep) {
        // To the database's microseconds, so that the session kept going is not older than the stored time.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (keep != null) {
            httpSessions.find(keep).ifPresent(session -> session.setAttribute(VALID_FROM, now));
        }
        int ended = 0;
        for (SessionInformation info : sessionInfos(username)) {
            if (!info.getSessionId().equals(keep)) {
                expire(info);
                ended++;
            }
        }
        // After the pages here were told, so they hear it from push before their next request.
        validAfter.endSessionsBefore(username, now);
        if (ended > 0) {
            auditTrail.record(AuditAction.SESSION_ENDED, "user:" + username, Map.of("sessions", String.valueOf(ended)));
        }
        return ended;
    }

    void expire(SessionInformation info) {
        info.expireNow();
        httpSessions.find(info.getSessionId()).ifPresent(UserSessions::sendPagesToLogin);
    }

    private static void sendPagesToLogin(HttpSession session) {
        try {
            for (VaadinSession vaadinSession : VaadinSession.getAllSessions(session)) {
                vaadinSession.access(() -> {
                    for (UI ui : vaadinSession.getUIs()) {
                        ui.getPage().setLocation(ENDED_LOCATION);
                    }
                });
            }
        } catch (IllegalStateException alreadyInvalidated) {
            log.debug("Session ended before its pages could be told", alreadyInvalidated);
        }
    }

    private List<SessionInformation> sessionInfos(String username) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> username.equalsIgnoreCase(principalName(principal)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .toList();
    }

    private Instant signedInAt(SessionInformation info) {
        return httpSessions
                .find(info.getSessionId())
                .map(session -> {
                    try {
                        return session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
                    } catch (IllegalStateException invalidated) {
                        return null;
                    }
                })
                .orElse(lastRequest(info));
    }

    private static Instant lastRequest(SessionInformation info) {
        return info.getLastRequest().toInstant();
    }

    static String principalName(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }

    static String handle(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
