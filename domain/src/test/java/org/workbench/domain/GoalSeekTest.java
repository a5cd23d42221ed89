package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workbench.domain.GoalSeek.Input;
import org.workbench.domain.GoalSeek.Result;
import org.workbench.domain.GoalSeek.Status;
import org.workbench.domain.GoalSeek.View;

/**
 * Each value goal seek finds is checked by projecting the scenario again with it, and where the model is linear in
 * the input, against the value worked out from two projections.
 */
class GoalSeekTest {
    private static final Input BUT_FOR = new Input(ItemKind.INCENTIVE, "JS", "butForShare");
    private static final Input AMOUNT = new Input(ItemKind.INCENTIVE, "JS", "amount");

    /** One job subsidy of 20,000 per gross job for 5 years, on 1,000 jobs of 100,000 value added taxed at 10 %. */
    private static Scenario subsidy(double butFor) {
        return subsidy(butFor, 10);
    }

    private static Scenario subsidy(double butFor, int horizon) {
        return scenario(
                settings(2024, horizon, 0.05, 2.5, 0.5, 2_000),
                List.of(industry("IND", 100_000, 0.02, 60_000, 0.10, 1.5, 0.2)),
                List.of(incentive("JS", IncentiveType.JOB_SUBSIDY, "IND", 2025)
                        .jobs(1_000)
                        .ramp(3)
                        .duration(5)
                        .butFor(butFor)
                        .amount(20_000)
                        .build()));
    }

    private static double npv(Scenario s) {
        return ProjectionEngine.views(s).expected().kpi(Kpi.NPV).orElseThrow();
    }

    private static double scaleOf(Scenario s) {
        ProjectionResult r = ProjectionEngine.views(s).expected();
        return r.kpi(Kpi.PV_REVENUE).orElse(0)
                + r.kpi(Kpi.PV_OUTLAY).orElse(0)
                + r.kpi(Kpi.PV_SERVICE_COST).orElse(0);
    }

    @Test
    void the_but_for_share_that_makes_the_npv_zero_gives_an_npv_of_zero_when_projected_again() {
        Scenario s = subsidy(0.3);
        assertThat(npv(s)).as("starts in deficit").isNegative();

        Result r = GoalSeek.seek(s, BUT_FOR, Kpi.NPV, 0, View.EXPECTED);

        assertThat(r.status()).isEqualTo(Status.FOUND);
        double share = r.value().orElseThrow();
        assertThat(share).isStrictlyBetween(0.3, 1.0);
        Scenario atShare = GoalSeek.with(s, BUT_FOR, share);
        assertThat(Math.abs(npv(atShare))).isLessThanOrEqualTo(GoalSeek.FIGURE_TOLERANCE * scaleOf(s) * 10);
        // Outlay is paid on gross jobs, revenue and service cost follow the net ones: the npv is linear in b.
        double at0 = npv(subsidy(0));
        double at1 = npv(subsidy(1));
        assertThat(share).isCloseTo(-at0 / (at1 - at0), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.figure().orElseThrow()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9 * scaleOf(s)));
        assertThat(r.current()).isEqualTo(0.3);
        assertThat(r.currentFigure().orElseThrow()).isEqualTo(npv(s));
    }

    @Test
    void the_amount_per_job_that_keeps_the_benefit_cost_ratio_at_one_is_found_above_zero_with_no_upper_bound() {
        Scenario s = subsidy(0.6);
        Result r = GoalSeek.seek(s, AMOUNT, Kpi.BENEFIT_COST_RATIO, 1.0, View.EXPECTED);

        assertThat(r.status()).isEqualTo(Status.FOUND);
        double amount = r.value().orElseThrow();
        assertThat(amount).isPositive();
        double ratio = ProjectionEngine.views(GoalSeek.with(s, AMOUNT, amount))
                .expected()
                .kpi(Kpi.BENEFIT_COST_RATIO)
                .orElseThrow();
        assertThat(ratio).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-8));
        // Half the amount is cheaper, so the ratio is above 1; double is below: the answer is the crossing.
        double half = ProjectionEngine.views(GoalSeek.with(s, AMOUNT, amount / 2))
                .expected()
                .kpi(Kpi.BENEFIT_COST_RATIO)
                .orElseThrow();
        assertThat(half).isGreaterThan(1.0);
        assertThat(r.searchedLow()).isEqualTo(0.0);
        assertThat(r.searchedHigh()).isGreaterThan(20_000.0 * 1e6);
    }

    @Test
    void a_target_no_value_in_range_reaches_is_reported_as_not_reached_with_the_figures_seen() {
        Scenario s = subsidy(0.3);
        // Even with every job caused by the subsidy the ratio stays far below 100.
        Result r = GoalSeek.seek(s, BUT_FOR, Kpi.BENEFIT_COST_RATIO, 100, View.EXPECTED);

        assertThat(r.status()).isEqualTo(Status.NOT_REACHED);
        assertThat(r.value()).isEmpty();
        assertThat(r.figure()).isEmpty();
        assertThat(r.searchedLow()).isEqualTo(0.0);
        assertThat(r.searchedHigh()).isEqualTo(1.0);
        assertThat(r.highestFigure().orElseThrow()).isLessThan(100);
        assertThat(r.lowestFigure().orElseThrow()).isLessThan(r.highestFigure().orElseThrow());
        assertThat(r.projections()).isGreaterThan(10);
    }

    @Test
    void a_figure_undefined_at_one_end_still_brackets_from_the_defined_values() {
        Scenario s = subsidy(0.3);
        double now =
                ProjectionEngine.views(s).expected().kpi(Kpi.COST_PER_NET_JOB).orElseThrow();
        // With no net jobs (b = 0) the cost per net job is undefined; halving it needs a higher share.
        assertThat(ProjectionEngine.views(subsidy(0)).expected().kpi(Kpi.COST_PER_NET_JOB))
                .isEmpty();
        Result r = GoalSeek.seek(s, BUT_FOR, Kpi.COST_PER_NET_JOB, now / 2, View.EXPECTED);

        assertThat(r.status()).isEqualTo(Status.FOUND);
        // Outlay stays, net jobs grow with b: half the cost per job at twice the share.
        assertThat(r.value().orElseThrow()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        double again = ProjectionEngine.views(
                        GoalSeek.with(s, BUT_FOR, r.value().orElseThrow()))
                .expected()
                .kpi(Kpi.COST_PER_NET_JOB)
                .orElseThrow();
        assertThat(again).isCloseTo(now / 2, org.assertj.core.data.Offset.offset(1e-9 * now));
    }

    @Test
    void a_year_between_two_whole_years_is_never_reached_and_is_reported_as_a_step_over() {
        // Over 20 years a share of 0.6 breaks even in 2038, 0.5 in 2040.
        Scenario s = subsidy(0.6, 20);
        double year =
                ProjectionEngine.views(s).expected().kpi(Kpi.BREAK_EVEN_YEAR).orElseThrow();
        Result exact = GoalSeek.seek(s, BUT_FOR, Kpi.BREAK_EVEN_YEAR, year, View.EXPECTED);
        assertThat(exact.status()).isEqualTo(Status.FOUND);
        assertThat(exact.figure().orElseThrow()).isEqualTo(year);

        Result between = GoalSeek.seek(s, BUT_FOR, Kpi.BREAK_EVEN_YEAR, year + 0.5, View.EXPECTED);
        assertThat(between.status()).isEqualTo(Status.STEPS_OVER);
        assertThat(between.figure().orElseThrow()).isIn(year, year + 1);
        double at = between.value().orElseThrow();
        // Just below and above the step the year differs by one.
        OptionalYear below = new OptionalYear(s, at * (1 - 1e-6));
        OptionalYear above = new OptionalYear(s, at * (1 + 1e-6));
        assertThat(below.year - above.year).isEqualTo(1.0);
    }

    private record OptionalYear(double year) {
        OptionalYear(Scenario s, double share) {
            this(ProjectionEngine.views(GoalSeek.with(s, BUT_FOR, share))
                    .expected()
                    .kpi(Kpi.BREAK_EVEN_YEAR)
                    .orElse(Double.POSITIVE_INFINITY));
        }
    }

    @Test
    void a_scenario_setting_can_be_sought_the_discount_rate_at_which_the_npv_is_zero() {
        // A stake of 1,000,000 exited at 2x after 5 years: the npv is zero at a discount rate of 2^(1/5) - 1 when
        // no jobs bring revenue or cost.
        Scenario s = scenario(
                settings(2024, 10, 0.05),
                List.of(industry("IND")),
                List.of(incentive("EQ", IncentiveType.EQUITY, "IND", 2025)
                        .amount(1_000_000)
                        .exit(2030, 2.0)
                        .build()));
        Input rate = new Input(ItemKind.SETTINGS, null, "discountRate");
        Result r = GoalSeek.seek(s, rate, Kpi.NPV, 0, View.PROMISED);
        assertThat(r.status()).isEqualTo(Status.FOUND);
        assertThat(r.value().orElseThrow())
                .isCloseTo(Math.pow(2, 1.0 / 5) - 1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_expected_view_weighs_a_failing_incentive_so_it_needs_a_higher_share_than_the_promised_one() {
        Scenario promised = subsidy(0.3, 20);
        Incentive risky = promised.incentives().getFirst().withRisk(0.5, 2030, 0, 0);
        Scenario s = new Scenario(promised.settings(), promised.industries(), List.of(risky));
        Result inPromised = GoalSeek.seek(s, BUT_FOR, Kpi.NPV, 0, View.PROMISED);
        Result inExpected = GoalSeek.seek(s, BUT_FOR, Kpi.NPV, 0, View.EXPECTED);
        assertThat(inPromised.status()).isEqualTo(Status.FOUND);
        assertThat(inPromised.value().orElseThrow())
                .isCloseTo(
                        GoalSeek.seek(promised, BUT_FOR, Kpi.NPV, 0, View.EXPECTED)
                                .value()
                                .orElseThrow(),
                        org.assertj.core.data.Offset.offset(1e-9));
        double promisedShare = inPromised.value().orElseThrow();
        // Half the time the firm fails in 2030, after the subsidy is paid, and its jobs go: more must be caused.
        assertThat(inExpected.status()).isEqualTo(Status.FOUND);
        double expectedShare = inExpected.value().orElseThrow();
        assertThat(expectedShare).isGreaterThan(promisedShare + 0.01);
        double npvThere = ProjectionEngine.views(GoalSeek.with(s, BUT_FOR, expectedShare))
                .expected()
                .kpi(Kpi.NPV)
                .orElseThrow();
        assertThat(Math.abs(npvThere)).isLessThan(1e-8 * scaleOf(s));
    }

    @Test
    void a_value_found_outside_the_inputs_range_drops_the_range_when_applied_and_says_so() {
        Scenario plain = subsidy(0.3);
        Scenario s = plain.with(List.of(new InputRange(ItemKind.INCENTIVE, "JS", "butForShare", 0.2, 0.4)), List.of());
        Result r = GoalSeek.seek(s, BUT_FOR, Kpi.NPV, 0, View.EXPECTED);
        assertThat(r.status()).isEqualTo(Status.FOUND);
        assertThat(r.value().orElseThrow()).isGreaterThan(0.4);
        assertThat(r.outsideRange()).isTrue();
        assertThat(GoalSeek.with(s, BUT_FOR, r.value().orElseThrow()).ranges()).isEmpty();
        assertThat(GoalSeek.with(s, BUT_FOR, 0.35).ranges()).hasSize(1);
    }

    @Test
    void the_search_stays_below_an_open_upper_bound_such_as_a_displacement_short_of_one() {
        Input displacement = new Input(ItemKind.INDUSTRY, "IND", "displacement");
        Scenario s = subsidy(0.9);
        Result r = GoalSeek.seek(s, displacement, Kpi.NPV, 0, View.EXPECTED);
        assertThat(r.searchedHigh()).isLessThan(1.0);
        assertThat(r.status()).isEqualTo(Status.FOUND);
        assertThat(Math.abs(npv(GoalSeek.with(s, displacement, r.value().orElseThrow()))))
                .isLessThanOrEqualTo(1e-8 * scaleOf(s));
    }

    @Test
    void only_continuous_numbers_that_apply_to_the_item_can_be_sought() {
        assertThatThrownBy(() -> new Input(ItemKind.SETTINGS, null, "horizonYears"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Input(ItemKind.INCENTIVE, "JS", "name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Input(ItemKind.SETTINGS, "X", "discountRate"))
                .isInstanceOf(IllegalArgumentException.class);
        Input talents = new Input(ItemKind.INCENTIVE, "JS", "talents");
        assertThatThrownBy(() -> GoalSeek.seek(subsidy(0.3), talents, Kpi.NPV, 0, View.EXPECTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not apply");
        assertThatThrownBy(() -> GoalSeek.seek(
                        subsidy(0.3), new Input(ItemKind.INCENTIVE, "NOPE", "amount"), Kpi.NPV, 0, View.EXPECTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoalSeek.seek(subsidy(0.3), BUT_FOR, Kpi.NPV, Double.NaN, View.EXPECTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(GoalSeek.seekableFields(ItemKind.INCENTIVE, IncentiveType.JOB_SUBSIDY).stream()
                        .map(InputField::key))
                .contains("butForShare", "amount", "committedJobs", "successProbability")
                .doesNotContain("talents", "exitMultiple", "startYear", "code");
    }

    @Test
    void a_value_that_breaks_a_rule_across_fields_is_skipped_not_taken() {
        // Below 1 the success probability needs a failure year, which this incentive has not: every value but 1 is
        // refused by the scenario's rules, so no value reaches another npv.
        Scenario s = subsidy(0.3);
        Input probability = new Input(ItemKind.INCENTIVE, "JS", "successProbability");
        Result r = GoalSeek.seek(s, probability, Kpi.NPV, npv(s) / 2, View.EXPECTED);
        assertThat(r.status()).isEqualTo(Status.NOT_REACHED);
        assertThat(r.lowestFigure()).isEqualTo(r.highestFigure());
    }
}
