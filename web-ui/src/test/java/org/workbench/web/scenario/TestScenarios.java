package org.workbench.web.scenario;

import java.util.ArrayList;
import java.util.List;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;

/** Small valid scenarios for the web tests, and ways to change one input. */
public final class TestScenarios {
    private TestScenarios() {}

    public static Scenario evCity(String name) {
        return new Scenario(
                new ScenarioSettings(name, "Testville", 2025, 10, 0.03, 2.8, 0.5, 8000, "CNY", null),
                List.of(
                        new Industry("EV", "Electric vehicles", 10_000, 500_000, 0.02, 120_000, 0.1, 1.8, 0.1),
                        new Industry("DSP", "Displays", 5_000, 400_000, 0.01, 100_000, 0.08, 1.5, 0.2)),
                List.of(
                        new Incentive(
                                "EQ1",
                                "EV maker stake",
                                IncentiveType.EQUITY,
                                "EV",
                                2026,
                                1,
                                3000,
                                3,
                                0.3,
                                1e9,
                                0,
                                2030,
                                2.0),
                        new Incentive(
                                "JS1",
                                "Display job subsidy",
                                IncentiveType.JOB_SUBSIDY,
                                "DSP",
                                2026,
                                5,
                                1000,
                                2,
                                0.2,
                                20_000,
                                0,
                                null,
                                null)));
    }

    /** The same scenario with one incentive's but-for share changed. */
    public static Scenario withButForShare(Scenario scenario, String incentiveCode, double share) {
        var incentives = new ArrayList<Incentive>();
        for (Incentive i : scenario.incentives()) {
            incentives.add(
                    i.code().equals(incentiveCode)
                            ? new Incentive(
                                    i.code(),
                                    i.name(),
                                    i.type(),
                                    i.industryCode(),
                                    i.startYear(),
                                    i.durationYears(),
                                    i.committedJobs(),
                                    i.rampYears(),
                                    share,
                                    i.amount(),
                                    i.talents(),
                                    i.exitYear(),
                                    i.exitMultiple())
                            : i);
        }
        return new Scenario(scenario.settings(), scenario.industries(), incentives);
    }

    public static Scenario withDiscountRate(Scenario scenario, double rate) {
        ScenarioSettings s = scenario.settings();
        return new Scenario(
                new ScenarioSettings(
                        s.name(),
                        s.city(),
                        s.baseYear(),
                        s.horizonYears(),
                        rate,
                        s.householdSize(),
                        s.inMigrantShare(),
                        s.serviceCostPerResident(),
                        s.currency(),
                        s.description()),
                scenario.industries(),
                scenario.incentives());
    }
}
