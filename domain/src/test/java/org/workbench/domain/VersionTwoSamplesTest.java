package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The version 2 samples: valid, labelled in both languages, and showing what each is named after. */
class VersionTwoSamplesTest {

    private static Scenario sample(String id) {
        return SampleScenarios.all().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .scenario();
    }

    @Test
    void there_are_the_three_illustrative_samples_with_risks_and_four_public_cases_all_valid_and_labelled()
            throws IOException {
        assertThat(SampleScenarios.all())
                .extracting(SampleScenario::id)
                .containsExactly(
                        "hefei-concentrated-bet",
                        "diversified-subsidies",
                        "science-city",
                        "nio-stake-2020",
                        "boe-gen6-2008",
                        "rugao-single-bet",
                        "foxconn-clawback");
        for (String suffix : new String[] {"_en", "_zh_CN"}) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/domain" + suffix + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (SampleScenario sample : SampleScenarios.all()) {
                assertThat(bundle.getProperty(sample.nameKey()))
                        .as(sample.nameKey())
                        .isNotBlank();
                assertThat(bundle.getProperty(sample.descriptionKey())).isNotBlank();
            }
        }
        for (SampleScenario sample : SampleScenarios.all()) {
            Scenario s = sample.scenario();
            assertThat(s.settings().budgetRevenue()).as(sample.id()).isPositive();
            assertThat(s.incentives()).anyMatch(Incentive::uncertain);
            assertThat(s.ranges()).isNotEmpty();
            ScenarioViews views = ProjectionEngine.views(s);
            // Risk changes the answer, though not always for the worse: a failed subsidy that lost money stops paying.
            assertThat(views.expected().kpi(Kpi.NPV))
                    .isNotEqualTo(views.promised().kpi(Kpi.NPV));
            assertThat(SampleScenarios.byId(sample.id())).isPresent();
        }
    }

    @Test
    void the_three_illustrative_samples_keep_their_promised_figures_when_they_gain_risks() {
        for (int i = 0; i < 3; i++) {
            Scenario v1 = SampleScenarios.versionOne().get(i).scenario();
            Scenario v2 = SampleScenarios.all().get(i).scenario();
            assertThat(ProjectionEngine.views(v2).promised().years())
                    .isEqualTo(ProjectionEngine.project(v1).years());
        }
    }

    @Test
    void the_nio_stake_recovers_through_its_buyback_floor_and_the_rugao_bet_takes_most_of_a_years_budget() {
        Incentive nio = sample(SampleScenarios.NIO_STAKE_2020).incentives().getFirst();
        assertThat(nio.recoveryMultiple()).isEqualTo(1.1);
        assertThat(nio.amount()).isEqualTo(7e9);
        ProjectionResult boe =
                ProjectionEngine.views(sample(SampleScenarios.BOE_GEN6_2008)).promised();
        // 6bn against 10bn grown 15% for a year.
        assertThat(boe.kpi(Kpi.PEAK_OUTLAY_SHARE).getAsDouble())
                .isCloseTo(6e9 / 1.15e10, org.assertj.core.api.Assertions.within(1e-12));
        ProjectionResult rugao =
                ProjectionEngine.views(sample(SampleScenarios.RUGAO_SINGLE_BET)).expected();
        assertThat(rugao.kpi(Kpi.PEAK_OUTLAY_SHARE).getAsDouble()).isGreaterThan(0.3);
        assertThat(rugao.kpi(Kpi.NPV).getAsDouble()).isNegative();
        assertThat(MonteCarlo.run(sample(SampleScenarios.RUGAO_SINGLE_BET)).lossProbability())
                .isGreaterThan(0.5);
    }

    @Test
    void the_foxconn_style_promise_is_behind_on_its_actuals() {
        ScenarioViews views = ProjectionEngine.views(sample(SampleScenarios.FOXCONN_CLAWBACK));
        IncentiveMonitoring credits = views.monitoring().getFirst();
        assertThat(credits.behind()).isTrue();
        // Promised in 2021: 13,000 * 4 / 5 = 10,400 jobs; delivered 1,454.
        assertThat(credits.deliveryRatio().getAsDouble())
                .isCloseTo(1_454 / 10_400.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(views.monitored().orElseThrow().kpi(Kpi.INCENTIVE_OUTLAY).getAsDouble())
                .isLessThan(views.promised().kpi(Kpi.INCENTIVE_OUTLAY).getAsDouble());
    }
}
