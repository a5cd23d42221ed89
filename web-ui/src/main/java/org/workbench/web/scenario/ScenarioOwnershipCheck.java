package org.workbench.web.scenario;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.workbench.web.account.AccountOwnershipCheck;

/** A user who owns scenarios keeps the account (disabled, not deleted), so that owners stay known. */
@Component
@RequiredArgsConstructor
class ScenarioOwnershipCheck implements AccountOwnershipCheck {
    private final ScenarioRepository scenarios;

    @Override
    public boolean ownsSomething(long userId, String username) {
        return scenarios.existsByOwnerIgnoreCase(username);
    }
}
