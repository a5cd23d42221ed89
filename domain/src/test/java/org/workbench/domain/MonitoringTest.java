package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;
import static org.workbench.domain.Tolerance.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Actuals against the promise, and the monitored view, on a Foxconn-like case worked by hand. */
class MonitoringTest {

    /** J = 1,000 jobs from 2025, A = 1,000 per job a year for 5 years; Y0 = 2024, H = 5, r = 0, v = 1e5, tax 10%. */
    private static Scenario promise(List<Actual> actuals) {
        Incentive subsidy = incentive("fox", IncentiveType.JOB_SUBSIDY, "A", 2025)
                .duration(5)
                .jobs(1_000)
                .amount(1_000)
                .build();
        Incentive other =
                incentive("other", IncentiveType.RD_GRANT, "A", 2025).amount(1).build();
        return scenario(settings(2024, 5, 0), List.of(industry("A", 100_000, 0, 0, 0.1, 1, 0)), List.of(subsidy, other))
                .with(List.of(), actuals);
    }

    @Test
    void recorded_jobs_replace_the_promise_and_the_latest_delivery_ratio_carries_forward() {
        // 2025: 500 jobs, 4e5 paid; 2026: 400 jobs (no outlay recorded); 2027: 1e5 clawed back.
        // T_i = 2026, DR = 400 / 1000 = 0.4 < 0.8: behind. Jobs: 500, 400, 400, 400, 400.
        // Outlay: 4e5 (recorded), then 1,000 per monitored job: 4e5 each year.
        Scenario s = promise(List.of(
                new Actual("fox", 2025, 500.0, 4e5, null),
                new Actual("fox", 2026, 400.0, null, null),
                new Actual("fox", 2027, null, null, 1e5)));
        ScenarioViews views = ProjectionEngine.views(s);
        ProjectionResult monitored = views.monitored().orElseThrow();
        assertThat(monitored.years())
                .extracting(YearResult::grossDirectJobs)
                .containsExactly(500.0, 400.0, 400.0, 400.0, 400.0);
        // The grant keeps its promise: 1 in 2025.
        assertThat(monitored.years()).extracting(YearResult::outlay).containsExactly(4e5 + 1, 4e5, 4e5, 4e5, 4e5);
        assertThat(monitored.years()).extracting(YearResult::clawbacks).containsExactly(0.0, 0.0, 1e5, 0.0, 0.0);
        assertClose(monitored.kpi(Kpi.PV_CLAWBACKS), 1e5);
        // Revenue on 500 + 4 * 400 = 2,100 job-years at 1e4 each.
        assertClose(monitored.kpi(Kpi.PV_REVENUE), 2.1e7);

        IncentiveMonitoring fox = views.monitoring().getFirst();
        assertThat(views.monitoring()).hasSize(1);
        assertThat(fox.code()).isEqualTo("fox");
        assertThat(fox.lastJobsYear()).hasValue(2026);
        assertClose(fox.deliveryRatio(), 0.4);
        assertThat(fox.behind()).isTrue();
        assertThat(views.behind()).containsExactly(fox);
        // 4e5 paid up to T = 2027, over the 400 jobs delivered in 2026.
        assertClose(fox.costPerDeliveredJob(), 1_000);
        IncentiveMonitoring.Year first = fox.years().getFirst();
        assertThat(fox.years()).extracting(IncentiveMonitoring.Year::year).containsExactly(2025, 2026, 2027);
        assertClose(first.deliveryRatio(), 0.5);
        assertClose(first.outlayVariance(), 4e5 - 1e6);
        assertThat(fox.years().get(1).outlayVariance()).isEmpty();
        assertClose(fox.years().get(2).actualMoneyBack(), 1e5);
    }

    @Test
    void the_figures_to_date_sum_the_recorded_years_and_skip_the_years_without_a_record() {
        // Outlays 4e5 (2025) and 7e5 (2027) against 1e6 promised each year: variance -6e5 and -3e5.
        Scenario s = promise(List.of(
                new Actual("fox", 2025, 500.0, 4e5, null),
                new Actual("fox", 2026, 400.0, null, 2e4),
                new Actual("fox", 2027, null, 7e5, 1e5)));
        IncentiveMonitoring fox = ProjectionEngine.views(s).monitoring().getFirst();
        assertClose(fox.outlayToDate(), 1.1e6);
        assertClose(fox.outlayVarianceToDate(), -9e5);
        assertClose(fox.moneyBackToDate(), 1.2e5);
        IncentiveMonitoring.Year last = fox.lastJobsRow().orElseThrow();
        assertThat(last.year()).isEqualTo(2026);
        assertClose(last.actualGrossJobs(), 400);

        IncentiveMonitoring jobsOnly = ProjectionEngine.views(
                        promise(List.of(new Actual("fox", 2025, null, null, 5.0))))
                .monitoring()
                .getFirst();
        assertThat(jobsOnly.outlayVarianceToDate()).isEmpty();
        assertThat(jobsOnly.outlayToDate()).isZero();
        assertThat(jobsOnly.lastJobsRow()).isEmpty();
    }

    @Test
    void an_incentive_on_track_is_not_behind_and_a_lower_threshold_forgives_a_shortfall() {
        Scenario s = promise(List.of(new Actual("fox", 2025, 900.0, null, null)));
        IncentiveMonitoring fox = ProjectionEngine.views(s).monitoring().getFirst();
        assertClose(fox.deliveryRatio(), 0.9);
        assertThat(fox.behind()).isFalse();
        assertThat(fox.costPerDeliveredJob()).isEmpty();
        Scenario lenient = promise(List.of(new Actual("fox", 2025, 500.0, null, null)));
        lenient = lenient.withSettings(lenient.settings().withRisk(0, 0, 0, 2_000, 1, 0.5));
        assertThat(ProjectionEngine.views(lenient).monitoring().getFirst().behind())
                .isFalse();
    }

    @Test
    void money_back_of_a_stake_counts_as_proceeds_and_replaces_the_promised_exit_of_that_year() {
        Incentive stake = incentive("s", IncentiveType.EQUITY, "A", 2025)
                .amount(1e9)
                .exit(2027, 3)
                .build();
        Scenario s = scenario(settings(2024, 5, 0), List.of(industry("A", 100_000, 0, 0, 0.1, 1, 0)), List.of(stake))
                .with(List.of(), List.of(new Actual("s", 2027, null, null, 2e9)));
        ProjectionResult monitored = ProjectionEngine.views(s).monitored().orElseThrow();
        assertThat(monitored.years()).extracting(YearResult::equityProceeds).containsExactly(0.0, 0.0, 2e9, 0.0, 0.0);
        IncentiveMonitoring m = ProjectionEngine.views(s).monitoring().getFirst();
        assertThat(m.lastJobsYear()).isEmpty();
        assertThat(m.deliveryRatio()).isEmpty();
        assertThat(m.behind()).isFalse();
    }
}
