package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.settings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the version 2 inputs, ranges and actuals, with the message it gives. */
class VersionTwoValidationTest {

    private static final ScenarioSettings SETTINGS = settings(2024, 10, 0.05);

    private static Incentive.Draft draft(
            IncentiveType type, Double probability, Integer failure, Double recovery, Double clawback) {
        boolean equity = type == IncentiveType.EQUITY;
        return new Incentive.Draft(
                "i",
                "I",
                type,
                "A",
                2026,
                3,
                500.0,
                2,
                0.3,
                1e4,
                0.0,
                equity ? 2030 : null,
                equity ? 2.0 : null,
                probability,
                failure,
                recovery,
                clawback);
    }

    private static List<String> keys(Incentive.Draft d) {
        return Incentive.problems(d.withDefaults()).stream()
                .map(p -> p.field() + ":" + p.messageKey())
                .toList();
    }

    private static List<String> keys(List<DomainProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void a_failure_year_is_required_below_certain_success_refused_at_it_and_may_not_come_before_the_start() {
        assertThat(keys(draft(IncentiveType.JOB_SUBSIDY, 0.5, null, null, null)))
                .containsExactly("failureYear:problem.failureYearRequired");
        assertThat(keys(draft(IncentiveType.JOB_SUBSIDY, 1.0, 2027, null, null)))
                .containsExactly("failureYear:problem.failureYearUnexpected");
        assertThat(keys(draft(IncentiveType.JOB_SUBSIDY, 0.5, 2025, null, null)))
                .containsExactly("failureYear:problem.failureBeforeStart");
        assertThat(keys(draft(IncentiveType.JOB_SUBSIDY, 0.5, 2026, null, null)))
                .isEmpty();
        assertThat(keys(draft(IncentiveType.JOB_SUBSIDY, null, null, null, null)))
                .isEmpty();
        assertThat(keys(draft(IncentiveType.JOB_SUBSIDY, 1.5, null, null, null)))
                .containsExactly("successProbability:problem.between");
        var late = draft(IncentiveType.JOB_SUBSIDY, 0.5, 2035, null, null);
        assertThat(keys(ScenarioValidator.validate(
                        ScenarioSettings.Draft.of(SETTINGS), List.of(Industry.Draft.of(industry("A"))), List.of(late))))
                .containsExactly("failureYear:problem.failureAfterHorizon");
    }

    @Test
    void a_recovery_multiple_is_for_stakes_and_a_clawback_share_for_every_other_type() {
        assertThat(keys(draft(IncentiveType.EQUITY, 0.4, 2027, 1.1, null))).isEmpty();
        assertThat(keys(draft(IncentiveType.EQUITY, 0.4, 2027, -1.0, null)))
                .containsExactly("recoveryMultiple:problem.atLeast");
        assertThat(keys(draft(IncentiveType.EQUITY, 0.4, 2027, null, 0.5)))
                .containsExactly("clawbackShare:problem.notForEquity");
        assertThat(keys(draft(IncentiveType.RD_GRANT, 0.4, 2027, 1.1, null)))
                .containsExactly("recoveryMultiple:problem.equityOnly");
        assertThat(keys(draft(IncentiveType.RD_GRANT, 0.4, 2027, 0.0, 1.5)))
                .containsExactly("clawbackShare:problem.between");
        assertThat(keys(draft(IncentiveType.RD_GRANT, 0.4, 2027, 0.0, 0.5))).isEmpty();
    }

    @Test
    void the_scenario_settings_of_version_2_keep_their_ranges_and_default_when_missing() {
        ScenarioSettings.Draft typed = new ScenarioSettings.Draft(
                "P", null, 2024, 10, 0.05, 3.0, 0.5, 0.0, null, null, -1.0, -0.6, 1.1, 99, null, 1.5);
        assertThat(keys(ScenarioSettings.problems(typed.withDefaults())))
                .containsExactly(
                        "budgetRevenue:problem.atLeast",
                        "budgetGrowth:problem.between",
                        "successCorrelation:problem.between",
                        "draws:problem.between",
                        "behindThreshold:problem.between");
        ScenarioSettings.Draft blank = new ScenarioSettings.Draft(
                "P", null, 2024, 10, 0.05, 3.0, 0.5, 0.0, null, null, null, null, null, null, null, null);
        ScenarioSettings settings = blank.toSettings();
        assertThat(settings.budgetRevenue()).isZero();
        assertThat(settings.draws()).isEqualTo(2_000);
        assertThat(settings.seed()).isEqualTo(1);
        assertThat(settings.behindThreshold()).isEqualTo(0.8);
        assertThat(keys(ScenarioSettings.problems(new ScenarioSettings.Draft(
                                "P", null, 2024, 10, 0.05, 3.0, 0.5, 0.0, "CNY", null, 1e10, 1.0, 1.0, 100_000, -5, 0.0)
                        .withDefaults())))
                .isEmpty();
    }

    private static Scenario rangedScenario() {
        Incentive subsidy = incentive("sub", IncentiveType.JOB_SUBSIDY, "A", 2025)
                .jobs(100)
                .amount(1e4)
                .build();
        Incentive stake = incentive("eq", IncentiveType.EQUITY, "A", 2025)
                .amount(1e6)
                .exit(2028, 2)
                .build();
        return new Scenario(SETTINGS, List.of(industry("A", 1e5, 0.02, 5e4, 0.1, 1.5, 0.2)), List.of(subsidy, stake));
    }

    @Test
    void a_range_keeps_the_fields_rule_encloses_the_value_and_names_its_position() {
        Scenario s = rangedScenario();
        List<InputRange> ranges = List.of(
                new InputRange(ItemKind.INDUSTRY, "A", "taxRate", 0.05, 0.2),
                new InputRange(ItemKind.INDUSTRY, "A", "taxRate", 0.05, 0.3),
                new InputRange(ItemKind.INDUSTRY, "A", "employmentMultiplier", 0.9, 2),
                new InputRange(ItemKind.INDUSTRY, "A", "displacement", 0.3, 0.5),
                new InputRange(ItemKind.INDUSTRY, "Z", "taxRate", 0.05, 0.2),
                new InputRange(ItemKind.INCENTIVE, "sub", "talents", 0, 10),
                new InputRange(ItemKind.INCENTIVE, "sub", "recoveryMultiple", 0, 1),
                new InputRange(ItemKind.INCENTIVE, "eq", "recoveryMultiple", 0, 1),
                new InputRange(ItemKind.INCENTIVE, "eq", "exitMultiple", 1, 3),
                new InputRange(ItemKind.SETTINGS, null, "inMigrantShare", 0, 1.2));
        List<DomainProblem> problems =
                ScenarioValidator.validateRanges(s.settings(), s.industries(), s.incentives(), ranges);
        assertThat(problems)
                .extracting(p -> p.index() + ":" + p.field() + ":" + p.messageKey())
                .containsExactly(
                        "1:taxRate:problem.range.duplicate",
                        "2:employmentMultiplier:problem.atLeast",
                        "3:displacement:problem.range.excludesValue",
                        "4:taxRate:problem.range.unknownItem",
                        "5:talents:problem.range.notForType",
                        "6:recoveryMultiple:problem.range.notForType",
                        "9:inMigrantShare:problem.between");
        assertThatThrownBy(() -> s.with(ranges, List.of())).isInstanceOf(ScenarioInvalidException.class);
        assertThat(s.with(List.of(ranges.get(0), ranges.get(7), ranges.get(8)), List.of())
                        .ranges())
                .hasSize(3);
    }

    @Test
    void a_range_needs_a_rangeable_field_bounds_in_order_and_a_code_exactly_when_it_is_not_a_setting() {
        assertThat(InputRange.problems(ItemKind.SETTINGS, null, "discountRate", 0, 0.1))
                .extracting(DomainProblem::messageKey)
                .containsExactly("problem.range.notRangeable");
        assertThat(InputRange.problems(ItemKind.INCENTIVE, "i", "successProbability", 0, 1))
                .extracting(DomainProblem::messageKey)
                .containsExactly("problem.range.notRangeable");
        assertThat(InputRange.problems(ItemKind.INDUSTRY, "A", "taxRate", 0.2, 0.1))
                .extracting(DomainProblem::messageKey)
                .containsExactly("problem.range.order");
        assertThat(InputRange.problems(ItemKind.SETTINGS, "x", "householdSize", 1, 2))
                .extracting(DomainProblem::messageKey)
                .containsExactly("problem.range.code");
        assertThat(InputRange.problems(ItemKind.INDUSTRY, null, "taxRate", 0.1, Double.NaN))
                .extracting(DomainProblem::messageKey)
                .containsExactly("problem.range.code", "problem.notFinite");
        assertThat(new InputRange(ItemKind.INDUSTRY, "A", "taxRate", 0.1, 0.1).degenerate())
                .isTrue();
    }

    @Test
    void actuals_name_a_known_incentive_a_year_of_the_scenario_once_and_no_negative_figure() {
        Scenario s = rangedScenario();
        List<Actual> actuals = List.of(
                new Actual("sub", 2025, 50.0, 1e5, null),
                new Actual("sub", 2025, 60.0, null, null),
                new Actual("nope", 2026, 1.0, null, null),
                new Actual("eq", 2024, null, null, 1.0),
                new Actual("eq", 2035, null, null, 1.0));
        assertThat(ScenarioValidator.validateActuals(s.settings(), s.incentives(), actuals))
                .extracting(p -> p.index() + ":" + p.field() + ":" + p.messageKey())
                .containsExactly(
                        "1:actual.year:problem.actual.duplicate",
                        "2:actual.incentive:problem.actual.unknownIncentive",
                        "3:actual.year:problem.startOutsideYears",
                        "4:actual.year:problem.startOutsideYears");
        assertThatThrownBy(() -> new Actual("sub", 2025, -1.0, null, null))
                .isInstanceOf(ScenarioInvalidException.class)
                .hasMessageContaining("actual.grossJobs");
        assertThat(Actual.problems("sub", null, Double.POSITIVE_INFINITY, -2.0))
                .extracting(DomainProblem::messageKey)
                .containsExactly("problem.notFinite", "problem.atLeast");
    }
}
