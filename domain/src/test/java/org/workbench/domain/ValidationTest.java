package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.settings;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static ScenarioSettings.Draft goodSettings() {
        return new ScenarioSettings.Draft("Plan", "Hefei", 2024, 10, 0.05, 2.8, 0.4, 8000.0, "CNY", null);
    }

    private static Industry.Draft goodIndustry(String code) {
        return new Industry.Draft(code, "Name " + code, 1000.0, 5e5, 0.03, 1e5, 0.08, 1.8, 0.1);
    }

    private static Incentive.Draft goodIncentive(String code, String industry) {
        return new Incentive.Draft(
                code,
                "Name " + code,
                IncentiveType.JOB_SUBSIDY,
                industry,
                2026,
                3,
                500.0,
                2,
                0.3,
                10_000.0,
                0.0,
                null,
                null);
    }

    private static ScenarioInvalidException thrown(Runnable action) {
        try {
            action.run();
        } catch (ScenarioInvalidException e) {
            return e;
        }
        throw new AssertionError("expected ScenarioInvalidException");
    }

    @Test
    void a_valid_workbook_has_no_problems_and_builds() {
        var problems = ScenarioValidator.validate(
                goodSettings(), List.of(goodIndustry("A")), List.of(goodIncentive("i", "A")));
        assertThat(problems).isEmpty();
        Scenario scenario = ScenarioValidator.toScenario(
                goodSettings(), List.of(goodIndustry("A")), List.of(goodIncentive("i", "A")));
        assertThat(scenario.incentives()).hasSize(1);
    }

    @Test
    void every_problem_of_every_item_is_reported_at_once_with_item_field_and_position() {
        var settings = new ScenarioSettings.Draft("", null, 1900, 51, 1.5, 0.0, -0.1, -1.0, "yuan", null);
        var badIndustry = new Industry.Draft("B", "B", -1.0, 0.0, 1.5, -5.0, 1.1, 0.9, 1.0);
        var badIncentive = new Incentive.Draft(
                "x", "x", IncentiveType.TAX_REBATE, "nope", 2040, 0, -1.0, 0, 1.2, 1.5, -2.0, 2045, 2.0);
        List<DomainProblem> problems = ScenarioValidator.validate(
                settings, List.of(goodIndustry("A"), badIndustry), List.of(goodIncentive("ok", "A"), badIncentive));

        assertThat(problems)
                .filteredOn(p -> p.kind() == ItemKind.SETTINGS)
                .extracting(DomainProblem::field, DomainProblem::messageKey)
                .containsExactly(
                        tuple("name", "problem.required"),
                        tuple("baseYear", "problem.yearBetween"),
                        tuple("horizonYears", "problem.between"),
                        tuple("discountRate", "problem.between"),
                        tuple("householdSize", "problem.greaterThan"),
                        tuple("inMigrantShare", "problem.between"),
                        tuple("serviceCostPerResident", "problem.atLeast"),
                        tuple("currency", "problem.currency"));
        assertThat(problems)
                .filteredOn(p -> p.kind() == ItemKind.INDUSTRY)
                .extracting(DomainProblem::item, DomainProblem::index, DomainProblem::field)
                .containsExactly(
                        tuple("B", 1, "baselineJobs"),
                        tuple("B", 1, "valueAddedPerJob"),
                        tuple("B", 1, "productivityGrowth"),
                        tuple("B", 1, "averageWage"),
                        tuple("B", 1, "taxRate"),
                        tuple("B", 1, "employmentMultiplier"),
                        tuple("B", 1, "displacement"));
        assertThat(problems)
                .filteredOn(p -> p.kind() == ItemKind.INCENTIVE)
                .extracting(DomainProblem::item, DomainProblem::index, DomainProblem::field, DomainProblem::messageKey)
                .containsExactly(
                        tuple("x", 1, "durationYears", "problem.atLeast"),
                        tuple("x", 1, "committedJobs", "problem.atLeast"),
                        tuple("x", 1, "rampYears", "problem.atLeast"),
                        tuple("x", 1, "butForShare", "problem.between"),
                        tuple("x", 1, "amount", "problem.between"),
                        tuple("x", 1, "talents", "problem.atLeast"),
                        tuple("x", 1, "exitYear", "problem.equityOnly"),
                        tuple("x", 1, "exitMultiple", "problem.equityOnly"),
                        tuple("x", 1, "industryCode", "problem.unknownIndustry"));
    }

    @Test
    void a_problem_carries_its_bounds_and_the_value_found_as_arguments() {
        var problems = Industry.problems(new Industry.Draft("A", "A", 0.0, 1.0, 0.0, 0.0, 1.25, 1.0, 0.0));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("problem.between");
            assertThat(p.args()).containsExactly(0.0, 1.0, 1.25);
            assertThat(p.fieldLabelKey()).isEqualTo("field.industry.taxRate");
        });
    }

    @Test
    void not_a_number_and_infinity_are_refused_everywhere() {
        var settings = new ScenarioSettings.Draft(
                "P",
                null,
                2024,
                10,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NaN,
                Double.NEGATIVE_INFINITY,
                "CNY",
                null);
        assertThat(ScenarioSettings.problems(settings))
                .extracting(DomainProblem::messageKey)
                .containsOnly("problem.notFinite")
                .hasSize(4);
        var nanIndustry = new Industry.Draft(
                "A", "A", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertThat(Industry.problems(nanIndustry))
                .extracting(DomainProblem::messageKey)
                .containsOnly("problem.notFinite")
                .hasSize(7);
        var nanEquity = new Incentive.Draft(
                "e",
                "e",
                IncentiveType.EQUITY,
                "A",
                2026,
                1,
                Double.NaN,
                1,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NaN,
                2028,
                Double.NaN);
        assertThat(Incentive.problems(nanEquity))
                .extracting(DomainProblem::field)
                .containsExactly("committedJobs", "butForShare", "amount", "talents", "exitMultiple");
    }

    @Test
    void record_constructors_throw_with_all_of_their_field_problems() {
        var e = thrown(() -> new Industry("", "", -1, 0, 0, 0, 0, 1, 0));
        assertThat(e.problems())
                .extracting(DomainProblem::field)
                .containsExactly("code", "name", "baselineJobs", "valueAddedPerJob");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.index()).isEqualTo(-1));
    }

    @Test
    void equity_needs_an_exit_after_its_start_and_a_non_negative_multiple() {
        var noExit = thrown(() ->
                incentive("e", IncentiveType.EQUITY, "A", 2026).amount(1e6).build());
        assertThat(noExit.problems())
                .extracting(DomainProblem::field, DomainProblem::messageKey)
                .containsExactly(tuple("exitYear", "problem.required"), tuple("exitMultiple", "problem.required"));
        var early = thrown(() ->
                incentive("e", IncentiveType.EQUITY, "A", 2026).exit(2026, -1).build());
        assertThat(early.problems())
                .extracting(DomainProblem::messageKey)
                .containsExactly("problem.exitNotAfterStart", "problem.atLeast");
        assertThat(early.problems().get(0).args()).containsExactly(2026, 2026);
    }

    @Test
    void only_equity_may_carry_exit_fields() {
        var e = thrown(() ->
                incentive("g", IncentiveType.RD_GRANT, "A", 2026).exit(2030, 2).build());
        assertThat(e.problems()).extracting(DomainProblem::field).containsExactly("exitYear", "exitMultiple");
        assertThat(e.problems().get(0).args()).containsExactly("RD_GRANT");
    }

    @Test
    void a_tax_rebate_amount_is_a_share_but_other_amounts_are_money() {
        assertThatThrownBy(() -> incentive("t", IncentiveType.TAX_REBATE, "A", 2026)
                        .amount(1.01)
                        .build())
                .isInstanceOf(ScenarioInvalidException.class);
        assertThat(incentive("j", IncentiveType.JOB_SUBSIDY, "A", 2026)
                        .amount(50_000)
                        .build()
                        .amount())
                .isEqualTo(50_000);
    }

    @Test
    void names_have_one_to_two_hundred_characters_counted_as_code_points() {
        String twoHundredHanzi = "合".repeat(200);
        assertThat(industry("A").name()).isEqualTo("A");
        assertThat(new Industry("A", twoHundredHanzi, 0, 1, 0, 0, 0, 1, 0).name())
                .hasSize(200);
        var e = thrown(() -> new Industry("A", twoHundredHanzi + "x", 0, 1, 0, 0, 0, 1, 0));
        assertThat(e.problems().get(0).args()).containsExactly(200, 201);
    }

    @Test
    void displacement_may_come_close_to_but_not_reach_one() {
        assertThat(new Industry("A", "A", 0, 1, 0, 0, 0, 1, 0.999).displacement())
                .isEqualTo(0.999);
        assertThat(thrown(() -> new Industry("A", "A", 0, 1, 0, 0, 0, 1, 1.0))
                        .problems()
                        .get(0)
                        .messageKey())
                .isEqualTo("problem.atLeastAndBelow");
    }

    @Test
    void currency_is_an_iso_code_and_blank_means_yuan_through_the_factory() {
        assertThat(ScenarioSettings.of("P", null, 2024, 10, 0, 1, 0, 0, " ", null)
                        .currency())
                .isEqualTo("CNY");
        assertThat(ScenarioSettings.of("P", null, 2024, 10, 0, 1, 0, 0, "USD", null)
                        .currency())
                .isEqualTo("USD");
        assertThatThrownBy(() -> new ScenarioSettings("P", null, 2024, 10, 0, 1, 0, 0, "", null))
                .isInstanceOf(ScenarioInvalidException.class);
        assertThatThrownBy(() -> new ScenarioSettings("P", null, 2024, 10, 0, 1, 0, 0, "XYZ", null))
                .isInstanceOf(ScenarioInvalidException.class);
        assertThatThrownBy(() -> new ScenarioSettings("P", null, 2024, 10, 0, 1, 0, 0, "cny", null))
                .isInstanceOf(ScenarioInvalidException.class);
    }

    @Test
    void the_bounds_of_horizon_and_base_year_are_inclusive() {
        assertThat(settings(1950, 1, 0).horizonYears()).isEqualTo(1);
        assertThat(settings(2100, 50, 1).baseYear()).isEqualTo(2100);
        assertThatThrownBy(() -> settings(1949, 10, 0)).isInstanceOf(ScenarioInvalidException.class);
        assertThatThrownBy(() -> settings(2101, 10, 0)).isInstanceOf(ScenarioInvalidException.class);
        assertThatThrownBy(() -> settings(2024, 0, 0)).isInstanceOf(ScenarioInvalidException.class);
    }

    @Test
    void missing_values_take_the_workbook_defaults_or_are_reported_as_required() {
        var industry = new Industry.Draft("A", "A", null, 5e5, null, null, 0.1, null, null);
        var incentive = new Incentive.Draft(
                "i", "i", IncentiveType.RD_GRANT, "A", 2025, null, null, null, 1.0, 1e6, null, null, null);
        var settings = new ScenarioSettings.Draft("P", null, 2024, 10, 0.05, 3.0, 0.5, 0.0, null, null);
        Scenario scenario = ScenarioValidator.toScenario(settings, List.of(industry), List.of(incentive));
        assertThat(scenario.settings().currency()).isEqualTo("CNY");
        assertThat(scenario.industries().get(0).employmentMultiplier()).isEqualTo(1);
        assertThat(scenario.incentives().get(0).durationYears()).isEqualTo(1);
        assertThat(scenario.incentives().get(0).rampYears()).isEqualTo(1);

        var empty = new Incentive.Draft(null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(ScenarioValidator.validate(settings, List.of(industry), List.of(empty)))
                .extracting(DomainProblem::field)
                .containsExactly("code", "name", "type", "industryCode", "startYear", "butForShare", "amount");
        assertThat(ScenarioValidator.validate(settings, List.of(industry), List.of(empty)))
                .allSatisfy(p -> {
                    assertThat(p.item()).isNull();
                    assertThat(p.index()).isZero();
                    assertThat(p.messageKey()).isEqualTo("problem.required");
                });
    }

    @Test
    void codes_must_be_unique_and_incentives_must_aim_at_a_known_industry_within_the_years() {
        var problems = ScenarioValidator.validate(
                goodSettings(),
                List.of(goodIndustry("A"), goodIndustry("A")),
                List.of(
                        goodIncentive("i", "A"),
                        goodIncentive("i", "Z"),
                        new Incentive.Draft(
                                "early", "e", IncentiveType.RD_GRANT, "A", 2024, 1, 0.0, 1, 1.0, 1.0, 0.0, null, null),
                        new Incentive.Draft(
                                "late", "l", IncentiveType.RD_GRANT, "A", 2035, 1, 0.0, 1, 1.0, 1.0, 0.0, null, null),
                        new Incentive.Draft(
                                "last", "l", IncentiveType.RD_GRANT, "A", 2034, 1, 0.0, 1, 1.0, 1.0, 0.0, null, null)));
        assertThat(problems)
                .extracting(DomainProblem::kind, DomainProblem::index, DomainProblem::messageKey)
                .containsExactly(
                        tuple(ItemKind.INDUSTRY, 1, "problem.duplicateCode"),
                        tuple(ItemKind.INCENTIVE, 1, "problem.duplicateCode"),
                        tuple(ItemKind.INCENTIVE, 1, "problem.unknownIndustry"),
                        tuple(ItemKind.INCENTIVE, 2, "problem.startOutsideYears"),
                        tuple(ItemKind.INCENTIVE, 3, "problem.startOutsideYears"));
        assertThat(problems.get(0).args()).containsExactly("A", 1);
        assertThat(problems.get(3).args()).containsExactly(2025, 2034, 2024);
    }

    @Test
    void the_scenario_constructor_enforces_the_rules_across_items() {
        var e = thrown(() -> new Scenario(
                settings(2024, 5, 0),
                List.of(industry("A")),
                List.of(
                        incentive("i", IncentiveType.RD_GRANT, "B", 2025).build(),
                        incentive("i", IncentiveType.RD_GRANT, "A", 2030).build())));
        assertThat(e.problems())
                .extracting(DomainProblem::messageKey)
                .containsExactly("problem.unknownIndustry", "problem.duplicateCode", "problem.startOutsideYears");
    }

    @Test
    void an_equity_exit_may_lie_past_the_horizon() {
        var s = new Scenario(
                settings(2024, 5, 0),
                List.of(industry("A")),
                List.of(incentive("e", IncentiveType.EQUITY, "A", 2029)
                        .amount(1e6)
                        .exit(2040, 3)
                        .build()));
        assertThat(ScenarioValidator.validate(s.settings(), s.industries(), s.incentives()))
                .isEmpty();
    }
}
