package org.workbench.domain;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Monte Carlo of a scenario (calculation model, "Monte Carlo"): in each draw every ranged input comes from its
 * triangular distribution, every uncertain incentive succeeds or fails through a Gaussian copula within its industry,
 * and the draw is projected with each incentive on its drawn path.
 *
 * <p>Determinism: draw d (1-based) has its own generator, xoroshiro128++ ({@link RandomSource#XO_RO_SHI_RO_128_PP})
 * whose two state words are SplitMix64 outputs of d and of the seed mixed with d (see {@link #generator}), so its
 * numbers depend on (seed, d) only. Each draw writes its own slot; every reduction runs over the draws in order after
 * all of them are done. The result is the same to the last bit on any number of threads.
 */
public final class MonteCarlo {
    private static final int CHUNK = 64;
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private MonteCarlo() {}

    /**
     * How to run: draws and seed (by default the scenario's), threads, and the hooks a UI needs.
     *
     * @param progress told the number of draws done after each chunk of draws; called from the worker threads, one
     *     call at a time; may be null
     * @param cancelled asked before each chunk; when it says true the run stops with a {@link CancellationException};
     *     may be null
     */
    public record Options(
            int draws,
            long seed,
            int threads,
            @Nullable IntConsumer progress,
            @Nullable BooleanSupplier cancelled) {
        public Options {
            if (draws < 1 || threads < 1) {
                throw new IllegalArgumentException("draws and threads must be at least 1");
            }
        }

        /** The scenario's draws and seed, on every available core. */
        public static Options of(ScenarioSettings settings) {
            return new Options(
                    settings.draws(), settings.seed(), Runtime.getRuntime().availableProcessors(), null, null);
        }

        public Options withThreads(int count) {
            return new Options(draws, seed, count, progress, cancelled);
        }

        public Options withDraws(int count, long newSeed) {
            return new Options(count, newSeed, threads, progress, cancelled);
        }

        public Options withHooks(@Nullable IntConsumer onProgress, @Nullable BooleanSupplier isCancelled) {
            return new Options(draws, seed, threads, onProgress, isCancelled);
        }
    }

    /** With the scenario's draws and seed, on every available core. */
    public static MonteCarloResult run(Scenario scenario) {
        return run(scenario, Options.of(scenario.settings()));
    }

    /** @throws CancellationException when {@link Options#cancelled()} said so; nothing is returned then */
    public static MonteCarloResult run(Scenario scenario, Options options) {
        ModelTables base = new ModelTables(scenario);
        List<RangedInput> inputs = RangedInput.of(scenario, base);
        Plan plan = new Plan(scenario, base, inputs);
        int n = options.draws();
        double[][] kpis = new double[ViewSummary.KPI_COUNT][n];
        double[][] cumulative = new double[base.horizon][n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        Object progressLock = new Object();
        Runnable worker = () -> {
            try {
                Draw draw = new Draw(plan);
                int start;
                while ((start = next.getAndAdd(CHUNK)) < n && failure.get() == null) {
                    BooleanSupplier cancelled = options.cancelled();
                    if (cancelled != null && cancelled.getAsBoolean()) {
                        throw new CancellationException("Monte Carlo cancelled after " + done.get() + " draws");
                    }
                    int end = Math.min(n, start + CHUNK);
                    for (int d = start; d < end; d++) {
                        draw.run(generator(options.seed(), d + 1L), d, kpis, cumulative);
                    }
                    int count = done.addAndGet(end - start);
                    IntConsumer progress = options.progress();
                    if (progress != null) {
                        synchronized (progressLock) {
                            progress.accept(count);
                        }
                    }
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        };
        int threads = Math.min(options.threads(), (n + CHUNK - 1) / CHUNK);
        Thread[] helpers = new Thread[threads - 1];
        for (int w = 0; w < helpers.length; w++) {
            helpers[w] =
                    Thread.ofPlatform().name("monte-carlo-" + (w + 1)).daemon().start(worker);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new CancellationException("interrupted"));
            }
        }
        Throwable problem = failure.get();
        if (problem instanceof RuntimeException e) {
            throw e;
        } else if (problem instanceof Error e) {
            throw e;
        } else if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return MonteCarloResult.of(n, options.seed(), base.firstYear, kpis, cumulative);
    }

    /**
     * Draw d's generator: xoroshiro128++ with the state (SplitMix64(seed XOR SplitMix64(d)), SplitMix64(d)). The map
     * from (seed, d) to the state is one to one, so no two draws of one seed, nor of two seeds, share a stream start.
     */
    static UniformRandomProvider generator(long seed, long draw) {
        long mixedDraw = new SplitMix64(draw).nextLong();
        long mixedSeed = new SplitMix64(seed ^ mixedDraw).nextLong();
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {mixedSeed, mixedDraw});
    }

    /** What every draw shares: the distributions of the ranged inputs and where the uncertain incentives are. */
    private static final class Plan {
        final ModelTables base;
        final List<RangedInput> inputs;
        final @Nullable ContinuousDistribution[] distributions;
        final int[] uncertain;
        final double common;
        final double own;

        Plan(Scenario scenario, ModelTables base, List<RangedInput> inputs) {
            this.base = base;
            this.inputs = inputs;
            distributions = new ContinuousDistribution[inputs.size()];
            for (int r = 0; r < inputs.size(); r++) {
                RangedInput input = inputs.get(r);
                distributions[r] = input.low() == input.high()
                        ? null
                        : TriangularDistribution.of(input.low(), input.value(), input.high());
            }
            uncertain = java.util.stream.IntStream.range(0, base.incentiveCount)
                    .filter(i -> scenario.incentives().get(i).uncertain())
                    .toArray();
            double rho = scenario.settings().successCorrelation();
            common = Math.sqrt(rho);
            own = Math.sqrt(1 - rho);
        }
    }

    /** One thread's scratch: its own copy of the tables, kernel and summary. */
    private static final class Draw {
        private final Plan plan;
        private final ModelTables tables;
        private final FlowKernel kernel;
        private final ViewSummary summary;
        private final double[] weights;
        private final double[] industryShock;

        Draw(Plan plan) {
            this.plan = plan;
            tables = plan.base.copy();
            kernel = new FlowKernel(tables);
            summary = new ViewSummary(tables);
            weights = ProjectionEngine.promisedWeights(tables);
            industryShock = new double[tables.industryCount];
        }

        /** The order of the draws from the generator is fixed: ranged inputs, industry shocks, incentive shocks. */
        void run(UniformRandomProvider rng, int d, double[][] kpis, double[][] cumulative) {
            List<RangedInput> inputs = plan.inputs;
            for (int r = 0; r < inputs.size(); r++) {
                RangedInput input = inputs.get(r);
                ContinuousDistribution distribution = plan.distributions[r];
                double value = distribution == null
                        ? input.value()
                        : distribution.inverseCumulativeProbability(rng.nextDouble());
                input.set(tables, value);
            }
            tables.refresh();
            ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
            for (int j = 0; j < industryShock.length; j++) {
                industryShock[j] = gaussian.sample();
            }
            for (int i : plan.uncertain) {
                double x = plan.common * industryShock[tables.industry[i]] + plan.own * gaussian.sample();
                double u = STANDARD_NORMAL.cumulativeProbability(x);
                weights[i] = u < tables.probability[i] ? 1.0 : 0.0;
            }
            kernel.run(tables, weights, null, false);
            summary.summarise(tables, kernel, ViewSummary.NO_ROWS);
            for (int k = 0; k < kpis.length; k++) {
                kpis[k][d] = summary.kpis[k];
            }
            for (int slot = 0; slot < cumulative.length; slot++) {
                cumulative[slot][d] = summary.cumulative[slot];
            }
        }
    }
}
