package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The promised and expected views keep their incentives' figures in arrays and make the records when read; the
 * records must be, to the last bit, those of the kernel's detailed pass at weight 1 and at the success probability.
 */
class IncentiveResultsTest {
    private static final int CASES = 200;

    @Test
    void the_records_made_when_read_are_the_kernels_detailed_results_bit_for_bit() {
        Random random = new Random(27L);
        for (int c = 0; c < CASES; c++) {
            Scenario scenario = random.nextBoolean()
                    ? RiskGenerator.withRisk(random, ScenarioGenerator.random(random))
                    : ScenarioGenerator.random(random);
            ScenarioViews views = ProjectionEngine.views(scenario);
            ModelTables t = new ModelTables(scenario);

            assertThat(views.promised().incentiveResults())
                    .containsExactlyElementsOf(detailed(scenario, t, ProjectionEngine.promisedWeights(t)));
            assertThat(views.expected().incentiveResults())
                    .containsExactlyElementsOf(detailed(scenario, t, t.probability.clone()));
            assertThat(ProjectionEngine.project(scenario).incentiveResults())
                    .containsExactlyElementsOf(views.promised().incentiveResults());
        }
    }

    @Test
    void a_record_read_twice_is_the_same_and_a_certain_incentive_has_the_same_record_in_both_views() {
        Scenario scenario = RiskGenerator.withRisk(new Random(3L), ScenarioGenerator.random(new Random(3L)));
        ScenarioViews views = ProjectionEngine.views(scenario);
        List<IncentiveResult> promised = views.promised().incentiveResults();
        List<IncentiveResult> expected = views.expected().incentiveResults();
        for (int i = 0; i < promised.size(); i++) {
            assertThat(promised.get(i)).isSameAs(promised.get(i));
            assertThat(expected.get(i)).isSameAs(expected.get(i));
            if (!scenario.incentives().get(i).uncertain()) {
                assertThat(expected.get(i)).isSameAs(promised.get(i));
            }
        }
    }

    @Test
    void the_results_cannot_be_changed_and_equal_a_plain_list_of_the_same_records() {
        Scenario scenario = RiskGenerator.withRisk(new Random(5L), ScenarioGenerator.random(new Random(5L)));
        for (List<IncentiveResult> results : List.of(
                ProjectionEngine.views(scenario).promised().incentiveResults(),
                ProjectionEngine.views(scenario).expected().incentiveResults())) {
            IncentiveResult first = results.get(0);
            assertThatThrownBy(() -> results.add(first)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> results.set(0, first)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> results.remove(0)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> results.get(results.size())).isInstanceOf(IndexOutOfBoundsException.class);
            List<IncentiveResult> plain = new ArrayList<>(results);
            assertThat(results).isEqualTo(plain).hasSameHashCodeAs(plain);
            assertThat(plain).isEqualTo(results);
        }
    }

    @Test
    void threads_reading_the_same_results_at_once_see_equal_records() throws Exception {
        Scenario scenario = RiskGenerator.withRisk(new Random(9L), ScenarioGenerator.random(new Random(9L)));
        List<IncentiveResult> reference = List.copyOf(
                new ArrayList<>(ProjectionEngine.views(scenario).expected().incentiveResults()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                List<IncentiveResult> shared =
                        ProjectionEngine.views(scenario).expected().incentiveResults();
                List<Future<List<IncentiveResult>>> reads = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    reads.add(pool.submit(() -> new ArrayList<>(shared)));
                }
                for (Future<List<IncentiveResult>> read : reads) {
                    assertThat(read.get()).isEqualTo(reference);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<IncentiveResult> detailed(Scenario scenario, ModelTables t, double[] weights) {
        FlowKernel kernel = new FlowKernel(t);
        kernel.run(t, weights, null, true);
        List<IncentiveResult> results = new ViewSummary(t)
                .result(ProjectionEngine.MODEL_VERSION, scenario, t, kernel)
                .incentiveResults();
        return Arrays.asList(results.toArray(new IncentiveResult[0]));
    }
}
