package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;
import static org.workbench.domain.Tolerance.assertCloseAtScale;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each tornado row is the expected npv of the scenario with that one input moved: checked by re-projecting. */
class TornadoTest {

    private static double expectedNpv(Scenario s) {
        return ProjectionEngine.views(s).expected().kpi(Kpi.NPV).orElseThrow();
    }

    private static double scale(Scenario s) {
        ProjectionResult r = ProjectionEngine.views(s).expected();
        return r.kpi(Kpi.PV_REVENUE).orElse(0)
                + r.kpi(Kpi.PV_OUTLAY).orElse(0)
                + r.kpi(Kpi.PV_PROCEEDS).orElse(0)
                + r.kpi(Kpi.PV_SERVICE_COST).orElse(0)
                + r.kpi(Kpi.PV_CLAWBACKS).orElse(0)
                + 1;
    }

    @Test
    void every_row_matches_a_reprojection_with_that_input_at_its_bound_and_the_rows_are_sorted_by_swing() {
        Random random = new Random(40);
        int rowsSeen = 0;
        for (int c = 0; c < 25; c++) {
            Scenario s = RiskGenerator.withRisk(random, ScenarioGenerator.random(random));
            Tornado tornado = Tornado.of(s);
            assertCloseAtScale(tornado.npv(), expectedNpv(s), scale(s));
            for (TornadoRow row : tornado.rows()) {
                Object low = row.successRow() ? (Object) 0.0 : (Object) row.low();
                Object high = row.successRow() ? (Object) 1.0 : (Object) row.high();
                Scenario atLow = RiskGenerator.with(s, row.item(), row.code(), row.field(), low);
                Scenario atHigh = RiskGenerator.with(s, row.item(), row.code(), row.field(), high);
                assertCloseAtScale(row.npvLow(), expectedNpv(atLow), scale(atLow));
                assertCloseAtScale(row.npvHigh(), expectedNpv(atHigh), scale(atHigh));
                rowsSeen++;
            }
            for (int r = 1; r < tornado.rows().size(); r++) {
                assertThat(Math.abs(tornado.rows().get(r - 1).swing()))
                        .isGreaterThanOrEqualTo(Math.abs(tornado.rows().get(r).swing()));
            }
            long ranged = s.ranges().size();
            long uncertain =
                    s.incentives().stream().filter(Incentive::uncertain).count();
            assertThat(tornado.rows()).hasSize((int) (ranged + uncertain));
        }
        assertThat(rowsSeen).isGreaterThan(100);
    }

    @Test
    void equal_swings_keep_the_order_settings_industries_incentives_then_the_success_rows() {
        // Nothing pays or earns anything: every swing is 0, so the order is the inputs' order.
        Incentive a =
                incentive("a", IncentiveType.JOB_SUBSIDY, "B", 2025).build().withRisk(0.5, 2025, 0, 0);
        Incentive b = incentive("b", IncentiveType.JOB_SUBSIDY, "A", 2025).build();
        Scenario s = scenario(settings(2024, 2, 0), List.of(industry("A"), industry("B")), List.of(a, b))
                .with(
                        List.of(
                                new InputRange(ItemKind.INCENTIVE, "b", "clawbackShare", 0, 0.5),
                                new InputRange(ItemKind.INCENTIVE, "a", "butForShare", 0.5, 1),
                                new InputRange(ItemKind.INDUSTRY, "B", "taxRate", 0, 0.1),
                                new InputRange(ItemKind.INCENTIVE, "a", "committedJobs", 0, 0),
                                new InputRange(ItemKind.INDUSTRY, "A", "displacement", 0, 0.5),
                                new InputRange(ItemKind.SETTINGS, null, "householdSize", 0.5, 2)),
                        List.of());
        assertThat(Tornado.of(s).rows())
                .extracting(r -> r.code() + "." + r.field())
                .containsExactly(
                        "null.householdSize",
                        "A.displacement",
                        "B.taxRate",
                        "a.committedJobs",
                        "a.butForShare",
                        "b.clawbackShare",
                        "a.successProbability");
    }

    @Test
    void a_bet_that_may_fail_swings_the_npv_by_its_whole_difference_between_failure_and_success() {
        // 1e9 stake, 3x exit in 2027 or nothing: swing = 3e9 with r = 0.
        Incentive stake = incentive("s", IncentiveType.EQUITY, "A", 2025)
                .amount(1e9)
                .exit(2027, 3)
                .build()
                .withRisk(0.5, 2026, 0, 0);
        Scenario s = scenario(settings(2024, 5, 0), List.of(industry("A")), List.of(stake));
        TornadoRow row = Tornado.of(s).rows().getFirst();
        assertThat(row.successRow()).isTrue();
        assertThat(row.npvLow()).isEqualTo(-1e9);
        assertThat(row.npvHigh()).isEqualTo(2e9);
        assertThat(row.swing()).isEqualTo(3e9);
        assertThat(Tornado.of(s).npv()).isEqualTo(0.5e9);
    }
}
