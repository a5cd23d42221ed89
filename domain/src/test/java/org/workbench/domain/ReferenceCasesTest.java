package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;
import static org.workbench.domain.Tolerance.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public reference cases of the calculation model page. Published figures are rounded; so are the checks. */
class ReferenceCasesTest {

    @Test
    void a_package_paid_on_committed_jobs_costs_eight_times_more_per_job_actually_caused_at_the_bartik_median() {
        // 3.0e9 for 13,000 committed jobs: 3.0e9 / 13,000 = 230,769.23 per gross direct job.
        // At a but-for share of 12.7%: 13,000 * 0.127 = 1,651 caused jobs, 3.0e9 / 1,651 = 1,817,080.6 ~ 1.82e6.
        // No displacement and a multiplier of 1 so that the net jobs are exactly the caused direct jobs.
        var s = scenario(
                settings(2016, 5, 0),
                List.of(industry("ELEC")),
                List.of(incentive("foxconn", IncentiveType.LAND_DISCOUNT, "ELEC", 2017)
                        .jobs(13_000)
                        .butFor(0.127)
                        .amount(3.0e9)
                        .build()));
        var result = ProjectionEngine.project(s);
        assertClose(result.kpi(Kpi.COST_PER_GROSS_JOB), 3.0e9 / 13_000);
        assertThat(result.kpi(Kpi.COST_PER_GROSS_JOB).getAsDouble()).isCloseTo(230_769, within(1.0));
        assertClose(result.kpi(Kpi.COST_PER_NET_JOB), 3.0e9 / 1651);
        assertThat(result.kpi(Kpi.COST_PER_NET_JOB).getAsDouble()).isCloseTo(1.82e6, within(0.005e6));
    }

    @Test
    void twenty_years_of_a_fixed_grant_at_two_and_a_half_percent_is_worth_fifteen_and_a_half_years_of_it() {
        // PV = 62.5e6 * (1 - 1.025^-20) / 0.025 = 62.5e6 * 15.58916 = 974.32e6
        var s = scenario(
                settings(2024, 20, 0.025),
                List.of(industry("A")),
                List.of(incentive("grant", IncentiveType.RD_GRANT, "A", 2025)
                        .duration(20)
                        .amount(62.5e6)
                        .build()));
        var result = ProjectionEngine.project(s);
        double pv = result.kpi(Kpi.PV_OUTLAY).getAsDouble();
        assertThat(pv).isCloseTo(974.3e6, within(0.05e6));
        assertThat(pv / 62.5e6).isCloseTo(15.589, within(0.0005));
        assertClose(pv, 62.5e6 * (1 - Math.pow(1.025, -20)) / 0.025);
        assertClose(result.kpi(Kpi.INCENTIVE_OUTLAY), 20 * 62.5e6);
    }

    @Test
    void a_guidance_fund_stake_exited_at_five_and_a_half_times_after_one_year_returns_four_hundred_fifty_percent() {
        // Hefei into NIO, 2020: 5e9 in, 5.5x out a year later. MOIC 5.5; IRR = 5.5^(1/1) - 1 = 4.5; proceeds 27.5e9.
        var s = scenario(
                settings(2019, 5, 0),
                List.of(industry("NEV")),
                List.of(incentive("nio", IncentiveType.EQUITY, "NEV", 2020)
                        .amount(5e9)
                        .exit(2021, 5.5)
                        .build()));
        var result = ProjectionEngine.project(s);
        IncentiveResult nio = result.incentive("nio").orElseThrow();
        assertClose(nio.moic(), 5.5);
        assertClose(nio.irr(), 4.5);
        assertClose(nio.equityProceeds(), 27.5e9);
        assertClose(result.years().get(1).equityProceeds(), 27.5e9);
    }
}
