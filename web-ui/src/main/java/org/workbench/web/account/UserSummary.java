package org.workbench.web.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as the admin's list shows it; {@code lockedUntil} is set while sign-in is refused after failures. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        Locale locale,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lockedUntil) {
    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
