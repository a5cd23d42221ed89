package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** With every version 2 input at its default, every view gives version 1's figures: on hundreds of scenarios. */
class VersionTwoDefaultsTest {
    private static final int CASES = 300;
    private static final List<Kpi> VERSION_1_KPIS = List.of(Kpi.values()).stream()
            .filter(k -> k != Kpi.PV_CLAWBACKS
                    && k != Kpi.PEAK_FUNDING_GAP
                    && k != Kpi.PEAK_OUTLAY_SHARE
                    && k != Kpi.OUTLAY_SHARE_OF_BUDGET)
            .toList();

    private static void assertSameFigures(ProjectionResult actual, ProjectionResult v1) {
        assertThat(actual.years()).hasSameSizeAs(v1.years());
        for (int y = 0; y < v1.years().size(); y++) {
            YearResult a = actual.years().get(y);
            YearResult b = v1.years().get(y);
            // Exactly equal: the kernel sums in version 1's order, so not even the last bit may differ.
            assertThat(new double[] {
                        a.year(), a.grossDirectJobs(), a.netDirectJobs(), a.totalJobs(), a.valueAdded(),
                        a.laborIncome(), a.taxRevenue(), a.outlay(), a.equityProceeds(), a.serviceCost(),
                        a.netFiscalFlow(), a.cumulativeNetFiscalFlow(), a.populationInflow()
                    })
                    .as("year %s", b.year())
                    .containsExactly(
                            b.year(),
                            b.grossDirectJobs(),
                            b.netDirectJobs(),
                            b.totalJobs(),
                            b.valueAdded(),
                            b.laborIncome(),
                            b.taxRevenue(),
                            b.outlay(),
                            b.equityProceeds(),
                            b.serviceCost(),
                            b.netFiscalFlow(),
                            b.cumulativeNetFiscalFlow(),
                            b.populationInflow());
            assertThat(a.clawbacks()).isZero();
        }
        for (Kpi kpi : VERSION_1_KPIS) {
            assertThat(actual.kpi(kpi)).as(kpi.key()).isEqualTo(v1.kpi(kpi));
        }
        assertThat(actual.kpi(Kpi.PV_CLAWBACKS)).hasValue(0.0);
        assertThat(actual.incentiveResults()).isEqualTo(v1.incentiveResults());
        assertThat(actual.industryResults()).isEqualTo(v1.industryResults());
        assertThat(actual.outlayByType()).isEqualTo(v1.outlayByType());
    }

    @Test
    void every_view_with_the_new_inputs_at_their_defaults_equals_version_1_to_the_last_bit() {
        Random random = new Random(14L);
        for (int c = 0; c < CASES; c++) {
            Scenario scenario = ScenarioGenerator.random(random);
            ProjectionResult v1 = VersionOneEngine.project(scenario);
            ScenarioViews views = ProjectionEngine.views(scenario);
            assertSameFigures(ProjectionEngine.project(scenario), v1);
            assertSameFigures(views.promised(), v1);
            assertSameFigures(views.expected(), v1);
            assertThat(views.monitored()).isEmpty();
            assertThat(views.promised().kpi(Kpi.PEAK_OUTLAY_SHARE)).isEmpty();
            assertThat(views.promised().kpi(Kpi.OUTLAY_SHARE_OF_BUDGET)).isEmpty();
        }
    }

    /** Within the model's tolerance, at the scale of the terms: the views sum in another order when bets may fail. */
    private static void assertCloseFigures(ProjectionResult actual, ProjectionResult v1) {
        assertThat(actual.years()).hasSameSizeAs(v1.years());
        for (int y = 0; y < v1.years().size(); y++) {
            YearResult a = actual.years().get(y);
            YearResult b = v1.years().get(y);
            double scale = Math.abs(b.taxRevenue())
                    + Math.abs(b.outlay())
                    + Math.abs(b.equityProceeds())
                    + Math.abs(b.serviceCost())
                    + Math.abs(b.cumulativeNetFiscalFlow()) * y
                    + 1;
            Tolerance.assertCloseAtScale(a.grossDirectJobs(), b.grossDirectJobs(), b.grossDirectJobs());
            Tolerance.assertCloseAtScale(a.totalJobs(), b.totalJobs(), b.totalJobs());
            Tolerance.assertCloseAtScale(a.valueAdded(), b.valueAdded(), b.valueAdded());
            Tolerance.assertCloseAtScale(a.outlay(), b.outlay(), b.outlay());
            Tolerance.assertCloseAtScale(a.cumulativeNetFiscalFlow(), b.cumulativeNetFiscalFlow(), scale);
            assertThat(a.clawbacks()).isZero();
        }
        for (Kpi kpi : VERSION_1_KPIS) {
            assertThat(actual.kpi(kpi).isPresent())
                    .as(kpi.key())
                    .isEqualTo(v1.kpi(kpi).isPresent());
        }
        double scale = Math.abs(v1.kpi(Kpi.PV_REVENUE).orElseThrow())
                + v1.kpi(Kpi.PV_OUTLAY).orElseThrow()
                + v1.kpi(Kpi.PV_PROCEEDS).orElseThrow()
                + v1.kpi(Kpi.PV_SERVICE_COST).orElseThrow()
                + 1;
        Tolerance.assertCloseAtScale(
                actual.kpi(Kpi.NPV).orElseThrow(), v1.kpi(Kpi.NPV).orElseThrow(), scale);
        assertThat(actual.incentiveResults()).isEqualTo(v1.incentiveResults());
    }

    @Test
    void the_promised_view_ignores_every_risk_and_the_budget_changes_only_the_budget_shares() {
        Random random = new Random(2020L);
        for (int c = 0; c < CASES; c++) {
            Scenario scenario = RiskGenerator.withRisk(random, ScenarioGenerator.random(random));
            ProjectionResult v1 = VersionOneEngine.project(scenario);
            assertCloseFigures(ProjectionEngine.views(scenario).promised(), v1);
            assertSameFigures(ProjectionEngine.project(scenario), v1);
            assertThat(ProjectionEngine.views(scenario)
                            .promised()
                            .kpi(Kpi.PEAK_OUTLAY_SHARE)
                            .isPresent())
                    .isEqualTo(scenario.settings().budgetRevenue() > 0);
        }
    }

    @Test
    void the_version_1_projection_still_says_it_is_version_1_and_the_views_say_version_2() {
        Scenario scenario = ScenarioGenerator.random(new Random(1));
        assertThat(ProjectionEngine.project(scenario).modelVersion()).isEqualTo("1");
        assertThat(ProjectionEngine.views(scenario).expected().modelVersion()).isEqualTo("2");
    }
}
