package org.workbench.domain;

import java.util.Arrays;
import java.util.List;
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
    /** The promised figures of incentives i*BLOCK.., see {@link IncentiveResults.Promised}. */
    private final double[][] promisedFigures;

    private final IncentiveFlow[] block;
    private final int[] codeHash = new int[BLOCK];
    /** The promised and the expected view's cells, the shared ones included, when some incentive can fail. */
    private @Nullable FlowKernel kept;

    private @Nullable FlowKernel weighted;
    /** The uncertain incentives, ascending, and their expected sums at the same position. */
    private int @Nullable [] uncertain;

    private int uncertainCount;
    private @Nullable IncentiveSums expectedSums;
    private IncentiveResults.@Nullable Promised promisedResults;

    /** Runs the pass; {@code risks} false treats every incentive as certain (the version 1 projection). */
    DeterministicPass(Scenario scenario, ModelTables tables, boolean risks) {
        this.scenario = scenario;
        this.tables = tables;
        shared = new FlowKernel(tables);
        List<Incentive> incentives = scenario.incentives();
        int count = incentives.size();
        promisedFigures = new double[(count + BLOCK - 1) / BLOCK][];
        block = new IncentiveFlow[Math.min(BLOCK, count)];
        for (int k = 0; k < block.length; k++) {
            block[k] = new IncentiveFlow();
        }
        int[] uncertain = new int[0];
        int uncertainCount = 0;
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            load(incentives, from, to, null);
            // One small array per block: written while it is still in the cache from its zeroing.
            double[] figures = new double[(to - from) * IncentiveResults.Promised.FIGURES];
            promisedFigures[from / BLOCK] = figures;
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
                IncentiveResults.Promised.keep(figures, (i - from) * IncentiveResults.Promised.FIGURES, flow);
            }
        }
        if (uncertainCount > 0) {
            uncertain(incentives, uncertain, uncertainCount);
        }
    }

    private void uncertain(List<Incentive> incentives, int[] uncertain, int count) {
        FlowKernel promised = new FlowKernel(tables);
        FlowKernel expected = new FlowKernel(tables);
        IncentiveSums expectedOwn = new IncentiveSums(count);
        TwoViewFlow twoViews = new TwoViewFlow();
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            load(incentives, from, to, uncertain);
            for (int n = from; n < to; n++) {
                IncentiveFlow flow = block[n - from];
                int i = uncertain[n];
                twoViews.project(tables, flow, promised, expected);
                IncentiveResults.Promised.keep(
                        promisedFigures[i / BLOCK], (i % BLOCK) * IncentiveResults.Promised.FIGURES, flow);
                expectedOwn.store(n, twoViews.expected);
            }
        }
        promised.addShared(shared);
        expected.addShared(shared);
        kept = promised;
        weighted = expected;
        this.uncertain = uncertain;
        uncertainCount = count;
        expectedSums = expectedOwn;
    }

    /**
     * Reads incentives from..to-1 (of {@code only}, when given) into the block. Reading a record waits on memory (its
     * strings and boxed years too); a loop that only reads lets the processor wait for several records at once, and
     * the block then stays in the cache for the projection. The codes' hashes come first, in a loop of their own: two
     * reads each (record, then code), so short that the processor waits for many records at once; the full read then
     * finds them in the cache (0.6 ms of 10 on the large scenario; reading the boxed years there as well cost more).
     */
    private void load(List<Incentive> incentives, int from, int to, int @Nullable [] only) {
        int horizon = tables.horizon;
        int[] codeHash = this.codeHash;
        for (int n = from; n < to; n++) {
            codeHash[n - from] =
                    incentives.get(only == null ? n : only[n]).industryCode().hashCode();
        }
        for (int n = from; n < to; n++) {
            Incentive incentive = incentives.get(only == null ? n : only[n]);
            int j = tables.industryIndex(incentive.industryCode(), codeHash[n - from]);
            block[n - from].load(incentive, j, tables.firstYear, horizon, tables.displacement[j]);
        }
    }

    ProjectionResult promised(String version) {
        FlowKernel cells = kept == null ? shared : kept;
        return new ViewSummary(tables).result(version, scenario, tables, cells, promisedResults());
    }

    /** The expected view; {@code promised} itself when no incentive can fail. */
    ProjectionResult expected(String version, ProjectionResult promised) {
        if (weighted == null || uncertain == null || expectedSums == null) {
            return promised;
        }
        var results = new IncentiveResults.Expected(promisedResults(), uncertain, uncertainCount, expectedSums);
        return new ViewSummary(tables).result(version, scenario, tables, weighted, results);
    }

    private IncentiveResults.Promised promisedResults() {
        IncentiveResults.Promised results = promisedResults;
        if (results == null) {
            results = new IncentiveResults.Promised(scenario.incentives(), tables, BLOCK, promisedFigures);
            promisedResults = results;
        }
        return results;
    }
}
