package org.workbench.web.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.workbench.web.TestUsers.signIn;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.Kpi;
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioComparison;
import org.workbench.domain.ScenarioSettings;
import org.workbench.domain.YearResult;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioService;

@SpringBootTest
@ActiveProfiles("test")
class CompareHorizonTest {

    @Autowired
    CompareService compare;

    @Autowired
    ScenarioService scenarios;

    private long shortId;
    private long longId;

    @BeforeEach
    void storeAShortAndALongScenario() {
        signIn("planner", Role.PLANNER);
        // Short: 1,000 jobs for 10 years. Long: 900 jobs for 20 years, and 5,000 more from year 11 on, after the
        // short one has ended. Over their own horizons the long one has far more job-years; over the first 10 years
        // the short one has more.
        shortId = scenarios
                .create(scenario("Short horizon " + System.nanoTime(), 10, List.of(subsidy("A", 2026, 1_000))), null)
                .id();
        longId = scenarios
                .create(
                        scenario(
                                "Long horizon " + System.nanoTime(),
                                20,
                                List.of(subsidy("A", 2026, 900), subsidy("B", 2036, 5_000))),
                        null)
                .id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void by_default_scenarios_of_different_horizons_are_compared_over_the_shortest_and_the_star_follows_it() {
        Comparison comparison = compare.compare(new CompareRequest(List.of(shortId, longId), shortId));

        assertThat(comparison.horizon().differ()).isTrue();
        assertThat(comparison.horizon().horizons()).containsExactly(10, 20);
        assertThat(comparison.horizon().applied()).isEqualTo(HorizonMode.COMMON);
        assertThat(comparison.scenarios().get(1).lastYear()).isEqualTo(2035);
        assertThat(comparison.scenarios().get(1).ownYears()).isEqualTo(20);
        KpiRow jobYears = row(comparison, Kpi.JOB_YEARS);
        assertThat(best(jobYears)).containsExactly(0);
        assertThat(best(row(comparison, Kpi.NET_JOBS_FINAL))).containsExactly(0);
        // Compared naively over their own horizons, the star would sit on the long scenario.
        List<NamedResult> own = List.of(
                new NamedResult("short", ProjectionEngine.project(stored(shortId))),
                new NamedResult("long", ProjectionEngine.project(stored(longId))));
        assertThat(ScenarioComparison.compare(own, 0).row(Kpi.JOB_YEARS).best()).containsExactly(1);
        // The charts cover the common span only.
        assertThat(comparison.charts().years()).startsWith(2026).endsWith(2035);
    }

    @Test
    void over_their_own_horizons_no_best_value_is_marked_and_the_text_says_why() {
        Comparison comparison = compare.compare(new CompareRequest(List.of(shortId, longId), shortId, HorizonMode.OWN));

        assertThat(comparison.kpis()).allSatisfy(row -> assertThat(best(row)).isEmpty());
        assertThat(comparison.riskRows())
                .allSatisfy(row -> assertThat(row.cells()).noneMatch(RiskRow.Cell::best));
        assertThat(row(comparison, Kpi.JOB_YEARS).cells().get(1).value().getAsDouble())
                .isCloseTo(
                        ProjectionEngine.project(stored(longId))
                                .kpi(Kpi.JOB_YEARS)
                                .getAsDouble(),
                        within(1e-6));
        assertThat(HorizonText.of(comparison, (key, args) -> key)).contains("compare.horizon.own");
    }

    @Test
    void per_year_divides_the_totals_by_each_horizon_and_marks_only_those_rows() {
        Comparison comparison =
                compare.compare(new CompareRequest(List.of(shortId, longId), shortId, HorizonMode.PER_YEAR));

        KpiRow jobYears = row(comparison, Kpi.JOB_YEARS);
        assertThat(jobYears.perYear()).isTrue();
        double longTotal =
                ProjectionEngine.project(stored(longId)).kpi(Kpi.JOB_YEARS).getAsDouble();
        assertThat(jobYears.cells().get(1).value().getAsDouble()).isCloseTo(longTotal / 20, within(1e-6));
        assertThat(best(jobYears)).containsExactly(1);
        KpiRow netJobs = row(comparison, Kpi.NET_JOBS_FINAL);
        assertThat(netJobs.perYear()).isFalse();
        assertThat(best(netJobs)).isEmpty();
    }

    @Test
    void equal_horizons_need_no_rule_and_every_figure_is_marked_as_usual() {
        long other = scenarios
                .create(scenario("Also ten " + System.nanoTime(), 10, List.of(subsidy("A", 2026, 2_000))), null)
                .id();

        Comparison comparison = compare.compare(new CompareRequest(List.of(shortId, other), shortId, HorizonMode.OWN));

        assertThat(comparison.horizon().differ()).isFalse();
        assertThat(comparison.horizon().applied()).isEqualTo(HorizonMode.COMMON);
        assertThat(best(row(comparison, Kpi.JOB_YEARS))).containsExactly(1);
    }

    @Test
    void a_scenario_cut_to_fewer_years_gives_the_first_years_of_its_own_projection() {
        Scenario science = SampleScenarios.version2().stream()
                .filter(s -> s.id().equals(SampleScenarios.SCIENCE_CITY))
                .findFirst()
                .orElseThrow()
                .scenario();
        assertThat(science.settings().horizonYears()).isEqualTo(20);

        Scenario cut = Horizons.over(science, 15);

        assertThat(cut.settings().horizonYears()).isEqualTo(15);
        assertThat(cut.incentives()).allSatisfy(i -> assertThat(i.startYear()).isLessThanOrEqualTo(2039));
        ProjectionResult full = ProjectionEngine.views(science).expected();
        ProjectionResult first = ProjectionEngine.views(cut).expected();
        double npv = 0;
        double jobYears = 0;
        double r = science.settings().discountRate();
        for (int k = 1; k <= 15; k++) {
            YearResult year = full.years().get(k - 1);
            npv += year.netFiscalFlow() / Math.pow(1 + r, k);
            jobYears += year.totalJobs();
        }
        assertThat(first.years()).hasSize(15);
        double size = Math.abs(first.kpi(Kpi.PV_OUTLAY).getAsDouble())
                + Math.abs(first.kpi(Kpi.PV_REVENUE).getAsDouble());
        assertThat(first.kpi(Kpi.NPV).getAsDouble()).isCloseTo(npv, within(1e-9 * size + 1e-6));
        assertThat(first.kpi(Kpi.JOB_YEARS).getAsDouble()).isCloseTo(jobYears, within(1e-6 * jobYears));
    }

    @Test
    void cutting_drops_later_incentives_and_makes_a_failure_after_the_span_certain() {
        Incentive failsLate = subsidy("LATE", 2026, 100).withRisk(0.5, 2034, 0, 0.2);
        Incentive startsLate = subsidy("NEW", 2033, 100);
        Scenario scenario = scenario("Cut", 10, List.of(failsLate, startsLate));

        Scenario cut = Horizons.over(scenario, 5);

        assertThat(cut.incentives()).extracting(Incentive::code).containsExactly("LATE");
        Incentive kept = cut.incentives().getFirst();
        assertThat(kept.successProbability()).isEqualTo(1.0);
        assertThat(kept.failureYear()).isNull();
        assertThat(kept.clawbackShare()).isEqualTo(0.2);
        assertThat(Horizons.over(scenario, 10)).isSameAs(scenario);
    }

    @Test
    void a_horizon_rule_in_the_link_is_read_and_written_back_and_a_wrong_one_is_named() {
        CompareRequest request = CompareRequest.parse("3,7", "7", "perYear");

        assertThat(request.horizon()).isEqualTo(HorizonMode.PER_YEAR);
        assertThat(request.query()).isEqualTo("ids=3,7&base=7&horizon=perYear");
        assertThat(CompareRequest.parse("3,7", null, null).query()).isEqualTo("ids=3,7&base=3");
        assertThatThrownBy(() -> CompareRequest.parse("3,7", null, "forever"))
                .isInstanceOfSatisfying(CompareException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("compare.error.badHorizon");
                    assertThat(e.arguments()).containsExactly("forever");
                });
    }

    private Scenario stored(long id) {
        return scenarios.get(id).scenario();
    }

    static Scenario scenario(String name, int horizon, List<Incentive> incentives) {
        return new Scenario(
                new ScenarioSettings(name, "Testville", 2025, horizon, 0.03, 2.5, 0.5, 5_000, "CNY", null),
                List.of(new Industry("MFG", "Manufacturing", 10_000, 400_000, 0.02, 90_000, 0.08, 1.5, 0.1)),
                incentives);
    }

    static Incentive subsidy(String code, int start, double jobs) {
        return new Incentive(
                code,
                "Subsidy " + code,
                IncentiveType.JOB_SUBSIDY,
                "MFG",
                start,
                3,
                jobs,
                1,
                0.5,
                10_000,
                0,
                null,
                null);
    }

    static KpiRow row(Comparison comparison, Kpi kpi) {
        return comparison.kpis().stream()
                .filter(r -> r.kpi() == kpi && r.view() == KpiRow.View.EXPECTED)
                .findFirst()
                .orElseThrow();
    }

    static List<Integer> best(KpiRow row) {
        return java.util.stream.IntStream.range(0, row.cells().size())
                .filter(i -> row.cells().get(i).best())
                .boxed()
                .toList();
    }
}
