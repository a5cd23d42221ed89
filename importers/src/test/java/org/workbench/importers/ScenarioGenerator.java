package org.workbench.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.importers.batch.SampleWorkbooks;

/** Random valid scenarios (seeded, so a failure can be replayed), including awkward text. */
final class ScenarioGenerator {
    // text is trimmed on import (hand-typed cells often carry stray spaces), so none starts or ends with blanks
    private static final String[] AWKWARD = {
        "=HYPERLINK(\"http://x\")",
        "+1 cmd",
        "-2+3",
        "@SUM(A1)",
        "合肥新能源",
        "Ｆｕｌｌ width",
        "a, \"quoted\" name",
        "Tab\tinside",
        "plain"
    };

    private final Random random;

    ScenarioGenerator(long seed) {
        this.random = new Random(seed);
    }

    Scenario scenario(int industryCount, int incentiveCount) {
        int baseYear = 1950 + random.nextInt(140);
        int horizon = 1 + random.nextInt(50);
        ScenarioSettings settings = new ScenarioSettings(
                pick() + " " + random.nextInt(1000),
                random.nextBoolean() ? null : "City " + pick(),
                baseYear,
                horizon,
                share(),
                0.5 + random.nextDouble() * 4,
                share(),
                Math.round(random.nextDouble() * 50_000 * 100) / 100.0,
                random.nextBoolean() ? "CNY" : "USD",
                random.nextBoolean() ? null : "Line one\nline two " + pick());
        List<Industry> industries = new ArrayList<>();
        for (int i = 0; i < industryCount; i++) {
            industries.add(new Industry(
                    "I" + i,
                    pick() + " industry " + i,
                    random.nextInt(100_000),
                    1 + random.nextDouble() * 2e6,
                    -0.5 + random.nextDouble() * 1.5,
                    random.nextDouble() * 300_000,
                    share(),
                    1 + random.nextDouble() * 3,
                    random.nextDouble() * 0.99));
        }
        List<Incentive> incentives = new ArrayList<>();
        IncentiveType[] types = IncentiveType.values();
        for (int i = 0; i < incentiveCount; i++) {
            IncentiveType type = types[random.nextInt(types.length)];
            int start = baseYear + 1 + random.nextInt(horizon);
            boolean equity = type == IncentiveType.EQUITY;
            incentives.add(new Incentive(
                    i % 7 == 3 ? "=X" + i : "P" + i,
                    pick() + " " + i,
                    type,
                    "I" + random.nextInt(industryCount),
                    start,
                    1 + random.nextInt(10),
                    random.nextInt(20_000) + random.nextDouble(),
                    1 + random.nextInt(5),
                    share(),
                    type == IncentiveType.TAX_REBATE ? share() : random.nextDouble() * 1e10,
                    type == IncentiveType.TALENT_SUBSIDY ? random.nextInt(500) : 0,
                    equity ? start + 1 + random.nextInt(60) : null,
                    equity ? random.nextDouble() * 6 : null));
        }
        return new Scenario(settings, industries, incentives);
    }

    /** A version 2 scenario: the scenario of {@link #scenario} with risk inputs, ranges and actuals. */
    Scenario riskyScenario(int industryCount, int incentiveCount) {
        return SampleWorkbooks.risky(scenario(industryCount, incentiveCount), random);
    }

    private double share() {
        return random.nextDouble();
    }

    private String pick() {
        return AWKWARD[random.nextInt(AWKWARD.length)];
    }
}
