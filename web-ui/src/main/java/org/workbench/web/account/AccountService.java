package org.workbench.web.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workbench.web.base.i18n.SupportedLocales;

/** The signed-in user's own account. */
@Service
@RequiredArgsConstructor
public class AccountService {
    private final UserAccountRepository users;
    private final Clock clock;

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserProfile> currentProfile() {
        return currentUsername().flatMap(users::findByUsernameIgnoreCase).map(AccountService::toProfile);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnLanguage(Locale locale) {
        String tag = SupportedLocales.resolve(locale).toLanguageTag();
        currentUsername().flatMap(users::findByUsernameIgnoreCase).ifPresent(account -> {
            account.setLocale(tag);
            account.setUpdatedAt(Instant.now(clock));
        });
    }

    private static Optional<String> currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? Optional.empty() : Optional.of(auth.getName());
    }

    private static UserProfile toProfile(UserAccount account) {
        return new UserProfile(
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                SupportedLocales.resolve(Locale.forLanguageTag(account.getLocale())));
    }
}
