package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleScenariosTest {

    @Test
    void the_three_samples_have_stable_ids_and_are_labelled_illustrative() {
        assertThat(SampleScenarios.all())
                .extracting(SampleScenario::id)
                .containsExactly("hefei-concentrated-bet", "diversified-subsidies", "science-city");
        assertThat(SampleScenarios.all()).allSatisfy(sample -> {
            assertThat(sample.scenario().settings().name()).contains("illustrative");
            assertThat(sample.scenario().settings().description()).startsWith("Illustrative only");
            assertThat(sample.scenario().settings().currency()).isEqualTo("CNY");
        });
        assertThat(SampleScenarios.byId("science-city")).isPresent();
        assertThat(SampleScenarios.byId("nope")).isEmpty();
    }

    @Test
    void each_sample_shows_what_it_is_named_after() {
        var hefei = SampleScenarios.byId(SampleScenarios.HEFEI_CONCENTRATED_BET)
                .orElseThrow()
                .scenario();
        assertThat(hefei.incentives())
                .extracting(Incentive::type)
                .contains(IncentiveType.EQUITY, IncentiveType.LAND_DISCOUNT);
        assertThat(hefei.industries()).extracting(Industry::code).containsExactly("NEV", "DISPLAY");

        var diversified = SampleScenarios.byId(SampleScenarios.DIVERSIFIED_SUBSIDIES)
                .orElseThrow()
                .scenario();
        assertThat(diversified.industries()).hasSize(6);
        assertThat(diversified.incentives())
                .extracting(Incentive::type)
                .contains(IncentiveType.JOB_SUBSIDY, IncentiveType.TALENT_SUBSIDY);

        var science =
                SampleScenarios.byId(SampleScenarios.SCIENCE_CITY).orElseThrow().scenario();
        assertThat(science.industries()).extracting(Industry::code).contains("QUANTUM", "FUSION");
        assertThat(science.incentives())
                .extracting(Incentive::type)
                .contains(IncentiveType.RD_GRANT, IncentiveType.TALENT_SUBSIDY);
    }

    @Test
    void the_concentrated_bet_is_more_concentrated_than_the_diversified_subsidies() {
        double concentrated = hhi(SampleScenarios.HEFEI_CONCENTRATED_BET);
        double diversified = hhi(SampleScenarios.DIVERSIFIED_SUBSIDIES);
        assertThat(concentrated).isGreaterThan(diversified);
    }

    @Test
    void every_sample_projects_to_jobs_and_outlays_and_validates_clean() {
        for (SampleScenario sample : SampleScenarios.all()) {
            Scenario s = sample.scenario();
            assertThat(ScenarioValidator.validate(s.settings(), s.industries(), s.incentives()))
                    .isEmpty();
            var result = ProjectionEngine.project(s);
            assertThat(result.kpi(Kpi.NET_JOBS_FINAL).getAsDouble()).isPositive();
            assertThat(result.kpi(Kpi.INCENTIVE_OUTLAY).getAsDouble()).isPositive();
        }
        List<SampleScenario> again = SampleScenarios.all();
        assertThat(again).isEqualTo(SampleScenarios.all());
    }

    private static double hhi(String id) {
        return ProjectionEngine.project(SampleScenarios.byId(id).orElseThrow().scenario())
                .kpi(Kpi.CONCENTRATION_HHI)
                .getAsDouble();
    }
}
