package org.workbench.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.Role;
import org.workbench.web.account.UserDetailsForm;
import org.workbench.web.account.UserSummary;

/** Users for tests that act as several people on one thread, and accounts made as an admin makes them. */
public final class TestUsers {
    private TestUsers() {}

    /** Signs {@code username} in on the current thread with a fresh security context. */
    public static void signIn(String username, Role... roles) {
        var authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
        SecurityContextHolder.setContext(context);
    }

    /** Creates an account through the admins' service; the admin stays signed in afterwards. */
    public static long createAccount(AccountAdminService admin, String username, Role role) {
        signIn("admin", Role.ADMIN);
        admin.create(new UserDetailsForm(username, "Name of " + username, null, EnumSet.of(role), Locale.ENGLISH));
        return account(admin, username).id();
    }

    /** The account as the admins' list shows it; needs an admin signed in. */
    public static UserSummary account(AccountAdminService admin, String username) {
        return admin.find(username).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }
}
