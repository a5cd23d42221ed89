package org.workbench.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.DeleteOutcome;
import org.workbench.web.account.Role;
import org.workbench.web.account.UserDetailsForm;
import org.workbench.web.account.UserSummary;

// No mock beans: this shares the plain test context with the other service and view tests.
@SpringBootTest
@ActiveProfiles("test")
class ScenarioOwnershipTest {

    @Autowired
    AccountAdminService admin;

    @Autowired
    ScenarioService scenarios;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_who_owns_a_scenario_is_disabled_not_deleted_and_the_scenario_keeps_its_owner() {
        String owner = unique("owner");
        long id = createUser(owner, Role.PLANNER);
        signIn(owner, Role.PLANNER);
        ScenarioDetail owned = scenarios.create(TestScenarios.evCity(unique("Owned")), null);

        signIn("admin", Role.ADMIN);
        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DISABLED_INSTEAD);

        assertThat(user(owner).enabled()).isFalse();
        assertThat(scenarios.get(owned.id()).owner()).isEqualTo(owner);
    }

    @Test
    void ownership_is_recognised_whatever_the_case_of_the_username() {
        String owner = unique("Case.Owner");
        long id = createUser(owner, Role.STAFF);
        // Sign-in matches usernames whatever their case, so a scenario may carry another spelling.
        signIn(owner.toLowerCase(Locale.ROOT), Role.STAFF);
        scenarios.create(TestScenarios.evCity(unique("Lower")), null);

        signIn("admin", Role.ADMIN);
        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DISABLED_INSTEAD);
    }

    @Test
    void a_user_who_owns_no_scenario_is_deleted() {
        String nobody = unique("no-scenarios");
        long id = createUser(nobody, Role.PLANNER);

        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DELETED);

        assertThat(admin.find(nobody)).isEmpty();
    }

    private long createUser(String username, Role role) {
        signIn("admin", Role.ADMIN);
        admin.create(new UserDetailsForm(username, "Name of " + username, null, EnumSet.of(role), Locale.ENGLISH));
        return user(username).id();
    }

    private UserSummary user(String username) {
        return admin.find(username).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static void signIn(String username, Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
