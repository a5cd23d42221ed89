package org.workbench.web.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.workbench.web.account.AccountService;

/**
 * After a sign-in with a one-time password, every navigation leads to the account page until the user has chosen
 * their own password. Once the flag is seen cleared it is not asked again in this session (an admin's reset ends the
 * session anyway).
 */
@Component
@RequiredArgsConstructor
class MustChangePasswordGuard implements VaadinServiceInitListener {
    private static final String CLEARED = MustChangePasswordGuard.class.getName() + ".cleared";

    private final AccountService accountService;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == AccountView.class || event.isErrorEvent()) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        if (auth.getName().equals(session.getAttribute(CLEARED))) {
            return;
        }
        if (accountService.mustChangePassword()) {
            event.forwardTo(AccountView.class);
        } else {
            session.setAttribute(CLEARED, auth.getName());
        }
    }

    static void forget(VaadinSession session) {
        session.setAttribute(CLEARED, null);
    }
}
