package org.workbench.web.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Applies the language a user chose earlier as soon as they are signed in, once per user and session: the one picked
 * on the login page of this session if any, else the one saved with the account.
 */
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
            // A language picked on the login page is what the user asked for just now: it beats the saved one.
            Locale chosen = session.getAttribute(LanguageSwitch.CHOSEN_BEFORE_SIGN_IN) instanceof Locale l ? l : null;
            Optional<Locale> wanted =
                    chosen != null ? Optional.of(chosen) : currentUser.shown().map(CurrentUser.Shown::locale);
            wanted.ifPresent(locale -> {
                session.setLocale(locale);
                uiEvent.getUI().setLocale(locale);
            });
            session.setAttribute(APPLIED_FOR, auth.getName());
        });
    }
}
