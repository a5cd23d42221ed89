package org.workbench.web.account;

import java.util.Locale;
import java.util.Set;

/** What the UI may know of the signed-in user. */
public record UserProfile(String username, String displayName, Set<Role> roles, Locale locale) {
    public UserProfile {
        roles = Set.copyOf(roles);
    }
}
