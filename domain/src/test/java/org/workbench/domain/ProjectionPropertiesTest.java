package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.domain.Tolerance.assertClose;
import static org.workbench.domain.Tolerance.assertCloseAtScale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Properties over a few hundred scenarios drawn from a seeded generator, so that a failure can be replayed. */
class ProjectionPropertiesTest {
    private static final int CASES = 300;

    private static List<Scenario> scenarios() {
        Random random = new Random(20_240_601L);
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            scenarios.add(ScenarioGenerator.random(random));
        }
        return scenarios;
    }

    private static Scenario withIncentives(Scenario s, UnaryOperator<Incentive> change) {
        return new Scenario(
                s.settings(),
                s.industries(),
                s.incentives().stream().map(change).toList());
    }

    private static Incentive withButFor(Incentive i, double butFor) {
        return new Incentive(
                i.code(),
                i.name(),
                i.type(),
                i.industryCode(),
                i.startYear(),
                i.durationYears(),
                i.committedJobs(),
                i.rampYears(),
                butFor,
                i.amount(),
                i.talents(),
                i.exitYear(),
                i.exitMultiple());
    }

    private static Incentive withAmount(Incentive i, double amount) {
        return new Incentive(
                i.code(),
                i.name(),
                i.type(),
                i.industryCode(),
                i.startYear(),
                i.durationYears(),
                i.committedJobs(),
                i.rampYears(),
                i.butForShare(),
                amount,
                i.talents(),
                i.exitYear(),
                i.exitMultiple());
    }

    private static double sumOfAbsolutePresentValues(ProjectionResult r) {
        return Math.abs(r.kpi(Kpi.PV_REVENUE).getAsDouble())
                + Math.abs(r.kpi(Kpi.PV_PROCEEDS).getAsDouble())
                + Math.abs(r.kpi(Kpi.PV_OUTLAY).getAsDouble())
                + Math.abs(r.kpi(Kpi.PV_SERVICE_COST).getAsDouble());
    }

    @Test
    void without_a_but_for_share_nothing_is_created_but_everything_is_still_paid() {
        int costly = 0;
        for (Scenario s : scenarios()) {
            ProjectionResult original = ProjectionEngine.project(s);
            ProjectionResult deadweight = ProjectionEngine.project(withIncentives(s, i -> withButFor(i, 0)));
            for (YearResult y : deadweight.years()) {
                assertThat(y.netDirectJobs()).isZero();
                assertThat(y.totalJobs()).isZero();
                assertThat(y.valueAdded()).isZero();
                assertThat(y.taxRevenue()).isZero();
                assertThat(y.serviceCost()).isZero();
            }
            assertThat(deadweight.kpi(Kpi.NET_JOBS_FINAL)).hasValue(0);
            assertThat(deadweight.kpi(Kpi.COST_PER_NET_JOB)).isEmpty();
            assertThat(deadweight.kpi(Kpi.GROSS_DIRECT_JOBS_FINAL))
                    .isEqualTo(original.kpi(Kpi.GROSS_DIRECT_JOBS_FINAL));
            assertThat(deadweight.kpi(Kpi.INCENTIVE_OUTLAY)).isEqualTo(original.kpi(Kpi.INCENTIVE_OUTLAY));
            assertThat(deadweight.kpi(Kpi.PV_OUTLAY)).isEqualTo(original.kpi(Kpi.PV_OUTLAY));
            if (deadweight.kpi(Kpi.INCENTIVE_OUTLAY).getAsDouble() > 0) {
                costly++;
                // Only equity exits can bring anything back when no job is caused.
                assertClose(
                        deadweight.kpi(Kpi.NPV).getAsDouble(),
                        deadweight.kpi(Kpi.PV_PROCEEDS).getAsDouble()
                                - deadweight.kpi(Kpi.PV_OUTLAY).getAsDouble());
            }
        }
        assertThat(costly).as("scenarios that pay something").isGreaterThan(CASES / 2);
    }

    @Test
    void npv_equals_the_discounted_sum_of_net_fiscal_flows() {
        for (Scenario s : scenarios()) {
            ProjectionResult r = ProjectionEngine.project(s);
            double rate = s.settings().discountRate();
            double discounted = 0;
            for (YearResult y : r.years()) {
                discounted += y.netFiscalFlow()
                        / Math.pow(1 + rate, y.year() - s.settings().baseYear());
            }
            assertCloseAtScale(r.kpi(Kpi.NPV).getAsDouble(), discounted, sumOfAbsolutePresentValues(r));
        }
    }

    @Test
    void doubling_every_money_amount_doubles_outlays_and_proceeds_and_nothing_else() {
        // Tax rebate amounts are shares of the firm's tax, not money: they stay, and so does their outlay.
        for (Scenario s : scenarios()) {
            ProjectionResult once = ProjectionEngine.project(s);
            ProjectionResult twice = ProjectionEngine.project(withIncentives(
                    s, i -> i.type() == IncentiveType.TAX_REBATE ? i : withAmount(i, 2 * i.amount())));
            for (IncentiveType type : IncentiveType.values()) {
                double factor = type == IncentiveType.TAX_REBATE ? 1 : 2;
                for (int k = 0; k < s.settings().horizonYears(); k++) {
                    assertClose(
                            twice.outlayByType().get(type).at(k),
                            factor * once.outlayByType().get(type).at(k));
                }
            }
            for (int k = 0; k < once.years().size(); k++) {
                YearResult a = once.years().get(k);
                YearResult b = twice.years().get(k);
                assertThat(b.grossDirectJobs()).isEqualTo(a.grossDirectJobs());
                assertThat(b.totalJobs()).isEqualTo(a.totalJobs());
                assertThat(b.valueAdded()).isEqualTo(a.valueAdded());
                assertThat(b.laborIncome()).isEqualTo(a.laborIncome());
                assertThat(b.taxRevenue()).isEqualTo(a.taxRevenue());
                assertThat(b.serviceCost()).isEqualTo(a.serviceCost());
                assertThat(b.populationInflow()).isEqualTo(a.populationInflow());
                assertClose(b.equityProceeds(), 2 * a.equityProceeds());
            }
            assertThat(twice.kpi(Kpi.CONCENTRATION_HHI)).isEqualTo(once.kpi(Kpi.CONCENTRATION_HHI));
            assertThat(twice.kpi(Kpi.PV_REVENUE)).isEqualTo(once.kpi(Kpi.PV_REVENUE));
        }
    }

    @Test
    void without_discounting_every_present_value_is_the_plain_sum() {
        for (Scenario generated : scenarios()) {
            ScenarioSettings g = generated.settings();
            var s = new Scenario(
                    new ScenarioSettings(
                            g.name(),
                            g.city(),
                            g.baseYear(),
                            g.horizonYears(),
                            0.0,
                            g.householdSize(),
                            g.inMigrantShare(),
                            g.serviceCostPerResident(),
                            g.currency(),
                            g.description()),
                    generated.industries(),
                    generated.incentives());
            ProjectionResult r = ProjectionEngine.project(s);
            assertClose(r.kpi(Kpi.PV_OUTLAY).getAsDouble(), sum(r, YearResult::outlay));
            assertClose(
                    r.kpi(Kpi.PV_OUTLAY).getAsDouble(),
                    r.kpi(Kpi.INCENTIVE_OUTLAY).getAsDouble());
            assertClose(r.kpi(Kpi.PV_REVENUE).getAsDouble(), sum(r, YearResult::taxRevenue));
            assertClose(r.kpi(Kpi.PV_PROCEEDS).getAsDouble(), sum(r, YearResult::equityProceeds));
            assertClose(r.kpi(Kpi.PV_SERVICE_COST).getAsDouble(), sum(r, YearResult::serviceCost));
            assertCloseAtScale(
                    r.kpi(Kpi.NPV).getAsDouble(),
                    r.years().getLast().cumulativeNetFiscalFlow(),
                    sumOfAbsolutePresentValues(r));
        }
    }

    @Test
    void valid_inputs_never_give_not_a_number_or_infinity() {
        for (Scenario s : scenarios()) {
            ProjectionResult r = ProjectionEngine.project(s);
            for (YearResult y : r.years()) {
                assertThat(List.of(
                                y.grossDirectJobs(),
                                y.netDirectJobs(),
                                y.totalJobs(),
                                y.valueAdded(),
                                y.laborIncome(),
                                y.taxRevenue(),
                                y.outlay(),
                                y.equityProceeds(),
                                y.serviceCost(),
                                y.netFiscalFlow(),
                                y.cumulativeNetFiscalFlow(),
                                y.populationInflow()))
                        .allSatisfy(v -> assertThat(Double.isFinite(v)).isTrue());
            }
            for (Map.Entry<Kpi, Double> kpi : r.kpis().entrySet()) {
                assertThat(Double.isFinite(kpi.getValue()))
                        .as(kpi.getKey().key())
                        .isTrue();
            }
            for (IncentiveResult i : r.incentiveResults()) {
                assertThat(Double.isFinite(i.npv())).isTrue();
                i.irr().ifPresent(irr -> assertThat(Double.isFinite(irr)).isTrue());
            }
        }
    }

    @Test
    void the_detailed_results_add_up_to_the_yearly_totals_and_key_figures() {
        for (Scenario s : scenarios()) {
            ProjectionResult r = ProjectionEngine.project(s);
            for (int k = 0; k < r.years().size(); k++) {
                int slot = k;
                YearResult y = r.years().get(k);
                double byType = r.outlayByType().values().stream()
                        .mapToDouble(series -> series.at(slot))
                        .sum();
                assertClose(byType, y.outlay());
                double industryValueAdded = r.industryResults().stream()
                        .mapToDouble(i -> i.valueAdded().at(slot))
                        .sum();
                assertClose(industryValueAdded, y.valueAdded());
            }
            double incentiveNpv = r.incentiveResults().stream()
                    .mapToDouble(IncentiveResult::npv)
                    .sum();
            assertCloseAtScale(incentiveNpv, r.kpi(Kpi.NPV).getAsDouble(), sumOfAbsolutePresentValues(r));
            assertClose(
                    r.incentiveResults().stream()
                            .mapToDouble(IncentiveResult::outlay)
                            .sum(),
                    r.kpi(Kpi.INCENTIVE_OUTLAY).getAsDouble());
            assertClose(
                    r.incentiveResults().stream()
                            .mapToDouble(IncentiveResult::totalJobsFinal)
                            .sum(),
                    r.kpi(Kpi.NET_JOBS_FINAL).getAsDouble());
        }
    }

    @Test
    void the_same_scenario_gives_the_same_result_from_many_threads_at_once() {
        List<Scenario> scenarios = scenarios().subList(0, 40);
        List<ProjectionResult> serial =
                scenarios.stream().map(ProjectionEngine::project).toList();
        List<ProjectionResult> parallel = IntStream.range(0, scenarios.size())
                .parallel()
                .mapToObj(i -> ProjectionEngine.project(scenarios.get(i)))
                .toList();
        assertThat(parallel).isEqualTo(serial);
    }

    private static double sum(ProjectionResult r, java.util.function.ToDoubleFunction<YearResult> f) {
        return r.years().stream().mapToDouble(f).sum();
    }
}
