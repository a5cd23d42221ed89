package org.workbench.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditEntry;
import org.workbench.web.audit.AuditFilter;
import org.workbench.web.audit.AuditLogService;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class AccountAdminServiceTest {

    /** Stands in for a feature that owns data per user: users named "owner..." own something. */
    @TestConfiguration
    static class OwnershipConfig {
        @Bean
        AccountOwnershipCheck ownersOwnSomething() {
            return (id, username) -> username.startsWith("owner");
        }
    }

    @Autowired
    AccountAdminService admin;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditLogService auditLog;

    @Autowired
    SessionRegistry sessionRegistry;

    @Test
    void an_admin_creates_a_user_with_a_one_time_password_that_must_be_changed_at_first_sign_in() {
        OneTimePassword otp = admin.create(form("new.planner", Role.PLANNER));

        UserAccount created = users.findByUsernameIgnoreCase("new.planner").orElseThrow();
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(otp.password(), created.getPasswordHash()))
                .isTrue();
        assertThat(created.getPasswordHash()).startsWith("{pbkdf2-sha256-600k}");
        assertThat(PasswordPolicy.check("new.planner", otp.password())).isEmpty();
        assertThat(otp.toString()).doesNotContain(otp.password());
        assertThat(latest(AuditAction.ACCOUNT_CREATED).target()).isEqualTo("user:new.planner");
        assertThat(latest(AuditAction.ACCOUNT_CREATED).details().values()).doesNotContain(otp.password());
    }

    @Test
    void usernames_are_unique_whatever_their_case() {
        admin.create(form("case.user", Role.VIEWER));
        assertThatThrownBy(() -> admin.create(form("Case.User", Role.VIEWER)))
                .isInstanceOf(AccountRuleException.class)
                .extracting(e -> ((AccountRuleException) e).messageKey())
                .isEqualTo("account.error.username-taken");
    }

    @Test
    void the_last_enabled_admin_can_never_be_disabled_demoted_or_deleted_not_even_by_themselves() {
        long adminId = id("admin");
        assertThat(enabledAdmins()).containsExactly("admin");

        assertLastAdminRefused(() -> admin.disable(adminId));
        assertLastAdminRefused(() -> admin.update(adminId, form("admin", Role.PLANNER)));
        assertLastAdminRefused(() -> admin.delete(adminId));

        UserAccount still = users.findById(adminId).orElseThrow();
        assertThat(still.isEnabled()).isTrue();
        assertThat(still.getRoles()).contains(Role.ADMIN);
    }

    @Test
    void with_a_second_enabled_admin_the_first_may_be_demoted_and_a_disabled_admin_does_not_count() {
        admin.create(form("second.admin", Role.ADMIN));
        long second = id("second.admin");
        admin.disable(second);
        // A disabled admin is no admin for the guard.
        assertLastAdminRefused(() -> admin.disable(id("admin")));

        admin.enable(second);
        admin.update(second, form("second.admin", Role.PLANNER));
        assertThat(users.findById(second).orElseThrow().getRoles()).containsExactly(Role.PLANNER);
        assertThat(latest(AuditAction.ACCOUNT_CHANGED).details()).containsEntry("roles", "ADMIN → PLANNER");
        admin.delete(second);
    }

    @Test
    void a_user_who_owns_something_is_disabled_instead_of_deleted_and_one_who_owns_nothing_is_deleted() {
        admin.create(form("owner.of.scenarios", Role.PLANNER));
        admin.create(form("owns.nothing", Role.PLANNER));

        assertThat(admin.delete(id("owner.of.scenarios"))).isEqualTo(DeleteOutcome.DISABLED_INSTEAD);
        assertThat(users.findByUsernameIgnoreCase("owner.of.scenarios")
                        .orElseThrow()
                        .isEnabled())
                .isFalse();

        assertThat(admin.delete(id("owns.nothing"))).isEqualTo(DeleteOutcome.DELETED);
        assertThat(users.findByUsernameIgnoreCase("owns.nothing")).isEmpty();
        assertThat(latest(AuditAction.ACCOUNT_DELETED).target()).isEqualTo("user:owns.nothing");
    }

    @Test
    void every_account_change_is_audited_by_whom_with_old_and_new_values() {
        admin.create(form("audited.user", Role.VIEWER));
        long id = id("audited.user");
        admin.update(
                id,
                new UserDetailsForm(
                        "audited.user", "Audited Person", "a@example.org", Set.of(Role.STAFF), Locale.CHINA));

        AuditEntry change = latest(AuditAction.ACCOUNT_CHANGED);
        assertThat(change.actor()).isEqualTo("admin");
        assertThat(change.target()).isEqualTo("user:audited.user");
        assertThat(change.details())
                .containsEntry("displayName", "Name of audited.user → Audited Person")
                .containsEntry("email", "null → a@example.org")
                .containsEntry("roles", "VIEWER → STAFF")
                .containsEntry("locale", "en → zh-CN");

        admin.disable(id);
        assertThat(latest(AuditAction.ACCOUNT_DISABLED).details()).containsEntry("enabled", "true → false");
        admin.enable(id);
        assertThat(latest(AuditAction.ACCOUNT_ENABLED).target()).isEqualTo("user:audited.user");
        admin.resetPassword(id);
        assertThat(latest(AuditAction.PASSWORD_RESET).target()).isEqualTo("user:audited.user");
    }

    @Test
    void disabling_a_user_or_changing_roles_or_resetting_the_password_ends_their_open_sessions_at_once() {
        admin.create(form("session.user", Role.PLANNER));
        admin.create(form("bystander", Role.PLANNER));
        long id = id("session.user");

        signIn("session.user", "s-1");
        signIn("bystander", "b-1");
        admin.update(id, form("session.user", Role.VIEWER));
        assertThat(expired("s-1")).isTrue();
        assertThat(expired("b-1")).isFalse();

        signIn("session.user", "s-2");
        admin.resetPassword(id);
        assertThat(expired("s-2")).isTrue();

        signIn("session.user", "s-3");
        assertThat(admin.sessions(id)).hasSize(1);
        admin.disable(id);
        assertThat(expired("s-3")).isTrue();
        assertThat(admin.sessions(id)).isEmpty();
        assertThat(expired("b-1")).isFalse();
    }

    @Test
    void an_admin_sees_a_users_sessions_by_handle_not_by_id_and_ends_one() {
        admin.create(form("two.sessions", Role.STAFF));
        long id = id("two.sessions");
        signIn("two.sessions", "secret-session-id-1");
        signIn("two.sessions", "secret-session-id-2");

        var sessions = admin.sessions(id);
        assertThat(sessions).hasSize(2);
        assertThat(sessions).allSatisfy(s -> assertThat(s.handle()).doesNotContain("secret"));

        assertThat(admin.endSession(id, sessions.getFirst().handle())).isTrue();
        assertThat(admin.sessions(id)).hasSize(1);
        assertThat(latest(AuditAction.SESSION_ENDED).target()).isEqualTo("user:two.sessions");
    }

    @Test
    void the_search_finds_users_by_part_of_username_display_name_or_email() {
        admin.create(
                new UserDetailsForm("searchable", "Zhang Wei", "zw@city.example", Set.of(Role.STAFF), Locale.CHINA));
        assertThat(admin.find("zhang")).extracting(UserSummary::username).containsExactly("searchable");
        assertThat(admin.find("CITY.EXAMPLE")).extracting(UserSummary::username).containsExactly("searchable");
        assertThat(admin.find("")).extracting(UserSummary::username).contains("admin", "planner", "searchable");
    }

    private void signIn(String username, String sessionId) {
        sessionRegistry.registerNewSession(
                sessionId,
                User.withUsername(username).password("x").roles("PLANNER").build());
    }

    private boolean expired(String sessionId) {
        return sessionRegistry.getSessionInformation(sessionId).isExpired();
    }

    private static void assertLastAdminRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        assertThatThrownBy(change)
                .isInstanceOf(AccountRuleException.class)
                .extracting(e -> ((AccountRuleException) e).messageKey())
                .isEqualTo("account.error.last-admin");
    }

    private List<String> enabledAdmins() {
        return users.findAll().stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(Role.ADMIN))
                .map(UserAccount::getUsername)
                .toList();
    }

    private long id(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow().getId();
    }

    private AuditEntry latest(AuditAction action) {
        return auditLog.find(new AuditFilter(null, Set.of(action), null, null), 0, 1)
                .getFirst();
    }

    private static UserDetailsForm form(String username, Role role) {
        return new UserDetailsForm(username, "Name of " + username, null, EnumSet.of(role), Locale.ENGLISH);
    }
}
