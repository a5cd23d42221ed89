package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;
import static org.workbench.domain.Tolerance.assertClose;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The failure path, the expected view and the new key figures, each on a case small enough to work by hand. */
class FailurePathTest {

    private static double[] column(ProjectionResult r, ToDoubleFunction<YearResult> f) {
        return r.years().stream().mapToDouble(f).toArray();
    }

    private static void assertColumn(double[] actual, double... expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertClose(actual[i], expected[i]);
        }
    }

    /** Y0 = 2024, H = 5, r = 0; industry A: v = 1e5, tax 10%, M = 1, no displacement. */
    private static Scenario oneIncentive(Incentive incentive) {
        return scenario(settings(2024, 5, 0), List.of(industry("A", 100_000, 0, 0, 0.1, 1, 0)), List.of(incentive));
    }

    @Test
    void a_job_subsidy_that_may_fail_pays_and_employs_half_from_the_failure_year_and_claws_back_half_of_the_rest() {
        // J = 100 from 2025, A = 1,000 per job for 5 years; pi = 0.5, f = 2027, kappa = 0.5.
        // Failure path: G = 100, 100, 0, 0, 0; Out = 1e5, 1e5, 0, 0, 0; K = 0.5 * 2e5 = 1e5 in 2027.
        // Expected: G = 100, 100, 50, 50, 50; Out = 1e5, 1e5, 5e4, 5e4, 5e4; K = 0.5 * 1e5 = 5e4 in 2027.
        Incentive subsidy = incentive("i", IncentiveType.JOB_SUBSIDY, "A", 2025)
                .duration(5)
                .jobs(100)
                .amount(1_000)
                .build()
                .withRisk(0.5, 2027, 0, 0.5);
        ScenarioViews views = ProjectionEngine.views(oneIncentive(subsidy));
        ProjectionResult expected = views.expected();
        assertColumn(column(expected, YearResult::grossDirectJobs), 100, 100, 50, 50, 50);
        assertColumn(column(expected, YearResult::outlay), 1e5, 1e5, 5e4, 5e4, 5e4);
        assertColumn(column(expected, YearResult::clawbacks), 0, 0, 5e4, 0, 0);
        // Rev = G * 1e5 * 0.1 = 1e6 per 100 jobs
        assertColumn(column(expected, YearResult::taxRevenue), 1e6, 1e6, 5e5, 5e5, 5e5);
        assertClose(expected.kpi(Kpi.PV_CLAWBACKS), 5e4);
        assertClose(expected.kpi(Kpi.NPV), 3.5e6 + 5e4 - 3.5e5);
        assertClose(expected.kpi(Kpi.BENEFIT_COST_RATIO), (3.5e6 + 5e4) / 3.5e5);
        // Promised: all 100 jobs all five years, no clawback.
        assertColumn(column(views.promised(), YearResult::grossDirectJobs), 100, 100, 100, 100, 100);
        assertClose(views.promised().kpi(Kpi.PV_CLAWBACKS), 0);
        assertClose(views.promised().kpi(Kpi.NPV), 5e6 - 5e5);
        IncentiveResult one = expected.incentive("i").orElseThrow();
        assertClose(one.clawbacks(), 5e4);
        assertClose(one.npv(), 3.5e6 + 5e4 - 3.5e5);
    }

    @Test
    void a_stake_that_fails_before_its_exit_gets_its_recovery_in_the_failure_year_instead_of_the_exit() {
        // NIO-like: 7e9 in 2025, exit 2027 at 5.5x; pi = 0.35, failure 2026 with a buyback at 1.1x.
        // Expected P: 2026: 0.65 * 7.7e9 = 5.005e9; 2027: 0.35 * 3.85e10 = 1.3475e10.
        Incentive stake = incentive("nio", IncentiveType.EQUITY, "A", 2025)
                .amount(7e9)
                .exit(2027, 5.5)
                .build()
                .withRisk(0.35, 2026, 1.1, 0);
        ProjectionResult expected = ProjectionEngine.views(oneIncentive(stake)).expected();
        assertColumn(column(expected, YearResult::equityProceeds), 0, 5.005e9, 1.3475e10, 0, 0);
        assertColumn(column(expected, YearResult::outlay), 7e9, 0, 0, 0, 0);
        assertClose(expected.kpi(Kpi.PV_PROCEEDS), 5.005e9 + 1.3475e10);
        // The contract's own return is reported as promised.
        assertClose(expected.incentive("nio").orElseThrow().moic(), 5.5);
    }

    @Test
    void a_stake_that_fails_after_its_exit_has_already_been_paid_in_full() {
        Incentive stake = incentive("s", IncentiveType.EQUITY, "A", 2025)
                .amount(1e9)
                .exit(2026, 2)
                .build()
                .withRisk(0.2, 2028, 0.5, 0);
        ProjectionResult expected = ProjectionEngine.views(oneIncentive(stake)).expected();
        assertColumn(column(expected, YearResult::equityProceeds), 0, 2e9, 0, 0, 0);
    }

    @Test
    void grants_and_talent_subsidies_stop_in_the_failure_year_and_a_certain_failure_claws_back_what_was_paid() {
        // RD grant 1e6 a year for 5 years, pi = 0, f = 2027, kappa = 1: paid 2e6 before f, all of it back in 2027.
        Incentive grant = incentive("g", IncentiveType.RD_GRANT, "A", 2025)
                .duration(5)
                .amount(1e6)
                .build()
                .withRisk(0, 2027, 0, 1);
        ProjectionResult expected = ProjectionEngine.views(oneIncentive(grant)).expected();
        assertColumn(column(expected, YearResult::outlay), 1e6, 1e6, 0, 0, 0);
        assertColumn(column(expected, YearResult::clawbacks), 0, 0, 2e6, 0, 0);
        // F = K - Out: -1e6, -1e6, +2e6, 0, 0 -> C = -1e6, -2e6, 0, 0, 0
        assertColumn(column(expected, YearResult::cumulativeNetFiscalFlow), -1e6, -2e6, 0, 0, 0);
        assertClose(expected.kpi(Kpi.PEAK_FUNDING_GAP), 2e6);
        assertClose(expected.kpi(Kpi.BREAK_EVEN_YEAR), 2027);

        Incentive talents = incentive("t", IncentiveType.TALENT_SUBSIDY, "A", 2025)
                .duration(5)
                .talents(10)
                .amount(1e5)
                .build()
                .withRisk(0.25, 2026, 0, 0);
        assertColumn(
                column(ProjectionEngine.views(oneIncentive(talents)).expected(), YearResult::outlay),
                1e6,
                2.5e5,
                2.5e5,
                2.5e5,
                2.5e5);
    }

    @Test
    void land_pays_in_its_start_year_even_when_the_firm_fails_that_year_and_then_nothing_was_paid_before() {
        Incentive land = incentive("l", IncentiveType.LAND_DISCOUNT, "A", 2025)
                .jobs(100)
                .amount(5e6)
                .build()
                .withRisk(0.5, 2025, 0, 1);
        ProjectionResult expected = ProjectionEngine.views(oneIncentive(land)).expected();
        assertColumn(column(expected, YearResult::outlay), 5e6, 0, 0, 0, 0);
        assertColumn(column(expected, YearResult::clawbacks), 0, 0, 0, 0, 0);
        assertColumn(column(expected, YearResult::grossDirectJobs), 50, 50, 50, 50, 50);
    }

    @Test
    void the_budget_shares_compare_the_outlay_with_the_grown_budget() {
        // B0 = 1e7, gB = 10%: Bud = 1.1e7, 1.21e7, ... Out = 5e6 in 2025 only (land).
        // peakOutlayShare = 5e6 / 1.1e7; outlayShareOfBudget = 5e6 / (1.1e7 + 1.21e7 + 1.331e7 + 1.4641e7 + 1.61051e7)
        Incentive land = incentive("l", IncentiveType.LAND_DISCOUNT, "A", 2025)
                .amount(5e6)
                .build();
        Scenario s = oneIncentive(land);
        s = s.withSettings(s.settings().withRisk(1e7, 0.1, 0, 2_000, 1, 0.8));
        ProjectionResult promised = ProjectionEngine.views(s).promised();
        assertClose(promised.kpi(Kpi.PEAK_OUTLAY_SHARE), 5e6 / 1.1e7);
        assertClose(promised.kpi(Kpi.OUTLAY_SHARE_OF_BUDGET), 5e6 / (1.1e7 + 1.21e7 + 1.331e7 + 1.4641e7 + 1.61051e7));
        assertClose(promised.kpi(Kpi.PEAK_FUNDING_GAP), 5e6);
    }

    @Test
    void with_every_probability_1_the_expected_view_is_the_promised_view() {
        Incentive subsidy = incentive("i", IncentiveType.JOB_SUBSIDY, "A", 2025)
                .jobs(10)
                .amount(1)
                .build();
        ScenarioViews views = ProjectionEngine.views(oneIncentive(subsidy));
        assertThat(views.expected()).isEqualTo(views.promised());
    }
}
