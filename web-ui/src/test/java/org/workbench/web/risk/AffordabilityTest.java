package org.workbench.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;

class AffordabilityTest {

    @Test
    void the_rugao_style_single_bet_turns_red() {
        Affordability rugao = Affordability.of(RiskSamples.rugao());
        assertThat(rugao.level()).isEqualTo(Affordability.Level.RED);
        assertThat(rugao.worstPeakOutlayShare().getAsDouble()).isGreaterThan(Affordability.RED);
    }

    @Test
    void the_yearly_budget_gives_the_engines_own_peak_outlay_share_in_both_views() {
        for (var sample : SampleScenarios.version2()) {
            Scenario scenario = sample.scenario();
            ScenarioViews views = ProjectionEngine.views(scenario);
            Affordability a = Affordability.of(scenario);
            if (scenario.settings().budgetRevenue() == 0) {
                assertThat(a.level()).isEqualTo(Affordability.Level.NO_BUDGET);
                continue;
            }
            assertThat(peak(a.outlayPromised().toArray(), a.budget().toArray()))
                    .as(sample.id())
                    .isCloseTo(views.promised().kpi(Kpi.PEAK_OUTLAY_SHARE).getAsDouble(), within(1e-12));
            assertThat(peak(a.outlayExpected().toArray(), a.budget().toArray()))
                    .as(sample.id())
                    .isCloseTo(a.peakOutlayShare().getAsDouble(), within(1e-12));
            assertThat(a.budget().firstYear())
                    .isEqualTo(views.promised().years().getFirst().year());
        }
    }

    @Test
    void a_scenario_without_a_budget_has_no_shares_and_no_warning() {
        Affordability a =
                Affordability.of(SampleScenarios.versionOne().getFirst().scenario());
        assertThat(a.level()).isEqualTo(Affordability.Level.NO_BUDGET);
        assertThat(a.peakOutlayShare()).isEmpty();
        assertThat(a.worstPeakOutlayShare()).isEmpty();
    }

    @Test
    void the_warning_starts_above_ten_percent_and_turns_red_above_thirty_in_either_view() {
        assertThat(Affordability.level(OptionalDouble.of(0.10), OptionalDouble.of(0.05)))
                .isEqualTo(Affordability.Level.WITHIN);
        assertThat(Affordability.level(OptionalDouble.of(0.05), OptionalDouble.of(0.1001)))
                .isEqualTo(Affordability.Level.AMBER);
        assertThat(Affordability.level(OptionalDouble.of(0.30), OptionalDouble.of(0.2)))
                .isEqualTo(Affordability.Level.AMBER);
        assertThat(Affordability.level(OptionalDouble.of(0.2), OptionalDouble.of(0.31)))
                .isEqualTo(Affordability.Level.RED);
        assertThat(Affordability.level(OptionalDouble.empty(), OptionalDouble.empty()))
                .isEqualTo(Affordability.Level.NO_BUDGET);
    }

    private static double peak(double[] outlay, double[] budget) {
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < outlay.length; i++) {
            peak = Math.max(peak, outlay[i] / budget[i]);
        }
        return peak;
    }
}
