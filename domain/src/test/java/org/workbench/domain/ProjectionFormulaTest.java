package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;
import static org.workbench.domain.IncentiveType.EQUITY;
import static org.workbench.domain.IncentiveType.JOB_SUBSIDY;
import static org.workbench.domain.IncentiveType.LAND_DISCOUNT;
import static org.workbench.domain.IncentiveType.RD_GRANT;
import static org.workbench.domain.IncentiveType.TALENT_SUBSIDY;
import static org.workbench.domain.IncentiveType.TAX_REBATE;
import static org.workbench.domain.Tolerance.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One small hand-checked case per formula of the calculation model; the arithmetic is in the comments. */
class ProjectionFormulaTest {

    private static List<Double> column(ProjectionResult result, java.util.function.ToDoubleFunction<YearResult> f) {
        return result.years().stream().map(y -> f.applyAsDouble(y)).toList();
    }

    @Test
    void results_cover_the_years_after_the_base_year_up_to_the_horizon() {
        var result = ProjectionEngine.project(scenario(settings(2024, 3, 0), List.of(), List.of()));
        assertThat(result.years()).extracting(YearResult::year).containsExactly(2025, 2026, 2027);
        assertThat(result.modelVersion()).isEqualTo("1");
    }

    @Test
    void gross_jobs_ramp_up_linearly_and_then_stay() {
        // J = 300, R = 3, s = 2026, Y0 = 2024: t=2025 -> 0, 2026 -> 300*1/3 = 100, 2027 -> 200, 2028 -> 300, 2029 ->
        // 300
        var s = scenario(
                settings(2024, 5, 0),
                List.of(industry("A")),
                List.of(incentive("i", RD_GRANT, "A", 2026).jobs(300).ramp(3).build()));
        assertThat(column(ProjectionEngine.project(s), YearResult::grossDirectJobs))
                .containsExactly(0.0, 100.0, 200.0, 300.0, 300.0);
    }

    @Test
    void net_jobs_keep_only_the_but_for_share_net_of_displacement_and_total_jobs_apply_the_multiplier() {
        // G = 1000, b = 0.5, q = 0.2: N = 1000 * 0.5 * 0.8 = 400; M = 1.5: E = 600
        var s = scenario(
                settings(2024, 1, 0),
                List.of(industry("A", 100_000, 0, 0, 0, 1.5, 0.2)),
                List.of(incentive("i", RD_GRANT, "A", 2025)
                        .jobs(1000)
                        .butFor(0.5)
                        .build()));
        YearResult year = ProjectionEngine.project(s).years().get(0);
        assertClose(year.netDirectJobs(), 400);
        assertClose(year.totalJobs(), 600);
    }

    @Test
    void productivity_and_wages_grow_from_the_base_year_and_give_value_added_labour_income_and_tax() {
        // v = 100,000, w = 50,000, g = 0.1, x = 0.1, E = 600 from 2025 (Y0 = 2024).
        // k = 2 (2026): p = 100,000 * 1.1^2 = 121,000; w = 50,000 * 1.21 = 60,500
        // V = 600 * 121,000 = 72,600,000; L = 600 * 60,500 = 36,300,000; Rev = 0.1 * V = 7,260,000
        var s = scenario(
                settings(2024, 2, 0),
                List.of(industry("A", 100_000, 0.1, 50_000, 0.1, 1.5, 0.2)),
                List.of(incentive("i", RD_GRANT, "A", 2025)
                        .jobs(1000)
                        .butFor(0.5)
                        .build()));
        YearResult year = ProjectionEngine.project(s).years().get(1);
        assertClose(year.valueAdded(), 72_600_000);
        assertClose(year.laborIncome(), 36_300_000);
        assertClose(year.taxRevenue(), 7_260_000);
    }

    @Test
    void equity_is_paid_once_in_the_start_year_whatever_the_duration() {
        // A = 5,000,000 at s = 2025, D = 3: outlay 5e6, 0, 0
        var s = scenario(
                settings(2024, 3, 0),
                List.of(industry("A")),
                List.of(incentive("i", EQUITY, "A", 2025)
                        .duration(3)
                        .amount(5e6)
                        .exit(2030, 2)
                        .build()));
        assertThat(column(ProjectionEngine.project(s), YearResult::outlay)).containsExactly(5e6, 0.0, 0.0);
    }

    @Test
    void job_subsidies_pay_per_gross_job_while_active() {
        // A = 10,000, J = 300, R = 3, D = 2 from 2025: G = 100, 200, 300; paid 1e6, 2e6, then 0 (no longer active)
        var s = scenario(
                settings(2024, 3, 0),
                List.of(industry("A")),
                List.of(incentive("i", JOB_SUBSIDY, "A", 2025)
                        .duration(2)
                        .jobs(300)
                        .ramp(3)
                        .butFor(0.1)
                        .amount(10_000)
                        .build()));
        assertThat(column(ProjectionEngine.project(s), YearResult::outlay)).containsExactly(1e6, 2e6, 0.0);
    }

    @Test
    void tax_rebates_return_a_share_of_the_beneficiarys_own_tax_on_gross_jobs() {
        // A = 0.5, G = 1000, p = 100,000, x = 0.1: rebate = 0.5 * 1000 * 100,000 * 0.1 = 5,000,000 a year.
        // Revenue counts only net jobs: N = 1000 * 0.2 = 200, Rev = 200 * 100,000 * 0.1 = 2,000,000.
        var s = scenario(
                settings(2024, 2, 0),
                List.of(industry("A", 100_000, 0, 0, 0.1, 1, 0)),
                List.of(incentive("i", TAX_REBATE, "A", 2025)
                        .duration(1)
                        .jobs(1000)
                        .butFor(0.2)
                        .amount(0.5)
                        .build()));
        var result = ProjectionEngine.project(s);
        assertThat(column(result, YearResult::outlay)).containsExactly(5e6, 0.0);
        assertClose(result.years().get(0).taxRevenue(), 2e6);
    }

    @Test
    void land_discounts_are_forgone_once_in_the_start_year() {
        var s = scenario(
                settings(2024, 3, 0),
                List.of(industry("A")),
                List.of(incentive("i", LAND_DISCOUNT, "A", 2026)
                        .duration(2)
                        .amount(2e6)
                        .build()));
        assertThat(column(ProjectionEngine.project(s), YearResult::outlay)).containsExactly(0.0, 2e6, 0.0);
    }

    @Test
    void talent_subsidies_pay_per_talent_per_active_year() {
        // A = 100,000 per talent, T = 50: 5,000,000 in each of the 2 active years
        var s = scenario(
                settings(2024, 3, 0),
                List.of(industry("A")),
                List.of(incentive("i", TALENT_SUBSIDY, "A", 2025)
                        .duration(2)
                        .amount(100_000)
                        .talents(50)
                        .build()));
        assertThat(column(ProjectionEngine.project(s), YearResult::outlay)).containsExactly(5e6, 5e6, 0.0);
    }

    @Test
    void research_grants_pay_the_amount_each_active_year_and_stop_at_the_horizon() {
        // A = 3e6, D = 10 from 2026 but the horizon ends in 2027: paid in 2026 and 2027 only
        var s = scenario(
                settings(2024, 3, 0),
                List.of(industry("A")),
                List.of(incentive("i", RD_GRANT, "A", 2026)
                        .duration(10)
                        .amount(3e6)
                        .build()));
        var result = ProjectionEngine.project(s);
        assertThat(column(result, YearResult::outlay)).containsExactly(0.0, 3e6, 3e6);
        assertClose(result.kpi(Kpi.INCENTIVE_OUTLAY), 6e6);
    }

    @Test
    void equity_returns_its_multiple_in_the_exit_year_with_moic_and_irr() {
        // A = 1e6, X = 3, s = 2025, e = 2027: P(2027) = 3e6; MOIC 3; IRR = 3^(1/2) - 1 = 0.7320508...
        var s = scenario(
                settings(2024, 5, 0),
                List.of(industry("A")),
                List.of(incentive("i", EQUITY, "A", 2025)
                        .amount(1e6)
                        .exit(2027, 3)
                        .build()));
        var result = ProjectionEngine.project(s);
        assertThat(column(result, YearResult::equityProceeds)).containsExactly(0.0, 0.0, 3e6, 0.0, 0.0);
        IncentiveResult equity = result.incentive("i").orElseThrow();
        assertClose(equity.moic(), 3);
        assertClose(equity.irr(), Math.sqrt(3) - 1);
        assertThat(result.equityReturns()).containsExactly(equity);
    }

    @Test
    void discounting_divides_year_k_by_one_plus_r_to_the_k() {
        // r = 0.1, 1000 a year in k = 1, 2: PV = 1000/1.1 + 1000/1.21 = 909.0909... + 826.4462... = 1735.5371...
        var s = scenario(
                settings(2024, 2, 0.1),
                List.of(industry("A")),
                List.of(incentive("i", RD_GRANT, "A", 2025)
                        .duration(2)
                        .amount(1000)
                        .build()));
        var result = ProjectionEngine.project(s);
        assertClose(result.kpi(Kpi.PV_OUTLAY), 1000 / 1.1 + 1000 / 1.21);
        assertClose(result.kpi(Kpi.INCENTIVE_OUTLAY), 2000);
    }

    @Test
    void newcomers_follow_jobs_and_cost_public_services() {
        // E = 100, m = 0.6, h = 2.5: Pop = 100 * 0.6 * 2.5 = 150; c = 10,000: S = 1,500,000
        var s = scenario(
                settings(2024, 1, 0, 2.5, 0.6, 10_000),
                List.of(industry("A")),
                List.of(incentive("i", RD_GRANT, "A", 2025).jobs(100).build()));
        var result = ProjectionEngine.project(s);
        YearResult year = result.years().get(0);
        assertClose(year.populationInflow(), 150);
        assertClose(year.serviceCost(), 1_500_000);
        assertClose(result.kpi(Kpi.POPULATION_FINAL), 150);
        assertClose(result.kpi(Kpi.PV_SERVICE_COST), 1_500_000);
    }

    /**
     * v = 1e6, x = 0.1, 10 jobs from 2025: Rev = 10 * 1e6 * 0.1 = 1e6 a year. A grant of 2.5e6 in 2025:
     * F = -1.5e6, 1e6, 1e6, 1e6; C = -1.5e6, -0.5e6, 0.5e6, 1.5e6.
     */
    private static Scenario paysBackInTheThirdYear() {
        return scenario(
                settings(2024, 4, 0),
                List.of(industry("A", 1e6, 0, 0, 0.1, 1, 0)),
                List.of(incentive("i", RD_GRANT, "A", 2025)
                        .jobs(10)
                        .amount(2.5e6)
                        .build()));
    }

    @Test
    void net_fiscal_flow_is_revenue_plus_proceeds_minus_outlay_and_service_cost_and_accumulates() {
        var result = ProjectionEngine.project(paysBackInTheThirdYear());
        assertThat(column(result, YearResult::netFiscalFlow)).containsExactly(-1.5e6, 1e6, 1e6, 1e6);
        assertThat(column(result, YearResult::cumulativeNetFiscalFlow)).containsExactly(-1.5e6, -0.5e6, 0.5e6, 1.5e6);
    }

    @Test
    void break_even_is_the_first_year_from_which_the_cumulative_flow_stays_non_negative() {
        assertClose(ProjectionEngine.project(paysBackInTheThirdYear()).kpi(Kpi.BREAK_EVEN_YEAR), 2027);
    }

    @Test
    void break_even_skips_an_early_surplus_that_a_later_outlay_wipes_out() {
        // Rev = 1e6 a year; land 2.5e6 in 2026: F = 1e6, -1.5e6, 1e6, 1e6; C = 1e6, -0.5e6, 0.5e6, 1.5e6 -> 2027
        var s = scenario(
                settings(2024, 4, 0),
                List.of(industry("A", 1e6, 0, 0, 0.1, 1, 0)),
                List.of(
                        incentive("jobs", JOB_SUBSIDY, "A", 2025).jobs(10).build(),
                        incentive("land", LAND_DISCOUNT, "A", 2026)
                                .amount(2.5e6)
                                .build()));
        assertClose(ProjectionEngine.project(s).kpi(Kpi.BREAK_EVEN_YEAR), 2027);
    }

    @Test
    void break_even_is_empty_when_the_cumulative_flow_ends_below_zero() {
        // Rev = 1e6 a year for 2 years against a 2.5e6 grant: C(2026) = -0.5e6
        var s = scenario(
                settings(2024, 2, 0),
                List.of(industry("A", 1e6, 0, 0, 0.1, 1, 0)),
                List.of(incentive("i", RD_GRANT, "A", 2025)
                        .jobs(10)
                        .amount(2.5e6)
                        .build()));
        assertThat(ProjectionEngine.project(s).kpi(Kpi.BREAK_EVEN_YEAR)).isEmpty();
    }

    @Test
    void key_figures_follow_the_table_of_the_model() {
        // Y0 = 2024, H = 2, r = 0.1, m = 0.5, h = 2, c = 1000.
        // Industry A: v = 1e5, x = 0.1, M = 2, q = 0.5, B = 1000. Job subsidy 1000 per gross job, J = 200, b = 0.5,
        // R = 2, D = 2. G = 100, 200; N = G * 0.25 = 25, 50; E = 50, 100.
        // V = 5e6, 1e7; Rev = 5e5, 1e6; Out = 1e5, 2e5; Pop = E * 0.5 * 2 = 50, 100; S = 5e4, 1e5.
        var industryA = new Industry("A", "A", 1000, 1e5, 0, 20_000, 0.1, 2, 0.5);
        var s = scenario(
                settings(2024, 2, 0.1, 2, 0.5, 1000),
                List.of(industryA),
                List.of(incentive("i", JOB_SUBSIDY, "A", 2025)
                        .duration(2)
                        .jobs(200)
                        .ramp(2)
                        .butFor(0.5)
                        .amount(1000)
                        .build()));
        var r = ProjectionEngine.project(s);
        assertClose(r.kpi(Kpi.NET_JOBS_FINAL), 100);
        assertClose(r.kpi(Kpi.GROSS_DIRECT_JOBS_FINAL), 200);
        assertClose(r.kpi(Kpi.JOB_YEARS), 150);
        assertClose(r.kpi(Kpi.VALUE_ADDED_FINAL), 1e7);
        assertClose(r.kpi(Kpi.LABOR_INCOME_FINAL), 100 * 20_000);
        assertClose(r.kpi(Kpi.POPULATION_FINAL), 100);
        assertClose(r.kpi(Kpi.INCENTIVE_OUTLAY), 3e5);
        double pvOutlay = 1e5 / 1.1 + 2e5 / 1.21;
        double pvRevenue = 5e5 / 1.1 + 1e6 / 1.21;
        double pvService = 5e4 / 1.1 + 1e5 / 1.21;
        assertClose(r.kpi(Kpi.PV_OUTLAY), pvOutlay);
        assertClose(r.kpi(Kpi.PV_REVENUE), pvRevenue);
        assertClose(r.kpi(Kpi.PV_PROCEEDS), 0);
        assertClose(r.kpi(Kpi.PV_SERVICE_COST), pvService);
        assertClose(r.kpi(Kpi.NPV), pvRevenue - pvOutlay - pvService);
        assertClose(r.kpi(Kpi.BENEFIT_COST_RATIO), pvRevenue / (pvOutlay + pvService));
        // C = 5e5 - 1e5 - 5e4 = 3.5e5 > 0 from the first year
        assertClose(r.kpi(Kpi.BREAK_EVEN_YEAR), 2025);
        assertClose(r.kpi(Kpi.COST_PER_NET_JOB), 3e5 / 100);
        assertClose(r.kpi(Kpi.COST_PER_GROSS_JOB), 3e5 / 200);
        assertClose(r.kpi(Kpi.CONCENTRATION_HHI), 1);
        assertClose(r.kpi(Kpi.JOBS_VS_BASELINE), 100.0 / 1000);

        // The only incentive carries the whole scenario.
        IncentiveResult only = r.incentive("i").orElseThrow();
        assertClose(only.totalJobsFinal(), 100);
        assertClose(only.netDirectJobsFinal(), 50);
        assertClose(only.grossDirectJobsFinal(), 200);
        assertClose(only.jobYears(), 150);
        assertClose(only.valueAddedFinal(), 1e7);
        assertClose(only.outlay(), 3e5);
        assertClose(only.pvOutlay(), pvOutlay);
        assertClose(only.pvRevenue(), pvRevenue);
        assertClose(only.pvServiceCost(), pvService);
        assertClose(only.npv(), pvRevenue - pvOutlay - pvService);
        assertClose(only.costPerNetJob(), 3e5 / 100);
        assertThat(only.moic()).isEmpty();
        // Every key figure is defined but the two budget shares, which need the city's budget (version 2).
        assertThat(r.kpis()).hasSize(Kpi.values().length - 2);
        assertThatThrownBy(() -> r.kpis().put(Kpi.NPV, 0.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void concentration_is_the_sum_of_squared_value_added_shares_of_the_industries() {
        // V_A = 30 jobs * 1e5 = 3e6, V_B = 10 * 1e5 = 1e6, C has none: shares 0.75, 0.25, 0 -> 0.5625 + 0.0625 = 0.625
        var s = scenario(
                settings(2024, 1, 0),
                List.of(industry("A"), industry("B"), industry("C")),
                List.of(
                        incentive("a", RD_GRANT, "A", 2025).jobs(30).build(),
                        incentive("b", RD_GRANT, "B", 2025).jobs(10).build()));
        var result = ProjectionEngine.project(s);
        assertClose(result.kpi(Kpi.CONCENTRATION_HHI), 0.625);
        assertThat(result.industryResults()).extracting(IndustryResult::code).containsExactly("A", "B", "C");
        assertClose(result.industryResults().get(0).valueAddedShareFinal(), 0.75);
        assertClose(result.industryResults().get(1).valueAdded().last(), 1e6);
        assertClose(result.industryResults().get(2).totalJobs().sum(), 0);
    }

    @Test
    void jobs_versus_baseline_divides_net_jobs_by_the_baseline_of_all_industries() {
        // E = 400 against B = 1000 + 3000: 0.1
        var s = scenario(
                settings(2024, 1, 0),
                List.of(
                        new Industry("A", "A", 1000, 1e5, 0, 0, 0, 1, 0),
                        new Industry("B", "B", 3000, 1e5, 0, 0, 0, 1, 0)),
                List.of(incentive("a", RD_GRANT, "A", 2025).jobs(400).build()));
        assertClose(ProjectionEngine.project(s).kpi(Kpi.JOBS_VS_BASELINE), 0.1);
    }

    @Test
    void outlay_is_split_by_incentive_type_for_each_year() {
        var s = scenario(
                settings(2024, 2, 0),
                List.of(industry("A")),
                List.of(
                        incentive("rd", RD_GRANT, "A", 2025)
                                .duration(2)
                                .amount(3e6)
                                .build(),
                        incentive("land", LAND_DISCOUNT, "A", 2026).amount(2e6).build()));
        var byType = ProjectionEngine.project(s).outlayByType();
        assertThat(byType).containsOnlyKeys(IncentiveType.values());
        assertThat(byType.get(RD_GRANT).toArray()).containsExactly(3e6, 3e6);
        assertThat(byType.get(LAND_DISCOUNT).toArray()).containsExactly(0.0, 2e6);
        assertThat(byType.get(EQUITY).sum()).isZero();
        assertThat(byType.get(RD_GRANT).firstYear()).isEqualTo(2025);
    }
}
