package org.workbench.web.risk;

import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;

/** The version 2 samples by id, and variants with other draws or seeds. */
public final class RiskSamples {
    private RiskSamples() {}

    public static Scenario sample(String id) {
        return SampleScenarios.version2().stream()
                .filter(s -> s.id().equals(id))
                .map(SampleScenario::scenario)
                .findFirst()
                .orElseThrow();
    }

    public static Scenario hefei() {
        return sample(SampleScenarios.HEFEI_CONCENTRATED_BET);
    }

    public static Scenario rugao() {
        return sample(SampleScenarios.RUGAO_SINGLE_BET);
    }

    public static Scenario withDraws(Scenario scenario, int draws, int seed) {
        var s = scenario.settings();
        return scenario.withSettings(s.withRisk(
                s.budgetRevenue(), s.budgetGrowth(), s.successCorrelation(), draws, seed, s.behindThreshold()));
    }
}
