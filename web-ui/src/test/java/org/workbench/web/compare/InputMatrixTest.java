package org.workbench.web.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.web.browser.CompareFixtures;
import org.workbench.web.scenario.InputChange;
import org.workbench.web.scenario.ScenarioDiff;
import org.workbench.web.scenario.TestScenarios;

/** The matrix must tell the same differences as the scenario feature's diff, scenario by scenario. */
class InputMatrixTest {

    private record Key(String kind, String item, String field, String change) {}

    @Test
    void the_matrix_finds_exactly_the_differences_the_diff_finds_for_the_samples() {
        List<Scenario> samples =
                SampleScenarios.all().stream().map(SampleScenario::scenario).toList();
        for (int base = 0; base < samples.size(); base++) {
            agreesWithTheDiff(samples, base);
        }
    }

    @Test
    void the_matrix_finds_exactly_the_differences_the_diff_finds_for_generated_scenarios() {
        List<Scenario> generated = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            generated.add(CompareFixtures.generated("Generated " + n, n, 40 + 10 * n));
        }
        Scenario evCity = TestScenarios.evCity("EV");
        generated.add(evCity);
        generated.add(TestScenarios.withDiscountRate(TestScenarios.withButForShare(evCity, "EQ1", 0.9), 0.07));
        agreesWithTheDiff(generated, 0);
        agreesWithTheDiff(generated, 4);
    }

    @Test
    void a_source_shows_in_its_cell_and_a_row_whose_source_alone_differs_counts_as_a_difference() {
        Scenario base = TestScenarios.evCity("EV");
        Scenario sourced = base.withSources(List.of(new org.workbench.domain.InputSource(
                org.workbench.domain.ItemKind.INDUSTRY, "EV", "employmentMultiplier", "I-O table 2020")));

        List<InputRow> rows = InputMatrix.of(List.of(base, sourced), 0);

        InputRow multiplier = rows.stream()
                .filter(r -> "EV".equals(r.item()) && r.field().equals("employmentMultiplier"))
                .findFirst()
                .orElseThrow();
        assertThat(multiplier.cells()).extracting(InputRow.Cell::source).containsExactly(null, "I-O table 2020");
        assertThat(multiplier.cells())
                .extracting(InputRow.Cell::status)
                .containsExactly(InputRow.Status.BASE, InputRow.Status.SAME);
        assertThat(multiplier.differs()).isTrue();
        assertThat(rows.stream().filter(InputRow::differs)).containsExactly(multiplier);
        assertThat(InputMatrix.of(List.of(sourced, sourced), 0).stream().filter(InputRow::differs))
                .isEmpty();
    }

    private static void agreesWithTheDiff(List<Scenario> scenarios, int baseIndex) {
        List<InputRow> rows = InputMatrix.of(scenarios, baseIndex);
        for (int i = 0; i < scenarios.size(); i++) {
            if (i == baseIndex) {
                continue;
            }
            Set<Key> fromDiff = new HashSet<>();
            for (InputChange change : ScenarioDiff.between(scenarios.get(baseIndex), scenarios.get(i))) {
                fromDiff.add(new Key(
                        change.kind().name(),
                        String.valueOf(change.item()),
                        change.change() == InputChange.Change.CHANGED || change.change() == InputChange.Change.SOURCE
                                ? change.field()
                                : "",
                        change.change().name()));
            }
            Set<Key> fromMatrix = new HashSet<>();
            for (InputRow row : rows) {
                InputRow.Status status = row.cells().get(i).status();
                if (status == InputRow.Status.CHANGED) {
                    fromMatrix.add(new Key(row.kind().name(), String.valueOf(row.item()), row.field(), "CHANGED"));
                } else if (status == InputRow.Status.ADDED || status == InputRow.Status.REMOVED) {
                    fromMatrix.add(new Key(row.kind().name(), String.valueOf(row.item()), "", status.name()));
                }
                if (!java.util.Objects.equals(
                        row.cells().get(i).source(), row.cells().get(baseIndex).source())) {
                    fromMatrix.add(new Key(row.kind().name(), String.valueOf(row.item()), row.field(), "SOURCE"));
                }
            }
            assertThat(fromMatrix)
                    .as("scenario %d against base %d", i, baseIndex)
                    .isEqualTo(fromDiff);
            assertThat(fromDiff).isNotEmpty();
        }
    }
}
