package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The promised and expected views of an incentive in one pass must be, to the last bit, the two passes of the kernel
 * at weight 1 and at the success probability: the views take their cells and results from the one pass.
 */
class TwoViewFlowTest {
    private static final int CASES = 300;

    @Test
    void one_pass_over_both_views_gives_the_cells_and_sums_of_two_passes_bit_for_bit() {
        Random random = new Random(26L);
        for (int c = 0; c < CASES; c++) {
            Scenario scenario = RiskGenerator.withRisk(random, ScenarioGenerator.random(random));
            ModelTables t = new ModelTables(scenario);
            FlowKernel promisedTwice = new FlowKernel(t);
            FlowKernel expectedTwice = new FlowKernel(t);
            FlowKernel promisedOnce = new FlowKernel(t);
            FlowKernel expectedOnce = new FlowKernel(t);
            IncentiveFlow twice = new IncentiveFlow();
            IncentiveFlow once = new IncentiveFlow();
            TwoViewFlow two = new TwoViewFlow();
            for (int i = 0; i < t.incentiveCount; i++) {
                twice.load(t, i);
                twice.project(t, promisedTwice, 1.0, true);
                Incentive incentive = scenario.incentives().get(i);
                IncentiveResult promised = twice.result(incentive, none(), none());
                twice.project(t, expectedTwice, twice.probability, true);
                IncentiveResult expected = twice.result(incentive, none(), none());

                once.load(t, i);
                two.project(t, once, promisedOnce, expectedOnce);
                assertThat(once.result(incentive, none(), none())).isEqualTo(promised);
                assertThat(two.expected.result(incentive, none(), none())).isEqualTo(expected);
            }
            assertSameCells(promisedOnce, promisedTwice);
            assertSameCells(expectedOnce, expectedTwice);
        }
    }

    private static OptionalDouble none() {
        return OptionalDouble.empty();
    }

    private static void assertSameCells(FlowKernel actual, FlowKernel expected) {
        assertThat(actual.gross).isEqualTo(expected.gross);
        assertThat(actual.net).isEqualTo(expected.net);
        assertThat(actual.total).isEqualTo(expected.total);
        assertThat(actual.outlay).isEqualTo(expected.outlay);
        assertThat(actual.proceeds).isEqualTo(expected.proceeds);
        assertThat(actual.clawbacks).isEqualTo(expected.clawbacks);
        assertThat(actual.outlayByType).isDeepEqualTo(expected.outlayByType);
    }
}
