package org.workbench.web.audit;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.workbench.web.base.LogSafe;

/**
 * The audit log in the database. Each entry is written in its own transaction, on connections of its own
 * ({@link AuditConnections}), so that a failed sign-in or a change that is later rolled back is still on record.
 */
@Component
@RequiredArgsConstructor
@Slf4j
public class DatabaseAuditTrail implements AuditTrail {
    static final String ANONYMOUS = "-";

    private final AuditStore store;
    private final AuditConnections connections;
    private final Clock clock;

    @Override
    public void record(AuditAction action, String target, Map<String, String> details) {
        write(currentActor(), currentClientAddress(), action, target, details);
    }

    /** For events before anyone is signed in (sign-ins, lockouts): the actor is the username that was tried. */
    public void recordAs(
            String actor,
            @Nullable String clientAddress,
            AuditAction action,
            String target,
            Map<String, String> details) {
        write(actor, clientAddress, action, target, details);
    }

    private void write(
            String actor,
            @Nullable String clientAddress,
            AuditAction action,
            String target,
            Map<String, String> details) {
        Map<String, String> safe = withoutSecrets(details);
        log.info(
                "audit {} by {} from {} on {} {}",
                action,
                LogSafe.text(actor),
                LogSafe.text(clientAddress),
                LogSafe.text(target),
                LogSafe.text(safe));
        connections.inTransaction(() -> store.append(Instant.now(clock), actor, action, target, clientAddress, safe));
    }

    /** Defence in depth: a feature that hands over a secret by mistake still does not get it written. */
    static Map<String, String> withoutSecrets(Map<String, String> details) {
        Map<String, String> safe = new LinkedHashMap<>();
        details.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean secret = lower.contains("password") || lower.contains("secret") || lower.contains("token");
            safe.put(name, secret ? "[withheld]" : value);
        });
        return safe;
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? ANONYMOUS : auth.getName();
    }

    static @Nullable String currentClientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? ClientAddress.carried() : vaadin.getRemoteAddr();
    }
}
