package org.workbench.web.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;

/** Scenarios for the compare journeys, stored once per running app whichever journey asks first. */
public final class CompareFixtures {
    private CompareFixtures() {}

    /** The ids of the three samples, in the domain's order; stores those the app does not have yet. */
    static synchronized List<Long> samples(ScenarioService scenarios) {
        return asPlanner(() -> {
            var ids = new ArrayList<Long>();
            for (SampleScenario sample : SampleScenarios.illustrative()) {
                String name = sample.scenario().settings().name();
                ids.add(scenarios.list(ScenarioQuery.all(), Pageable.unpaged()).stream()
                        .filter(s -> s.name().equals(name))
                        .map(s -> s.id())
                        .findFirst()
                        .orElseGet(() -> scenarios
                                .create(sample.scenario(), "compare journey")
                                .id()));
            }
            return ids;
        });
    }

    /** {@code count} different generated scenarios of {@code incentives} incentives each, named "Large n". */
    static synchronized List<Long> large(ScenarioService scenarios, int count, int incentives) {
        return asPlanner(() -> {
            var ids = new ArrayList<Long>();
            for (int n = 1; n <= count; n++) {
                String name = "Large " + n;
                int seed = n;
                ids.add(scenarios.list(ScenarioQuery.all(), Pageable.unpaged()).stream()
                        .filter(s -> s.name().equals(name))
                        .map(s -> s.id())
                        .findFirst()
                        .orElseGet(() -> {
                            ScenarioDetail created = scenarios.create(generated(name, seed, incentives), null);
                            return created.id();
                        }));
            }
            return ids;
        });
    }

    public static Scenario generated(String name, int seed, int incentiveCount) {
        var random = new Random(seed);
        int baseYear = 2024;
        int horizon = 15 + seed % 6;
        var settings = new ScenarioSettings(
                name, "Testville", baseYear, horizon, 0.03 + seed * 0.002, 2.6, 0.5, 9_000, "CNY", null);
        var industries = new ArrayList<Industry>();
        for (int j = 0; j < 8; j++) {
            industries.add(new Industry(
                    "IND" + j,
                    "Industry " + j,
                    10_000 + 1_000 * j,
                    300_000 + 50_000 * j,
                    0.02,
                    100_000,
                    0.08,
                    1.5 + 0.1 * j,
                    0.1));
        }
        IncentiveType[] types = IncentiveType.values();
        var incentives = new ArrayList<Incentive>();
        for (int i = 0; i < incentiveCount; i++) {
            IncentiveType type = types[random.nextInt(types.length)];
            int start = baseYear + 1 + random.nextInt(horizon);
            boolean equity = type == IncentiveType.EQUITY;
            double amount = type == IncentiveType.TAX_REBATE ? 0.3 : 1e6 + random.nextInt(50) * 1e5;
            incentives.add(new Incentive(
                    "I" + i,
                    "Incentive " + i,
                    type,
                    "IND" + random.nextInt(industries.size()),
                    start,
                    1 + random.nextInt(5),
                    random.nextInt(500),
                    1 + random.nextInt(3),
                    0.05 + random.nextDouble() * 0.5,
                    amount,
                    type == IncentiveType.TALENT_SUBSIDY ? 20 : 0,
                    equity ? start + 1 + random.nextInt(8) : null,
                    equity ? 0.5 + random.nextDouble() * 2 : null));
        }
        return new Scenario(settings, industries, incentives);
    }

    static <T> T asPlanner(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "planner", null, List.of(new SimpleGrantedAuthority(Role.PLANNER.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
