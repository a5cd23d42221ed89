package org.workbench.domain.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.InputRange;
import org.workbench.domain.ItemKind;
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

    /**
     * The same scenario with version 2 inputs: a budget, every {@code every}-th incentive uncertain (success 0.6,
     * failing two years after its start or in the last year, with a recovery or a clawback), and ranges of +-20% on
     * the first {@code ranged} rangeable inputs, industries first (value added, tax rate), then incentives' amounts.
     */
    static Scenario risky(Scenario s, int uncertain, int ranged) {
        var settings = s.settings().withRisk(9.5e10, 0.04, 0.3, 10_000, 1, 0.8);
        int every = Math.max(1, s.incentives().size() / Math.max(1, uncertain));
        List<Incentive> incentives = new ArrayList<>(s.incentives().size());
        int risky = 0;
        for (int i = 0; i < s.incentives().size(); i++) {
            Incentive inc = s.incentives().get(i);
            if (i % every == 0 && risky < uncertain) {
                int failure = Math.min(settings.lastYear(), inc.startYear() + 2);
                boolean equity = inc.type() == IncentiveType.EQUITY;
                inc = inc.withRisk(0.6, failure, equity ? 0.3 : 0, equity ? 0 : 0.5);
                risky++;
            }
            incentives.add(inc);
        }
        List<InputRange> ranges = new ArrayList<>();
        for (Industry industry : s.industries()) {
            if (ranges.size() < ranged) {
                double v = industry.valueAddedPerJob();
                ranges.add(new InputRange(ItemKind.INDUSTRY, industry.code(), "valueAddedPerJob", 0.8 * v, 1.2 * v));
            }
            if (ranges.size() < ranged) {
                double x = industry.taxRate();
                ranges.add(
                        new InputRange(ItemKind.INDUSTRY, industry.code(), "taxRate", 0.8 * x, Math.min(1, 1.2 * x)));
            }
        }
        for (Incentive inc : incentives) {
            if (ranges.size() < ranged) {
                double a = inc.amount();
                double high = inc.type() == IncentiveType.TAX_REBATE ? Math.min(1, 1.2 * a) : 1.2 * a;
                ranges.add(new InputRange(ItemKind.INCENTIVE, inc.code(), "amount", 0.8 * a, high));
            }
        }
        return new Scenario(settings, s.industries(), incentives, ranges, List.of());
    }
}
