package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The promised and the expected view in one pass over the incentives, each read once from its record: an incentive
 * that cannot fail adds its flows once, into cells both views share, and its one result serves both views; an
 * uncertain one adds its flows at weight 1 into the promised view's own cells and at its success probability into
 * the expected view's. Each view's cells are then the shared ones plus its own.
 *
 * <p>Without uncertain incentives (or with risks ignored, as the version 1 projection does) there is one set of
 * cells, summed in version 1's order, so the promised view is version 1's to the last bit.
 */
final class DeterministicPass {
    /** Incentives read ahead of their projection: enough to overlap the reads, few enough to stay in the cache. */
    private static final int BLOCK = 256;

    private final Scenario scenario;
    private final ModelTables tables;
    private final FlowKernel shared;
    private final List<IncentiveResult> promisedResults;
    private @Nullable FlowKernel kept;
    private @Nullable FlowKernel weighted;
    private @Nullable List<IncentiveResult> expectedResults;

    /** Runs the pass; {@code risks} false treats every incentive as certain (the version 1 projection). */
    DeterministicPass(Scenario scenario, ModelTables tables, boolean risks) {
        this.scenario = scenario;
        this.tables = tables;
        shared = new FlowKernel(tables);
        List<Incentive> incentives = scenario.incentives();
        int count = incentives.size();
        promisedResults = new ArrayList<>(count);
        TwoViewFlow twoViews = new TwoViewFlow();
        IncentiveFlow[] block = new IncentiveFlow[Math.min(BLOCK, count)];
        for (int k = 0; k < block.length; k++) {
            block[k] = new IncentiveFlow();
        }
        int horizon = tables.horizon;
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            // Reading a record waits on memory (its strings and boxed years too); a loop that only reads lets the
            // processor wait for several records at once, and the block then stays in the cache for the projection.
            for (int i = from; i < to; i++) {
                Incentive incentive = incentives.get(i);
                int j = tables.industryIndex(incentive.industryCode());
                block[i - from].load(incentive, j, tables.firstYear, horizon, tables.displacement[j]);
            }
            for (int i = from; i < to; i++) {
                project(incentives.get(i), block[i - from], risks, twoViews);
            }
        }
    }

    private void project(Incentive incentive, IncentiveFlow flow, boolean risks, TwoViewFlow twoViews) {
        int horizon = tables.horizon;
        OptionalDouble moic = OptionalDouble.empty();
        OptionalDouble irr = OptionalDouble.empty();
        if (flow.exit < horizon) {
            // The contract's own return, as version 1 reports it in every view: MOIC and IRR of the exit.
            moic = OptionalDouble.of(flow.exitMultiple);
            irr = OptionalDouble.of(Math.pow(flow.exitMultiple, 1.0 / flow.holdYears) - 1.0);
        }
        if (!risks || !incentive.uncertain()) {
            flow.project(tables, shared, 1.0, true);
            IncentiveResult result = flow.result(incentive, moic, irr);
            promisedResults.add(result);
            if (expectedResults != null) {
                expectedResults.add(result);
            }
            return;
        }
        if (kept == null || weighted == null || expectedResults == null) {
            kept = new FlowKernel(tables);
            weighted = new FlowKernel(tables);
            expectedResults = new ArrayList<>(scenario.incentives().size());
            expectedResults.addAll(promisedResults);
        }
        twoViews.project(tables, flow, kept, weighted);
        promisedResults.add(flow.result(incentive, moic, irr));
        expectedResults.add(twoViews.expected.result(incentive, moic, irr));
    }

    ProjectionResult promised(String version) {
        FlowKernel cells = kept == null ? shared : shared.plus(tables, kept);
        return new ViewSummary(tables).result(version, scenario, tables, cells, promisedResults);
    }

    /** The expected view; {@code promised} itself when no incentive can fail. */
    ProjectionResult expected(String version, ProjectionResult promised) {
        if (weighted == null || expectedResults == null) {
            return promised;
        }
        return new ViewSummary(tables)
                .result(version, scenario, tables, shared.plus(tables, weighted), expectedResults);
    }
}
