package org.workbench.web.scenario;

import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a user in on the current thread, for tests that act as several people. */
public final class ScenarioServiceTestAccess {
    private ScenarioServiceTestAccess() {}

    public static void signIn(String username, String... roles) {
        var authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
        SecurityContextHolder.setContext(context);
    }
}
