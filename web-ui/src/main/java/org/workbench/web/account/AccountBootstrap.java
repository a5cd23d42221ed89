package org.workbench.web.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workbench.web.base.seed.StartupSeed;

/**
 * Makes sure somebody can sign in on a fresh database: an admin, and in demo mode one account per working role.
 */
@Component
@Order(0)
@RequiredArgsConstructor
@Slf4j
class AccountBootstrap implements StartupSeed {
    static final String ADMIN_USERNAME = "admin";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final WorkbenchAccountProperties properties;
    private final DemoAccounts demoAccounts;
    private final Clock clock;

    @Override
    @Transactional
    public void seed() {
        if (users.count() == 0) {
            createAdmin();
        }
        if (properties.demo().enabled()) {
            createDemoAccounts();
        }
    }

    private void createAdmin() {
        String configured = properties.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? PasswordGenerator.generate() : configured;
        save(ADMIN_USERNAME, "Administrator", password, Role.ADMIN);
        if (generated) {
            log.warn("""

                    ==================================================================
                     First start: created user 'admin' with the generated password
                         {}
                     It is shown only this once. Set WORKBENCH_ADMIN_PASSWORD to choose it.
                    ==================================================================""", password);
        } else {
            log.info("First start: created user 'admin' with the password from WORKBENCH_ADMIN_PASSWORD");
        }
    }

    private void createDemoAccounts() {
        String configured = properties.demo().password();
        for (Role role : new Role[] {Role.PLANNER, Role.STAFF, Role.VIEWER, Role.REVIEWER}) {
            String username = role.name().toLowerCase(java.util.Locale.ROOT);
            String password = configured == null || configured.isBlank() ? PasswordGenerator.generate() : configured;
            @Nullable
            UserAccount existing = users.findByUsernameIgnoreCase(username).orElse(null);
            if (existing == null) {
                save(username, "Demo " + username, password, role);
            } else {
                // Demo passwords may be random: reset them each start so the login page can show them.
                existing.setPasswordHash(passwordEncoder.encode(password));
                existing.setUpdatedAt(Instant.now(clock));
            }
            demoAccounts.remember(new DemoAccounts.Credentials(username, password, role));
            log.warn("Demo mode: sign in as '{}' with password '{}' ({})", username, password, role);
        }
    }

    private void save(String username, String displayName, String password, Role role) {
        var account = new UserAccount();
        account.setUsername(username);
        account.setDisplayName(displayName);
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setRoles(EnumSet.of(role));
        Instant now = Instant.now(clock);
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        users.save(account);
    }
}
