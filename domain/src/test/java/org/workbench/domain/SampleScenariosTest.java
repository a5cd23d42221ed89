package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleScenariosTest {

    @Test
    void the_seven_samples_have_stable_ids_and_the_three_illustrative_ones_say_so() {
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
        assertThat(SampleScenarios.illustrative())
                .isEqualTo(SampleScenarios.all().subList(0, 3));
        assertThat(SampleScenarios.versionOne())
                .extracting(SampleScenario::id)
                .containsExactly("hefei-concentrated-bet", "diversified-subsidies", "science-city");
        for (List<SampleScenario> three : List.of(SampleScenarios.illustrative(), SampleScenarios.versionOne())) {
            assertThat(three).allSatisfy(sample -> {
                assertThat(sample.scenario().settings().name()).contains("(illustrative)", "（示例）");
                assertThat(sample.scenario().settings().description()).startsWith("Illustrative only");
                assertThat(sample.scenario().settings().currency()).isEqualTo("CNY");
            });
        }
        assertThat(SampleScenarios.byId("science-city")).isPresent();
        assertThat(SampleScenarios.byId("foxconn-clawback")).isPresent();
        assertThat(SampleScenarios.byId("nope")).isEmpty();
    }

    @Test
    void every_sample_names_itself_and_its_items_in_english_then_chinese_within_the_field_limits() {
        List<SampleScenario> samples = new java.util.ArrayList<>(SampleScenarios.all());
        samples.addAll(SampleScenarios.versionOne());
        for (SampleScenario sample : samples) {
            ScenarioSettings settings = sample.scenario().settings();
            assertBilingualName(settings.name());
            assertBilingualName(java.util.Objects.requireNonNull(settings.city()));
            sample.scenario().industries().forEach(i -> assertBilingualName(i.name()));
            sample.scenario().incentives().forEach(i -> assertBilingualName(i.name()));
            String[] paragraphs =
                    java.util.Objects.requireNonNull(settings.description()).split("\n\n");
            assertThat(paragraphs).as(sample.id()).hasSize(2);
            assertThat(hasChinese(paragraphs[0])).as(paragraphs[0]).isFalse();
            assertThat(hasChinese(paragraphs[1])).as(paragraphs[1]).isTrue();
        }
        // The public cases keep each reported figure's source in both paragraphs.
        for (SampleScenario sample : SampleScenarios.all().subList(3, 7)) {
            String[] paragraphs = sample.scenario().settings().description().split("\n\n");
            assertThat(paragraphs[0]).contains("Reported").contains("Assumed");
            assertThat(paragraphs[1]).contains("公开报道").contains("假设");
        }
    }

    private static void assertBilingualName(String name) {
        String[] parts = name.split(" · ");
        assertThat(parts).as(name).hasSize(2);
        assertThat(hasChinese(parts[0])).as(name).isFalse();
        assertThat(hasChinese(parts[1])).as(name).isTrue();
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(InputFields.MAX_NAME_LENGTH);
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
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
