package org.workbench.web.scenario;

import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.web.account.Role;
import org.workbench.web.base.seed.StartupSeed;

/**
 * Demo mode: on a first start without scenarios, the domain's samples appear in the list, owned by the demo planner.
 * Runs after the account bootstrap, which creates that planner.
 */
@Component
@Order(10)
@RequiredArgsConstructor
@Slf4j
class DemoScenarioSeeder implements StartupSeed {
    static final String OWNER = "planner";

    private final ScenarioService service;
    private final ScenarioRepository scenarios;

    @Value("${workbench.demo.enabled:false}")
    private boolean demoEnabled;

    @Override
    public void seed() {
        if (!demoEnabled || scenarios.count() > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asPlanner = SecurityContextHolder.createEmptyContext();
        // The service checks who acts and records it as author: act as the planner who will own the samples.
        asPlanner.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                OWNER, null, List.of(new SimpleGrantedAuthority(Role.PLANNER.authority()))));
        SecurityContextHolder.setContext(asPlanner);
        try {
            for (SampleScenario sample : SampleScenarios.all()) {
                service.create(sample.scenario(), "sample:" + sample.id());
            }
            log.info(
                    "Demo mode: added {} sample scenarios owned by '{}'",
                    SampleScenarios.all().size(),
                    OWNER);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
