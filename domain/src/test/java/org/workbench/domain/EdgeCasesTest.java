package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;
import static org.workbench.domain.Tolerance.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeCasesTest {

    @Test
    void an_empty_scenario_yields_zero_years_and_leaves_the_undefined_ratios_empty() {
        var result = ProjectionEngine.project(scenario(settings(2024, 3, 0.05), List.of(), List.of()));
        assertThat(result.years()).hasSize(3).allSatisfy(y -> {
            assertThat(y.totalJobs()).isZero();
            assertThat(y.outlay()).isZero();
            assertThat(y.cumulativeNetFiscalFlow()).isZero();
        });
        assertThat(result.kpi(Kpi.NPV)).hasValue(0);
        assertThat(result.kpi(Kpi.NET_JOBS_FINAL)).hasValue(0);
        assertThat(result.kpi(Kpi.BENEFIT_COST_RATIO)).isEmpty();
        assertThat(result.kpi(Kpi.COST_PER_NET_JOB)).isEmpty();
        assertThat(result.kpi(Kpi.COST_PER_GROSS_JOB)).isEmpty();
        assertThat(result.kpi(Kpi.CONCENTRATION_HHI)).isEmpty();
        assertThat(result.kpi(Kpi.JOBS_VS_BASELINE)).isEmpty();
        // C(t) = 0 >= 0 in every year: by the model's definition the scenario breaks even at once.
        assertThat(result.kpi(Kpi.BREAK_EVEN_YEAR)).hasValue(2025);
        assertThat(result.incentiveResults()).isEmpty();
        assertThat(result.industryResults()).isEmpty();
        assertThat(result.outlayByType()).hasSize(IncentiveType.values().length);
    }

    @Test
    void a_one_year_horizon_has_one_year_and_discounts_it_once() {
        // 10 jobs * 1e6 * 0.1 = 1e6 revenue, grant 4e5; r = 0.25: npv = (1e6 - 4e5) / 1.25 = 480,000
        var s = scenario(
                settings(2024, 1, 0.25),
                List.of(industry("A", 1e6, 0.5, 0, 0.1, 1, 0)),
                List.of(incentive("g", IncentiveType.RD_GRANT, "A", 2025)
                        .jobs(10)
                        .amount(4e5)
                        .build()));
        var result = ProjectionEngine.project(s);
        assertThat(result.years()).singleElement().extracting(YearResult::year).isEqualTo(2025);
        // p(2025) = 1e6 * 1.5^1 = 1.5e6: revenue 1.5e6, npv = (1.5e6 - 4e5) / 1.25 = 880,000
        assertClose(result.kpi(Kpi.NPV), 880_000);
        assertClose(result.kpi(Kpi.BREAK_EVEN_YEAR), 2025);
    }

    @Test
    void incentives_starting_in_the_last_year_pay_and_create_jobs_only_in_that_year() {
        // s = Y0 + H = 2030, J = 100, R = 4: G(2030) = 25; job subsidy 1000 * 25 = 25,000; equity 1e6 in 2030
        var s = scenario(
                settings(2024, 6, 0),
                List.of(industry("A")),
                List.of(
                        incentive("j", IncentiveType.JOB_SUBSIDY, "A", 2030)
                                .duration(5)
                                .jobs(100)
                                .ramp(4)
                                .amount(1000)
                                .build(),
                        incentive("e", IncentiveType.EQUITY, "A", 2030)
                                .amount(1e6)
                                .exit(2031, 2)
                                .build()));
        var result = ProjectionEngine.project(s);
        assertThat(result.years().subList(0, 5)).allSatisfy(y -> {
            assertThat(y.grossDirectJobs()).isZero();
            assertThat(y.outlay()).isZero();
        });
        YearResult last = result.years().get(5);
        assertClose(last.grossDirectJobs(), 25);
        assertClose(last.outlay(), 25_000 + 1e6);
        assertThat(last.equityProceeds()).isZero();
    }

    @Test
    void an_equity_exit_after_the_horizon_brings_no_proceeds_and_no_return_figures() {
        var s = scenario(
                settings(2024, 3, 0),
                List.of(industry("A")),
                List.of(incentive("e", IncentiveType.EQUITY, "A", 2025)
                        .amount(1e6)
                        .exit(2028, 4)
                        .build()));
        var result = ProjectionEngine.project(s);
        assertThat(result.kpi(Kpi.PV_PROCEEDS)).hasValue(0);
        IncentiveResult equity = result.incentive("e").orElseThrow();
        assertThat(equity.moic()).isEmpty();
        assertThat(equity.irr()).isEmpty();
        assertThat(result.equityReturns()).isEmpty();
        assertClose(result.kpi(Kpi.NPV), -1e6);
    }

    @Test
    void an_exit_in_the_last_year_counts() {
        var s = scenario(
                settings(2024, 3, 0),
                List.of(industry("A")),
                List.of(incentive("e", IncentiveType.EQUITY, "A", 2025)
                        .amount(1e6)
                        .exit(2027, 0)
                        .build()));
        IncentiveResult equity = ProjectionEngine.project(s).incentive("e").orElseThrow();
        // A total loss: MOIC 0, IRR = 0^(1/2) - 1 = -1
        assertClose(equity.moic(), 0);
        assertClose(equity.irr(), -1);
    }

    @Test
    void incentives_with_zero_jobs_cost_money_but_leave_the_per_job_figures_empty() {
        var s = scenario(
                settings(2024, 3, 0.03),
                List.of(industry("A")),
                List.of(incentive("g", IncentiveType.RD_GRANT, "A", 2025)
                        .duration(3)
                        .amount(1e6)
                        .build()));
        var result = ProjectionEngine.project(s);
        assertThat(result.kpi(Kpi.INCENTIVE_OUTLAY)).hasValue(3e6);
        assertThat(result.kpi(Kpi.COST_PER_NET_JOB)).isEmpty();
        assertThat(result.kpi(Kpi.COST_PER_GROSS_JOB)).isEmpty();
        assertThat(result.kpi(Kpi.CONCENTRATION_HHI)).isEmpty();
        assertThat(result.kpi(Kpi.BENEFIT_COST_RATIO)).hasValue(0);
        assertThat(result.kpi(Kpi.BREAK_EVEN_YEAR)).isEmpty();
    }

    @Test
    void industries_without_incentives_still_count_in_the_baseline_but_not_in_value_added() {
        var s = scenario(
                settings(2024, 2, 0),
                List.of(
                        new Industry("A", "A", 500, 1e5, 0, 0, 0, 1, 0),
                        new Industry("B", "B", 1500, 1e5, 0, 0, 0, 1, 0)),
                List.of());
        var result = ProjectionEngine.project(s);
        assertThat(result.kpi(Kpi.JOBS_VS_BASELINE)).hasValue(0);
        assertThat(result.industryResults()).hasSize(2);
        assertThat(result.industryResults().get(1).valueAddedShareFinal()).isEmpty();
    }
}
