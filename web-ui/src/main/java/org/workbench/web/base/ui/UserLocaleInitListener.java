package org.workbench.web.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Applies the language a user chose earlier as soon as they are signed in, once per user and session. */
@Component
@RequiredArgsConstructor
class UserLocaleInitListener implements VaadinServiceInitListener {
    private static final String APPLIED_FOR = UserLocaleInitListener.class.getName() + ".user";

    private final CurrentUser currentUser;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
                return;
            }
            VaadinSession session = uiEvent.getUI().getSession();
            if (auth.getName().equals(session.getAttribute(APPLIED_FOR))) {
                return;
            }
            currentUser.shown().ifPresent(user -> {
                session.setLocale(user.locale());
                uiEvent.getUI().setLocale(user.locale());
            });
            session.setAttribute(APPLIED_FOR, auth.getName());
        });
    }
}
