package org.workbench.web.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Answers a request of an ended session (already signed out by then) in a way the page understands: Vaadin's own
 * requests get "session expired", upon which the client reloads and lands on the login page; anything else is
 * redirected there.
 */
class VaadinAwareExpiredSessionStrategy implements SessionInformationExpiredStrategy {

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        if (query.contains("v-r=heartbeat")) {
            // The client treats 410 on a heartbeat as an expired session.
            response.sendError(HttpServletResponse.SC_GONE);
        } else if (query.contains("v-r=uidl")) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache, no-store");
            response.getOutputStream()
                    .write(VaadinService.createSessionExpiredJSON(false).getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(request.getContextPath() + "/" + UserSessions.ENDED_LOCATION);
        }
    }
}
