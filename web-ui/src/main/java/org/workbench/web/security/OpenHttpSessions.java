package org.workbench.web.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;

/** The server's open HTTP sessions by id, so that ending a session can also reach its Vaadin UIs. */
@Component
class OpenHttpSessions {
    private final Map<String, HttpSession> byId = new ConcurrentHashMap<>();

    @EventListener
    void created(HttpSessionCreatedEvent event) {
        byId.put(event.getSession().getId(), event.getSession());
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent event) {
        byId.remove(event.getId());
    }

    @EventListener
    void idChanged(HttpSessionIdChangedEvent event) {
        HttpSession session = byId.remove(event.getOldSessionId());
        if (session != null) {
            byId.put(event.getNewSessionId(), session);
        }
    }

    Optional<HttpSession> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
