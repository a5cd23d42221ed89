package org.workbench.domain.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;

/** Seeded, valid scenarios of a chosen size: every type of incentive, start years spread over the horizon. */
final class BenchScenarios {
    private BenchScenarios() {}

    static Scenario of(long seed, int industryCount, int incentiveCount, int horizon) {
        Random random = new Random(seed);
        int baseYear = 2024;
        var settings = new ScenarioSettings("Benchmark", null, baseYear, horizon, 0.04, 2.6, 0.5, 10_000, "CNY", null);
        List<Industry> industries = new ArrayList<>(industryCount);
        for (int j = 0; j < industryCount; j++) {
            industries.add(new Industry(
                    "I" + j,
                    "Industry " + j,
                    random.nextDouble() * 50_000,
                    100_000 + random.nextDouble() * 900_000,
                    random.nextDouble() * 0.08,
                    60_000 + random.nextDouble() * 140_000,
                    0.05 + random.nextDouble() * 0.05,
                    1 + random.nextDouble() * 1.5,
                    random.nextDouble() * 0.4));
        }
        IncentiveType[] types = IncentiveType.values();
        List<Incentive> incentives = new ArrayList<>(incentiveCount);
        for (int i = 0; i < incentiveCount; i++) {
            IncentiveType type = types[i % types.length];
            int start = baseYear + 1 + random.nextInt(horizon);
            boolean equity = type == IncentiveType.EQUITY;
            incentives.add(new Incentive(
                    "C" + i,
                    "Incentive " + i,
                    type,
                    "I" + random.nextInt(industryCount),
                    start,
                    1 + random.nextInt(10),
                    random.nextDouble() * 2000,
                    1 + random.nextInt(4),
                    random.nextDouble() * 0.3,
                    type == IncentiveType.TAX_REBATE ? random.nextDouble() * 0.5 : random.nextDouble() * 5e7,
                    type == IncentiveType.TALENT_SUBSIDY ? random.nextInt(300) : 0,
                    equity ? start + 1 + random.nextInt(10) : null,
                    equity ? random.nextDouble() * 4 : null));
        }
        return new Scenario(settings, industries, incentives);
    }
}
