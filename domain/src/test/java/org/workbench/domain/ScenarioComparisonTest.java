package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workbench.domain.Tolerance.assertClose;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScenarioComparisonTest {

    private static NamedResult result(String name, Map<Kpi, Double> kpis) {
        return new NamedResult(name, new ProjectionResult("1", List.of(), kpis));
    }

    private static Map<Kpi, Double> kpis(double npv, double costPerNetJob, double population, double breakEven) {
        Map<Kpi, Double> kpis = new EnumMap<>(Kpi.class);
        kpis.put(Kpi.NPV, npv);
        kpis.put(Kpi.COST_PER_NET_JOB, costPerNetJob);
        kpis.put(Kpi.POPULATION_FINAL, population);
        kpis.put(Kpi.BREAK_EVEN_YEAR, breakEven);
        return kpis;
    }

    @Test
    void deltas_are_taken_against_the_chosen_base_with_relative_deltas_over_the_base_magnitude() {
        // base NPV -200; A: -100 -> +100 absolute, +100 / 200 = +0.5 relative (better than base, positive sign)
        var comparison = ScenarioComparison.compare(
                List.of(result("A", kpis(-100, 50_000, 10, 2030)), result("Base", kpis(-200, 40_000, 20, 2032))), 1);
        assertThat(comparison.baseName()).isEqualTo("Base");
        var npv = comparison.row(Kpi.NPV);
        assertClose(npv.absoluteDeltas().get(0), 100);
        assertClose(npv.relativeDeltas().get(0), 0.5);
        assertClose(npv.absoluteDeltas().get(1), 0);
        assertClose(npv.relativeDeltas().get(1), 0);
        var cost = comparison.row(Kpi.COST_PER_NET_JOB);
        assertClose(cost.relativeDeltas().get(0), 0.25);
    }

    @Test
    void the_best_value_follows_the_direction_of_each_key_figure() {
        var comparison = ScenarioComparison.compare(
                List.of(result("A", kpis(-100, 50_000, 10, 2030)), result("B", kpis(-200, 40_000, 20, 2032))), 0);
        assertThat(comparison.row(Kpi.NPV).best()).containsExactly(0);
        assertThat(comparison.row(Kpi.COST_PER_NET_JOB).best()).containsExactly(1);
        assertThat(comparison.row(Kpi.BREAK_EVEN_YEAR).best()).containsExactly(0);
        assertThat(comparison.row(Kpi.POPULATION_FINAL).direction()).isEqualTo(KpiDirection.NEUTRAL);
        assertThat(comparison.row(Kpi.POPULATION_FINAL).best()).isEmpty();
        assertThat(comparison.row(Kpi.NPV).isBest(0)).isTrue();
    }

    @Test
    void ties_share_the_best_place_and_equal_or_lone_values_have_none() {
        var comparison = ScenarioComparison.compare(
                List.of(
                        result("A", kpis(300, 1, 1, 2030)),
                        result("B", kpis(300, 1, 1, 2030)),
                        result("C", kpis(100, 1, 1, 2030))),
                2);
        assertThat(comparison.row(Kpi.NPV).best()).containsExactly(0, 1);
        assertThat(comparison.row(Kpi.COST_PER_NET_JOB).best()).isEmpty();
        var lone = ScenarioComparison.compare(List.of(result("A", kpis(1, 1, 1, 2030))), 0);
        assertThat(lone.row(Kpi.NPV).best()).isEmpty();
    }

    @Test
    void missing_values_and_a_zero_base_leave_deltas_empty() {
        Map<Kpi, Double> zeroBase = kpis(0, 1, 1, 2030);
        zeroBase.remove(Kpi.COST_PER_NET_JOB);
        var comparison =
                ScenarioComparison.compare(List.of(result("Base", zeroBase), result("A", kpis(50, 2, 1, 2031))), 0);
        assertClose(comparison.row(Kpi.NPV).absoluteDeltas().get(1), 50);
        assertThat(comparison.row(Kpi.NPV).relativeDeltas().get(1)).isEmpty();
        assertThat(comparison.row(Kpi.COST_PER_NET_JOB).values().get(0)).isEmpty();
        assertThat(comparison.row(Kpi.COST_PER_NET_JOB).absoluteDeltas().get(1)).isEmpty();
        assertThat(comparison.row(Kpi.COST_PER_NET_JOB).best()).isEmpty();
        // A year is not a quantity: one year later is no percentage.
        assertClose(comparison.row(Kpi.BREAK_EVEN_YEAR).absoluteDeltas().get(1), 1);
        assertThat(comparison.row(Kpi.BREAK_EVEN_YEAR).relativeDeltas().get(1)).isEmpty();
        assertThat(comparison.row(Kpi.JOB_YEARS).values()).containsOnly(OptionalDouble.empty());
    }

    @Test
    void every_key_figure_has_a_row_in_the_models_order() {
        var comparison = ScenarioComparison.compare(
                SampleScenarios.all().stream()
                        .map(s -> new NamedResult(s.id(), ProjectionEngine.project(s.scenario())))
                        .toList(),
                0);
        assertThat(comparison.rows()).extracting(ScenarioComparison.Row::kpi).containsExactly(Kpi.values());
        assertThat(comparison.names()).hasSize(7);
        assertThat(comparison.rows()).allSatisfy(row -> assertThat(row.values()).hasSize(7));
    }

    @Test
    void a_base_outside_the_list_is_refused() {
        assertThatThrownBy(() -> ScenarioComparison.compare(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
