package org.workbench.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The calculation model ({@code docs/calculation-model.md}): a pure, thread-safe function of a scenario.
 *
 * <p>{@link #project} is the version 1 projection, which version 2 calls the promised view; {@link #views} gives
 * every view of version 2. All views run the same kernel ({@link FlowKernel}) with other success weights.
 */
public final class ProjectionEngine {
    public static final String MODEL_VERSION = "2";
    /** The version the promised view alone reports: it is the version 1 projection, term for term. */
    public static final String VERSION_1 = "1";

    private ProjectionEngine() {}

    /** The version 1 projection: every incentive keeps its promise (the promised view of version 2). */
    public static ProjectionResult project(Scenario scenario) {
        ModelTables tables = new ModelTables(scenario);
        return detailed(VERSION_1, scenario, tables, promisedWeights(tables), null);
    }

    /** Every view of version 2: promised, expected (risk-weighted) and, when there are actuals, monitored. */
    public static ScenarioViews views(Scenario scenario) {
        ModelTables tables = new ModelTables(scenario);
        double[] promisedWeights = promisedWeights(tables);
        int[] uncertain = IntStream.range(0, tables.incentiveCount)
                .filter(i -> scenario.incentives().get(i).uncertain())
                .toArray();
        ProjectionResult promised;
        ProjectionResult expected;
        if (uncertain.length == 0) {
            promised = detailed(MODEL_VERSION, scenario, tables, promisedWeights, null);
            expected = promised;
        } else {
            // The incentives that cannot fail contribute alike to both views: one pass over them, then one pass per
            // view over the uncertain ones. The sums then run in another order than version 1's, equal to it within
            // rounding; without uncertain incentives the promised view is version 1's to the last bit.
            int[] certain = IntStream.range(0, tables.incentiveCount)
                    .filter(i -> !scenario.incentives().get(i).uncertain())
                    .toArray();
            FlowKernel common = new FlowKernel(tables);
            common.run(tables, promisedWeights, null, true, certain);
            FlowKernel kept = new FlowKernel(tables);
            kept.run(tables, promisedWeights, null, true, uncertain);
            FlowKernel weighted = new FlowKernel(tables);
            weighted.run(tables, tables.probability, null, true, uncertain);
            promised = new ViewSummary(tables)
                    .result(MODEL_VERSION, scenario, tables, common.plus(tables, kept, uncertain));
            expected = new ViewSummary(tables)
                    .result(
                            MODEL_VERSION,
                            scenario,
                            tables,
                            common.plus(tables, weighted, uncertain),
                            promised,
                            uncertain);
        }
        if (scenario.actuals().isEmpty()) {
            return new ScenarioViews(promised, expected, Optional.empty(), List.of());
        }
        Recorded recorded = Recorded.of(scenario, tables);
        ProjectionResult monitored = detailed(MODEL_VERSION, scenario, tables, promisedWeights, recorded);
        return new ScenarioViews(promised, expected, Optional.of(monitored), Monitoring.of(scenario, tables, recorded));
    }

    static double[] promisedWeights(ModelTables tables) {
        double[] weights = new double[tables.incentiveCount];
        Arrays.fill(weights, 1.0);
        return weights;
    }

    private static ProjectionResult detailed(
            String version, Scenario scenario, ModelTables tables, double[] weights, @Nullable Recorded recorded) {
        FlowKernel kernel = new FlowKernel(tables);
        kernel.run(tables, weights, recorded, true);
        return new ViewSummary(tables).result(version, scenario, tables, kernel);
    }
}
