package org.workbench.web.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.base.Roles;
import org.workbench.web.base.i18n.SupportedLocales;
import org.workbench.web.security.ActiveSession;
import org.workbench.web.security.LoginThrottle;
import org.workbench.web.security.UserSessions;

/**
 * What admins do with accounts. Every change is audited with its old and new values. The last enabled admin can
 * never be disabled, demoted or deleted, whoever asks. Disabling a user, changing their roles or resetting their
 * password ends their open sessions at once.
 */
@Service
@PreAuthorize(Roles.ADMINS)
@RequiredArgsConstructor
public class AccountAdminService {
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final UserSessions sessions;
    private final AuditTrail auditTrail;
    private final List<AccountOwnershipCheck> ownershipChecks;
    private final Clock clock;

    /** Users whose username, display name or email contains {@code query} (all for a blank one). */
    @Transactional(readOnly = true)
    public List<UserSummary> find(String query) {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return users.findAllByOrderByUsernameAsc().stream()
                .filter(user -> needle.isEmpty()
                        || contains(user.getUsername(), needle)
                        || contains(user.getDisplayName(), needle)
                        || contains(user.getEmail(), needle))
                .map(this::summary)
                .toList();
    }

    /** Creates a user with a one-time password that must be changed at the first sign-in. */
    @Transactional
    public OneTimePassword create(UserDetailsForm form) {
        form.validate(true);
        if (users.findByUsernameIgnoreCase(form.username()).isPresent()) {
            throw new AccountRuleException("account.error.username-taken", form.username());
        }
        String password = PasswordGenerator.generate();
        var account = new UserAccount();
        account.setUsername(form.username());
        account.setDisplayName(form.displayName());
        account.setEmail(form.email());
        account.setRoles(EnumSet.copyOf(form.roles()));
        account.setLocale(SupportedLocales.resolve(form.locale()).toLanguageTag());
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(true);
        Instant now = Instant.now(clock);
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        users.save(account);
        auditTrail.record(AuditAction.ACCOUNT_CREATED, target(account), describe(account));
        return new OneTimePassword(account.getUsername(), password);
    }

    /** Changes display name, email, roles and language; a change of roles ends the user's sessions. */
    @Transactional
    public void update(long id, UserDetailsForm form) {
        form.validate(false);
        List<UserAccount> enabled = users.lockEnabledAccounts();
        UserAccount account = get(id);
        if (account.isEnabled()
                && account.getRoles().contains(Role.ADMIN)
                && !form.roles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(enabled, account);
        }
        Map<String, String> changes = new LinkedHashMap<>();
        String locale = SupportedLocales.resolve(form.locale()).toLanguageTag();
        change(changes, "displayName", account.getDisplayName(), form.displayName());
        change(changes, "email", account.getEmail(), form.email());
        change(changes, "roles", roles(account.getRoles()), roles(form.roles()));
        change(changes, "locale", account.getLocale(), locale);
        if (changes.isEmpty()) {
            return;
        }
        boolean rolesChanged = !account.getRoles().equals(form.roles());
        account.setDisplayName(form.displayName());
        account.setEmail(form.email());
        account.setRoles(EnumSet.copyOf(form.roles()));
        account.setLocale(locale);
        account.setUpdatedAt(Instant.now(clock));
        auditTrail.record(AuditAction.ACCOUNT_CHANGED, target(account), changes);
        if (rolesChanged) {
            endSessionsAfterCommit(account.getUsername());
        }
    }

    @Transactional
    public void disable(long id) {
        List<UserAccount> enabled = users.lockEnabledAccounts();
        UserAccount account = get(id);
        if (!account.isEnabled()) {
            return;
        }
        if (account.getRoles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(enabled, account);
        }
        account.setEnabled(false);
        account.setUpdatedAt(Instant.now(clock));
        auditTrail.record(AuditAction.ACCOUNT_DISABLED, target(account), Map.of("enabled", "true → false"));
        endSessionsAfterCommit(account.getUsername());
    }

    @Transactional
    public void enable(long id) {
        UserAccount account = get(id);
        if (account.isEnabled()) {
            return;
        }
        account.setEnabled(true);
        account.setUpdatedAt(Instant.now(clock));
        auditTrail.record(AuditAction.ACCOUNT_ENABLED, target(account), Map.of("enabled", "false → true"));
    }

    /** Lifts a sign-in lock before it would lift by itself. */
    @Transactional
    public void unlock(long id) {
        UserAccount account = get(id);
        throttle.unlock(account.getUsername());
        auditTrail.record(AuditAction.ACCOUNT_UNLOCKED, target(account), Map.of());
    }

    /** Replaces the password with a one-time one (shown once), ends the user's sessions. */
    @Transactional
    public OneTimePassword resetPassword(long id) {
        UserAccount account = get(id);
        String password = PasswordGenerator.generate();
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(true);
        account.setUpdatedAt(Instant.now(clock));
        auditTrail.record(AuditAction.PASSWORD_RESET, target(account), Map.of("mustChangePassword", "true"));
        endSessionsAfterCommit(account.getUsername());
        return new OneTimePassword(account.getUsername(), password);
    }

    /** Deletes a user who owns nothing; one who still owns data is disabled instead. */
    @Transactional
    public DeleteOutcome delete(long id) {
        List<UserAccount> enabled = users.lockEnabledAccounts();
        UserAccount account = get(id);
        if (account.isEnabled() && account.getRoles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(enabled, account);
        }
        boolean owns = ownershipChecks.stream()
                .anyMatch(check -> check.ownsSomething(Objects.requireNonNull(account.getId()), account.getUsername()));
        if (owns) {
            if (account.isEnabled()) {
                account.setEnabled(false);
                account.setUpdatedAt(Instant.now(clock));
                auditTrail.record(
                        AuditAction.ACCOUNT_DISABLED,
                        target(account),
                        Map.of("enabled", "true → false", "reason", "owns-data"));
            }
            endSessionsAfterCommit(account.getUsername());
            return DeleteOutcome.DISABLED_INSTEAD;
        }
        Map<String, String> was = describe(account);
        users.delete(account);
        throttle.unlock(account.getUsername());
        auditTrail.record(AuditAction.ACCOUNT_DELETED, target(account), was);
        endSessionsAfterCommit(account.getUsername());
        return DeleteOutcome.DELETED;
    }

    @Transactional(readOnly = true)
    public List<ActiveSession> sessions(long id) {
        return sessions.sessionsOf(get(id).getUsername());
    }

    @Transactional(readOnly = true)
    public boolean endSession(long id, String handle) {
        return sessions.end(get(id).getUsername(), handle);
    }

    /** After the change is committed, so that a signed-out user cannot sign in again before it takes effect. */
    private void endSessionsAfterCommit(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sessions.endAll(username);
                }
            });
        } else {
            sessions.endAll(username);
        }
    }

    private static void requireAnotherEnabledAdmin(List<UserAccount> enabled, UserAccount account) {
        boolean another = enabled.stream()
                .anyMatch(other -> !Objects.equals(other.getId(), account.getId())
                        && other.getRoles().contains(Role.ADMIN));
        if (!another) {
            throw new AccountRuleException("account.error.last-admin");
        }
    }

    private UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new AccountRuleException("account.error.not-found"));
    }

    private UserSummary summary(UserAccount account) {
        return new UserSummary(
                Objects.requireNonNull(account.getId()),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getRoles(),
                SupportedLocales.resolve(Locale.forLanguageTag(account.getLocale())),
                account.isEnabled(),
                account.isMustChangePassword(),
                throttle.lockedUntil(account.getUsername()).orElse(null));
    }

    private static Map<String, String> describe(UserAccount account) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("displayName", account.getDisplayName());
        details.put("email", String.valueOf(account.getEmail()));
        details.put("roles", roles(account.getRoles()));
        details.put("locale", account.getLocale());
        return details;
    }

    private static void change(Map<String, String> changes, String name, @Nullable String was, @Nullable String is) {
        if (!Objects.equals(was, is)) {
            changes.put(name, was + " → " + is);
        }
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static String target(UserAccount account) {
        return "user:" + account.getUsername();
    }

    private static boolean contains(@Nullable String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
