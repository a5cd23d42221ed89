package org.workbench.web.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.base.i18n.SupportedLocales;
import org.workbench.web.security.UserSessions;

/** The signed-in user's own account. */
@Service
@PreAuthorize("isAuthenticated()")
@RequiredArgsConstructor
public class AccountService {
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final AuditTrail auditTrail;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Optional<UserProfile> currentProfile() {
        return currentUsername().flatMap(users::findByUsernameIgnoreCase).map(AccountService::toProfile);
    }

    @Transactional
    public void changeOwnLanguage(Locale locale) {
        String tag = SupportedLocales.resolve(locale).toLanguageTag();
        currentUsername().flatMap(users::findByUsernameIgnoreCase).ifPresent(account -> {
            if (!tag.equals(account.getLocale())) {
                auditTrail.record(
                        AuditAction.ACCOUNT_CHANGED,
                        "user:" + account.getUsername(),
                        Map.of("locale", account.getLocale() + " → " + tag));
            }
            account.setLocale(tag);
            account.setUpdatedAt(Instant.now(clock));
        });
    }

    /** True while the user signed in with a one-time password and has not chosen their own yet. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUsername()
                .flatMap(users::findByUsernameIgnoreCase)
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    /**
     * Replaces the user's password after checking the current one and the password rules; the user's other sessions
     * end, the one in use goes on.
     *
     * @throws AccountRuleException if the current password is wrong
     * @throws PasswordRejectedException if the new one breaks a rule
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = currentUsername()
                .flatMap(users::findByUsernameIgnoreCase)
                .orElseThrow(() -> new AccountRuleException("account.error.not-found"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            auditTrail.record(
                    AuditAction.PASSWORD_CHANGED,
                    "user:" + account.getUsername(),
                    Map.of("result", "refused: current password wrong"));
            throw new AccountRuleException("account.error.current-password-wrong");
        }
        List<PasswordProblem> problems = new ArrayList<>(PasswordPolicy.check(account.getUsername(), newPassword));
        if (newPassword.equals(currentPassword)) {
            problems.add(PasswordProblem.SAME_AS_CURRENT);
        }
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        boolean wasOneTime = account.isMustChangePassword();
        account.setMustChangePassword(false);
        account.setUpdatedAt(Instant.now(clock));
        auditTrail.record(
                AuditAction.PASSWORD_CHANGED,
                "user:" + account.getUsername(),
                Map.of("afterOneTimeCode", String.valueOf(wasOneTime)));
        String keep = currentSessionId();
        Runnable endOthers = () -> sessions.endOtherSessionsOfCurrentUser(keep);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endOthers.run();
                }
            });
        } else {
            endOthers.run();
        }
    }

    private static String currentSessionId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? "" : attributes.getSessionId();
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
