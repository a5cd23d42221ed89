package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.settings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a source note, and that a source changes no figure. */
class InputSourceTest {

    private static final Scenario PLAIN = new Scenario(
            settings(2024, 10, 0.05),
            List.of(industry("A")),
            List.of(incentive("JS", IncentiveType.JOB_SUBSIDY, "A", 2025)
                    .jobs(500)
                    .build()));

    private static List<String> keys(ScenarioInvalidException e) {
        return e.problems().stream().map(DomainProblem::messageKey).toList();
    }

    @Test
    void a_source_keeps_its_text_composed_and_stripped() {
        var source = new InputSource(
                ItemKind.INDUSTRY, "A", "employmentMultiplier", "  Provincial I-O table, Cafe\u0301\r\n2020 ");

        assertThat(source.text()).isEqualTo("Provincial I-O table, Café\n2020");
    }

    @Test
    void a_source_of_500_characters_is_kept_and_one_of_501_is_refused() {
        String chinese = "来".repeat(InputSource.MAX_LENGTH);

        assertThat(new InputSource(ItemKind.SETTINGS, null, "discountRate", chinese).text())
                .hasSize(500);
        assertThatThrownBy(() -> new InputSource(ItemKind.SETTINGS, null, "discountRate", chinese + "源"))
                .isInstanceOfSatisfying(
                        ScenarioInvalidException.class,
                        e -> assertThat(keys(e)).containsExactly("problem.source.tooLong"));
    }

    @Test
    void a_source_counts_characters_not_utf16_units() {
        String emoji = "\uD83D\uDCCA".repeat(InputSource.MAX_LENGTH);

        assertThat(new InputSource(ItemKind.SETTINGS, null, "discountRate", emoji).text())
                .hasSize(2 * InputSource.MAX_LENGTH);
    }

    @Test
    void an_empty_unknown_misplaced_or_control_laden_source_is_refused_with_every_problem() {
        assertThatThrownBy(() -> new InputSource(ItemKind.SETTINGS, "X", "noSuchField", " \t "))
                .isInstanceOfSatisfying(
                        ScenarioInvalidException.class,
                        e -> assertThat(keys(e))
                                .containsExactly(
                                        "problem.source.unknownField", "problem.source.code", "problem.required"));
        assertThatThrownBy(() -> new InputSource(ItemKind.INCENTIVE, "JS", "amount", "table\u0007 2020"))
                .isInstanceOfSatisfying(
                        ScenarioInvalidException.class,
                        e -> assertThat(keys(e)).containsExactly("problem.source.control"));
        assertThatThrownBy(() -> new InputSource(ItemKind.INCENTIVE, null, "amount", "table 2020"))
                .isInstanceOfSatisfying(
                        ScenarioInvalidException.class,
                        e -> assertThat(keys(e)).containsExactly("problem.source.code"));
    }

    @Test
    void a_scenario_refuses_sources_of_missing_items_and_a_second_source_of_one_input() {
        var sources = List.of(
                new InputSource(ItemKind.INCENTIVE, "JS", "amount", "budget law 2024"),
                new InputSource(ItemKind.INDUSTRY, "B", "taxRate", "tax office"),
                new InputSource(ItemKind.INCENTIVE, "JS", "amount", "another"));

        assertThatThrownBy(() -> PLAIN.withSources(sources))
                .isInstanceOfSatisfying(ScenarioInvalidException.class, e -> {
                    assertThat(keys(e)).containsExactly("problem.source.unknownItem", "problem.source.duplicate");
                    assertThat(e.problems()).extracting(DomainProblem::index).containsExactly(1, 2);
                });
    }

    @Test
    void sources_follow_the_scenario_through_renames_and_other_settings_and_change_no_figure() {
        var source = new InputSource(ItemKind.INDUSTRY, "A", "employmentMultiplier", "provincial table 2020, Type II");
        Scenario sourced = PLAIN.withSources(List.of(source));

        assertThat(sourced.withName("Renamed").sources()).containsExactly(source);
        assertThat(sourced.with(List.of(), List.of()).sources()).containsExactly(source);
        assertThat(sourced.sourceOf(ItemKind.INDUSTRY, "A", "employmentMultiplier"))
                .contains(source);
        assertThat(sourced.sourceOf(ItemKind.INDUSTRY, "A", "taxRate")).isEmpty();
        assertThat(ProjectionEngine.project(sourced)).isEqualTo(ProjectionEngine.project(PLAIN));
    }

    @Test
    void sources_read_in_the_scenarios_order_with_the_values_they_are_about() {
        var incentive = new InputSource(ItemKind.INCENTIVE, "JS", "committedJobs", "contract");
        var industry = new InputSource(ItemKind.INDUSTRY, "A", "taxRate", "tax office");
        var setting = new InputSource(ItemKind.SETTINGS, null, "discountRate", "budget law");
        Scenario sourced = PLAIN.withSources(List.of(incentive, industry, setting));

        assertThat(sourced.sourcesInOrder()).containsExactly(setting, industry, incentive);
        assertThat(sourced.valueOf(setting)).isEqualTo(0.05);
        assertThat(sourced.valueOf(incentive)).isEqualTo(500.0);
    }

    @Test
    void every_public_case_sample_says_where_its_figures_come_from() {
        assertThat(PublicCaseSamples.all())
                .allSatisfy(sample -> assertThat(sample.scenario().sources()).isNotEmpty());
    }
}
