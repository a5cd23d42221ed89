package org.workbench.web.account.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.workbench.web.account.AccountService;
import org.workbench.web.account.Role;
import org.workbench.web.base.ui.CurrentUser;

/** The shell's view of the signed-in user, read from their account. */
@Component
@RequiredArgsConstructor
class AccountCurrentUser implements CurrentUser {
    private final AccountService accounts;

    @Override
    public Optional<Shown> shown() {
        return accounts.currentProfile()
                .map(profile -> new Shown(
                        profile.displayName(),
                        profile.roles().stream().map(Role::name).collect(Collectors.toSet()),
                        profile.locale()));
    }

    @Override
    public void rememberLanguage(Locale locale) {
        accounts.changeOwnLanguage(locale);
    }
}
