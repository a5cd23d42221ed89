package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random but valid scenarios of plausible size and magnitude, including the edges of each range. */
final class ScenarioGenerator {
    private ScenarioGenerator() {}

    static Scenario random(Random random) {
        int baseYear = 1990 + random.nextInt(50);
        int horizon = random.nextInt(8) == 0 ? 1 : 1 + random.nextInt(50);
        double rate = random.nextInt(6) == 0 ? 0 : random.nextDouble() * 0.15;
        var settings = new ScenarioSettings(
                "Generated",
                null,
                baseYear,
                horizon,
                rate,
                1 + 3 * random.nextDouble(),
                random.nextDouble(),
                random.nextDouble() * 20_000,
                "CNY",
                null);
        int industryCount = 1 + random.nextInt(8);
        List<Industry> industries = new ArrayList<>();
        for (int j = 0; j < industryCount; j++) {
            industries.add(new Industry(
                    "IND" + j,
                    "Industry " + j,
                    random.nextInt(4) == 0 ? 0 : random.nextDouble() * 100_000,
                    50_000 + random.nextDouble() * 2e6,
                    random.nextInt(10) == 0 ? -0.5 + random.nextDouble() * 1.5 : -0.05 + random.nextDouble() * 0.15,
                    random.nextDouble() * 300_000,
                    random.nextDouble() * 0.3,
                    1 + random.nextDouble() * 2,
                    random.nextDouble() * 0.9));
        }
        int incentiveCount = random.nextInt(31);
        List<Incentive> incentives = new ArrayList<>();
        IncentiveType[] types = IncentiveType.values();
        for (int i = 0; i < incentiveCount; i++) {
            IncentiveType type = types[random.nextInt(types.length)];
            int start = baseYear + 1 + random.nextInt(horizon);
            boolean equity = type == IncentiveType.EQUITY;
            incentives.add(new Incentive(
                    "INC" + i,
                    "Incentive " + i,
                    type,
                    "IND" + random.nextInt(industryCount),
                    start,
                    1 + random.nextInt(20),
                    random.nextInt(5) == 0 ? 0 : random.nextDouble() * 5000,
                    1 + random.nextInt(5),
                    random.nextDouble(),
                    type == IncentiveType.TAX_REBATE ? random.nextDouble() : random.nextDouble() * 1e8,
                    type == IncentiveType.TALENT_SUBSIDY ? random.nextInt(500) : 0,
                    equity ? start + 1 + random.nextInt(15) : null,
                    equity ? random.nextDouble() * 10 : null));
        }
        return new Scenario(settings, industries, incentives);
    }
}
