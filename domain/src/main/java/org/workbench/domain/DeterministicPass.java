package org.workbench.domain;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The promised and the expected view in one pass over the incentives, each read once from its record: an incentive
 * that cannot fail adds its flows once, into cells both views share, and its one result serves both views; an
 * uncertain one adds its flows at weight 1 into the promised view's own cells and at its success probability into
 * the expected view's. Each view's cells are then the shared ones plus its own.
 *
 * <p>The uncertain incentives are projected after the others, still in the scenario's order among themselves: each
 * cell's sum is the same, and the views' own cells stay in the cache while they are summed.
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
    private final IncentiveResult[] promisedResults;
    private final IncentiveFlow[] block;
    /** The promised and the expected view's cells, the shared ones included, when some incentive can fail. */
    private @Nullable FlowKernel kept;

    private @Nullable FlowKernel weighted;
    private IncentiveResult @Nullable [] expectedResults;

    /** Runs the pass; {@code risks} false treats every incentive as certain (the version 1 projection). */
    DeterministicPass(Scenario scenario, ModelTables tables, boolean risks) {
        this.scenario = scenario;
        this.tables = tables;
        shared = new FlowKernel(tables);
        List<Incentive> incentives = scenario.incentives();
        int count = incentives.size();
        promisedResults = new IncentiveResult[count];
        block = new IncentiveFlow[Math.min(BLOCK, count)];
        for (int k = 0; k < block.length; k++) {
            block[k] = new IncentiveFlow();
        }
        int[] uncertain = new int[0];
        int uncertainCount = 0;
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            load(incentives, from, to, null);
            for (int i = from; i < to; i++) {
                IncentiveFlow flow = block[i - from];
                if (risks && flow.probability < 1) {
                    if (uncertainCount == uncertain.length) {
                        uncertain = Arrays.copyOf(uncertain, Math.max(16, 2 * uncertainCount));
                    }
                    uncertain[uncertainCount++] = i;
                    continue;
                }
                flow.project(tables, shared, 1.0, true);
                promisedResults[i] = result(incentives.get(i), flow);
            }
        }
        if (uncertainCount > 0) {
            uncertain(incentives, uncertain, uncertainCount);
        }
    }

    private void uncertain(List<Incentive> incentives, int[] uncertain, int count) {
        FlowKernel promised = new FlowKernel(tables);
        FlowKernel expected = new FlowKernel(tables);
        IncentiveResult[] expectedAll = promisedResults.clone();
        TwoViewFlow twoViews = new TwoViewFlow();
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            load(incentives, from, to, uncertain);
            for (int n = from; n < to; n++) {
                IncentiveFlow flow = block[n - from];
                Incentive incentive = incentives.get(uncertain[n]);
                twoViews.project(tables, flow, promised, expected);
                promisedResults[uncertain[n]] = result(incentive, flow);
                expectedAll[uncertain[n]] = result(incentive, twoViews.expected, flow);
            }
        }
        promised.addShared(shared);
        expected.addShared(shared);
        kept = promised;
        weighted = expected;
        expectedResults = expectedAll;
    }

    /**
     * Reads incentives from..to-1 (of {@code only}, when given) into the block. Reading a record waits on memory (its
     * strings and boxed years too); a loop that only reads lets the processor wait for several records at once, and
     * the block then stays in the cache for the projection.
     */
    private void load(List<Incentive> incentives, int from, int to, int @Nullable [] only) {
        int horizon = tables.horizon;
        for (int n = from; n < to; n++) {
            Incentive incentive = incentives.get(only == null ? n : only[n]);
            int j = tables.industryIndex(incentive.industryCode());
            block[n - from].load(incentive, j, tables.firstYear, horizon, tables.displacement[j]);
        }
    }

    private IncentiveResult result(Incentive incentive, IncentiveFlow flow) {
        return result(incentive, flow, flow);
    }

    /** The sums of {@code sums} as the incentive's result, with the exit's MOIC and IRR from {@code flow}. */
    private IncentiveResult result(Incentive incentive, IncentiveFlow sums, IncentiveFlow flow) {
        OptionalDouble moic = OptionalDouble.empty();
        OptionalDouble irr = OptionalDouble.empty();
        if (flow.exit < tables.horizon) {
            // The contract's own return, as version 1 reports it in every view: MOIC and IRR of the exit.
            moic = OptionalDouble.of(flow.exitMultiple);
            irr = OptionalDouble.of(Math.pow(flow.exitMultiple, 1.0 / flow.holdYears) - 1.0);
        }
        return sums.result(incentive, moic, irr);
    }

    ProjectionResult promised(String version) {
        FlowKernel cells = kept == null ? shared : kept;
        return new ViewSummary(tables).result(version, scenario, tables, cells, Arrays.asList(promisedResults));
    }

    /** The expected view; {@code promised} itself when no incentive can fail. */
    ProjectionResult expected(String version, ProjectionResult promised) {
        if (weighted == null || expectedResults == null) {
            return promised;
        }
        return new ViewSummary(tables).result(version, scenario, tables, weighted, Arrays.asList(expectedResults));
    }
}
