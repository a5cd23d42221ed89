package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;
import static org.workbench.domain.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static MonteCarlo.Options options(int draws, long seed, int threads) {
        return new MonteCarlo.Options(draws, seed, threads, null, null);
    }

    /** Every range of the scenario collapsed onto its value. */
    private static Scenario degenerate(Scenario s) {
        List<InputRange> ranges = new ArrayList<>();
        for (InputRange r : s.ranges()) {
            double value = ValueOf.of(s, r);
            ranges.add(new InputRange(r.item(), r.code(), r.field(), value, value));
        }
        return s.with(ranges, List.of());
    }

    private static Scenario certain(Scenario s) {
        return new Scenario(
                s.settings(),
                s.industries(),
                s.incentives().stream().map(i -> i.withRisk(1, null, 0, 0)).toList());
    }

    @Test
    void with_degenerate_ranges_and_every_probability_1_every_percentile_is_the_deterministic_figure() {
        Random random = new Random(5);
        for (int c = 0; c < 20; c++) {
            Scenario s = RiskGenerator.withRisk(random, ScenarioGenerator.random(random));
            s = certain(s);
            s = s.with(RiskGenerator.ranges(random, s), List.of());
            s = degenerate(s);
            ProjectionResult expected = ProjectionEngine.views(s).expected();
            MonteCarloResult mc = MonteCarlo.run(s, options(100, c, 2));
            for (Kpi kpi : Kpi.values()) {
                MonteCarloResult.KpiDistribution d = mc.kpi(kpi);
                if (expected.kpi(kpi).isEmpty()) {
                    assertThat(d.definedShare()).as(kpi.key()).isZero();
                    assertThat(d.mean()).isEmpty();
                    continue;
                }
                double value = expected.kpi(kpi).getAsDouble();
                assertThat(d.definedShare()).isEqualTo(1.0);
                assertThat(d.p5()).as(kpi.key()).hasValue(value);
                assertThat(d.p50()).as(kpi.key()).hasValue(value);
                assertThat(d.p95()).as(kpi.key()).hasValue(value);
                assertClose(d.mean().getAsDouble(), value);
            }
            for (int y = 0; y < mc.fan().size(); y++) {
                double cumulative = expected.years().get(y).cumulativeNetFiscalFlow();
                assertThat(mc.fan().get(y).p5()).isEqualTo(cumulative);
                assertThat(mc.fan().get(y).p95()).isEqualTo(cumulative);
            }
            assertThat(mc.npvHistogram().counts()).containsExactly(100);
            assertThat(mc.lossProbability()).isEqualTo(expected.kpi(Kpi.NPV).getAsDouble() < 0 ? 1.0 : 0.0);
        }
    }

    @Test
    void with_only_success_draws_the_mean_npv_converges_to_the_expected_npv() {
        Random random = new Random(77);
        for (int c = 0; c < 3; c++) {
            Scenario s = RiskGenerator.withRisk(random, ScenarioGenerator.random(random));
            s = s.with(List.of(), List.of());
            double expected = ProjectionEngine.views(s).expected().kpi(Kpi.NPV).orElseThrow();
            int n = 10_000;
            MonteCarloResult mc = MonteCarlo.run(s, options(n, 3, 2));
            double mean = mc.kpi(Kpi.NPV).mean().orElseThrow();
            double spread =
                    mc.kpi(Kpi.NPV).p95().orElseThrow() - mc.kpi(Kpi.NPV).p5().orElseThrow();
            // Standard error bounded through the spread: sd <= (P95 - P5) for these two-point-like outcomes is not
            // guaranteed, so bound it by the range of the draws instead (sd <= range / 2).
            double range = mc.npvHistogram().max() - mc.npvHistogram().min();
            double standardError = range / 2 / Math.sqrt(n);
            assertThat(mean).isCloseTo(expected, within(4 * standardError + 1e-6));
        }
    }

    @Test
    void the_same_seed_gives_the_same_bits_on_one_and_on_two_threads_and_another_seed_does_not() {
        Scenario s = RiskGenerator.withRisk(new Random(9), ScenarioGenerator.random(new Random(10)));
        MonteCarloResult one = MonteCarlo.run(s, options(1_000, 42, 1));
        MonteCarloResult two = MonteCarlo.run(s, options(1_000, 42, 2));
        MonteCarloResult again = MonteCarlo.run(s, options(1_000, 42, 3));
        assertThat(two).isEqualTo(one);
        assertThat(again).isEqualTo(one);
        assertThat(MonteCarlo.run(s, options(1_000, 43, 2))).isNotEqualTo(one);
    }

    /** Two 1-yuan stakes in one industry, 3x or nothing, pi = 0.5: npv < 0 only when both fail. */
    private static Scenario twoBets(double correlation) {
        List<Incentive> bets = List.of("a", "b").stream()
                .map(code -> incentive(code, IncentiveType.EQUITY, "A", 2025)
                        .amount(1)
                        .exit(2026, 3)
                        .build()
                        .withRisk(0.5, 2025, 0, 0))
                .toList();
        Scenario s = scenario(settings(2024, 3, 0), List.of(industry("A")), bets);
        return s.withSettings(s.settings().withRisk(0, 0, correlation, 2_000, 1, 0.8));
    }

    @Test
    void fates_in_one_industry_move_together_as_the_correlation_says() {
        int n = 20_000;
        assertThat(MonteCarlo.run(twoBets(0), options(n, 1, 2)).lossProbability())
                .isCloseTo(0.25, within(0.015));
        assertThat(MonteCarlo.run(twoBets(1), options(n, 1, 2)).lossProbability())
                .isCloseTo(0.5, within(0.015));
    }

    @Test
    void a_triangular_input_has_the_mean_of_its_three_points() {
        // Outlay = amount of one land discount: triangular (1, 2, 6) has mean 3.
        Incentive land =
                incentive("l", IncentiveType.LAND_DISCOUNT, "A", 2025).amount(2).build();
        Scenario s = scenario(settings(2024, 2, 0), List.of(industry("A")), List.of(land))
                .with(List.of(new InputRange(ItemKind.INCENTIVE, "l", "amount", 1, 6)), List.of());
        MonteCarloResult mc = MonteCarlo.run(s, options(20_000, 1, 2));
        // sd of triangular(1, 2, 6) = sqrt((1 + 4 + 36 - 2 - 6 - 12) / 18) = 1.08
        assertThat(mc.kpi(Kpi.INCENTIVE_OUTLAY).mean().orElseThrow())
                .isCloseTo(3, within(4 * 1.08 / Math.sqrt(20_000)));
        assertThat(mc.kpi(Kpi.INCENTIVE_OUTLAY).p5().orElseThrow()).isBetween(1.0, 2.0);
        assertThat(mc.npvHistogram().counts()).hasSize(30);
        assertThat(mc.npvHistogram().counts().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(20_000);
    }

    @Test
    void percentiles_interpolate_linearly_between_ranks_and_the_maximum_falls_in_the_last_bin() {
        double[] sorted = {1, 2, 3, 4, 5};
        // h = 4 p: 0.2 -> 1.2, 2 -> 3, 3.8 -> 4.8
        assertThat(MonteCarloResult.percentile(sorted, 0.05)).isCloseTo(1.2, within(1e-12));
        assertThat(MonteCarloResult.percentile(sorted, 0.5)).isEqualTo(3);
        assertThat(MonteCarloResult.percentile(sorted, 0.95)).isCloseTo(4.8, within(1e-12));
        assertThat(MonteCarloResult.percentile(new double[] {7}, 0.95)).isEqualTo(7);
        double[] values = new double[31];
        for (int i = 0; i <= 30; i++) {
            values[i] = i;
        }
        MonteCarloResult.Histogram h = MonteCarloResult.histogram(values);
        assertThat(h.counts()).hasSize(30);
        assertThat(h.counts().getLast()).isEqualTo(2); // 29 and 30
        assertThat(h.counts().getFirst()).isEqualTo(1);
        assertThat(MonteCarloResult.histogram(new double[] {5, 5, 5}).counts()).containsExactly(3);
    }

    @Test
    void progress_reaches_every_draw_and_a_cancelled_run_stops_with_a_cancellation() {
        Scenario s = twoBets(0.5);
        AtomicInteger last = new AtomicInteger();
        MonteCarlo.run(s, options(1_000, 1, 2).withHooks(last::set, null));
        assertThat(last.get()).isEqualTo(1_000);
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() ->
                        MonteCarlo.run(s, options(100_000, 1, 2).withHooks(null, () -> asked.incrementAndGet() > 3)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void the_scenario_says_how_many_draws_and_which_seed() {
        Scenario s = twoBets(0);
        s = s.withSettings(s.settings().withRisk(0, 0, 0, 300, 7, 0.8));
        MonteCarloResult mc = MonteCarlo.run(s);
        assertThat(mc.draws()).isEqualTo(300);
        assertThat(mc.seed()).isEqualTo(7);
        assertThat(mc).isEqualTo(MonteCarlo.run(s, options(300, 7, 1)));
    }
}
