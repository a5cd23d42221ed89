package org.workbench.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The calculation model ({@code docs/calculation-model.md}): a pure, thread-safe function of a scenario.
 *
 * <p>{@link #project} is the version 1 projection, which version 2 calls the promised view; {@link #views} gives
 * every view of version 2. All views run the same pass per incentive ({@link IncentiveFlow}) with other success
 * weights: the promised and expected views in one pass over the records ({@link DeterministicPass}), Monte Carlo,
 * the tornado and the monitored view through the {@link FlowKernel}.
 */
public final class ProjectionEngine {
    public static final String MODEL_VERSION = "2";
    /** The version the promised view alone reports: it is the version 1 projection, term for term. */
    public static final String VERSION_1 = "1";

    private ProjectionEngine() {}

    /** The version 1 projection: every incentive keeps its promise (the promised view of version 2). */
    public static ProjectionResult project(Scenario scenario) {
        ModelTables tables = ModelTables.industriesOnly(scenario);
        return new DeterministicPass(scenario, tables, false).promised(VERSION_1);
    }

    /** Every view of version 2: promised, expected (risk-weighted) and, when there are actuals, monitored. */
    public static ScenarioViews views(Scenario scenario) {
        DeterministicPass pass = new DeterministicPass(scenario, ModelTables.industriesOnly(scenario), true);
        ProjectionResult promised = pass.promised(MODEL_VERSION);
        ProjectionResult expected = pass.expected(MODEL_VERSION, promised);
        if (scenario.actuals().isEmpty()) {
            return new ScenarioViews(promised, expected, Optional.empty(), List.of());
        }
        ModelTables tables = new ModelTables(scenario);
        Recorded recorded = Recorded.of(scenario, tables);
        ProjectionResult monitored = detailed(MODEL_VERSION, scenario, tables, promisedWeights(tables), recorded);
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
