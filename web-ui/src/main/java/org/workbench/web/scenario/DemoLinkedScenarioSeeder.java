package org.workbench.web.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.workbench.domain.Industry;
import org.workbench.domain.MultiplierType;
import org.workbench.domain.Scenario;
import org.workbench.domain.SectorLink;
import org.workbench.domain.multiplier.SampleTables;
import org.workbench.web.account.Role;
import org.workbench.web.base.seed.StartupSeed;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.multiplier.SetSummary;

/**
 * Demo mode: the Hefei-style sample once more, its industries' multipliers taken from the illustrative regional
 * table (Type II) instead of typed, so that the demo shows a linked scenario. Runs after the table is seeded, once.
 */
@Component
@Order(30)
@RequiredArgsConstructor
@Slf4j
class DemoLinkedScenarioSeeder implements StartupSeed {
    static final String NAME = "Hefei-style bet, multipliers from the regional table (illustrative)";

    /** Which sector of the illustrative table each industry of the sample belongs to. */
    static final Map<String, String> SECTORS = Map.of("NEV", "C34", "DISPLAY", "C39");

    private final ScenarioService service;
    private final ScenarioRepository scenarios;
    private final MultiplierService multipliers;

    @Value("${workbench.demo.enabled:false}")
    private boolean demoEnabled;

    @Override
    public void seed() {
        if (!demoEnabled) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asPlanner = SecurityContextHolder.createEmptyContext();
        asPlanner.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                DemoScenarioSeeder.OWNER, null, List.of(new SimpleGrantedAuthority(Role.PLANNER.authority()))));
        SecurityContextHolder.setContext(asPlanner);
        try {
            if (scenarios.existsByName(NAME)) {
                return;
            }
            String table = SampleTables.illustrativeRegional().label().name();
            Optional<SetSummary> set = multipliers.list().stream()
                    .filter(s -> s.name().equals(table))
                    .findFirst();
            if (set.isEmpty()) {
                return;
            }
            Scenario sample =
                    org.workbench.domain.SampleScenarios.all().getFirst().scenario();
            List<Industry> linked = new ArrayList<>();
            for (Industry industry : sample.industries()) {
                String sector = SECTORS.get(industry.code());
                SectorLink link = sector == null
                        ? null
                        : multipliers
                                .link(set.get().id(), sector, MultiplierType.TYPE_II)
                                .orElse(null);
                linked.add(industry.withSectorLink(link));
            }
            Scenario scenario = new Scenario(sample.settings(), linked, sample.incentives()).withName(NAME);
            service.create(scenario, "sample:linked-regional-table");
            log.info("Demo mode: added the sample scenario linked to multiplier set '{}'", table);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
