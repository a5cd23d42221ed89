package org.workbench.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.web.TestUsers.account;
import static org.workbench.web.TestUsers.createAccount;
import static org.workbench.web.TestUsers.signIn;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.DeleteOutcome;
import org.workbench.web.account.Role;

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
        long id = createAccount(admin, owner, Role.PLANNER);
        signIn(owner, Role.PLANNER);
        ScenarioDetail owned = scenarios.create(TestScenarios.evCity(unique("Owned")), null);

        signIn("admin", Role.ADMIN);
        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DISABLED_INSTEAD);

        assertThat(account(admin, owner).enabled()).isFalse();
        assertThat(scenarios.get(owned.id()).owner()).isEqualTo(owner);
    }

    @Test
    void ownership_is_recognised_whatever_the_case_of_the_username() {
        String owner = unique("Case.Owner");
        long id = createAccount(admin, owner, Role.STAFF);
        // Sign-in matches usernames whatever their case, so a scenario may carry another spelling.
        signIn(owner.toLowerCase(Locale.ROOT), Role.STAFF);
        scenarios.create(TestScenarios.evCity(unique("Lower")), null);

        signIn("admin", Role.ADMIN);
        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DISABLED_INSTEAD);
    }

    @Test
    void a_user_who_owns_no_scenario_is_deleted() {
        String nobody = unique("no-scenarios");
        long id = createAccount(admin, nobody, Role.PLANNER);

        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DELETED);

        assertThat(admin.find(nobody)).isEmpty();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
