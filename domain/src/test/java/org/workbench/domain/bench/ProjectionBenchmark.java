package org.workbench.domain.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioComparison;
import org.workbench.domain.ScenarioViews;
import org.workbench.domain.Tornado;

/**
 * A: one very large scenario (200 industries, 50,000 incentives, 50 years = 2.5 million incentive-years). B: what
 * the compare view does, four typical scenarios of 100 incentives over 30 years projected and compared. C: scenario
 * A with version 2 inputs (every tenth incentive uncertain), promised and expected views. D: Monte Carlo of a typical
 * scenario (100 incentives, 30 years, 20 ranged inputs, 10 uncertain incentives), 10,000 draws on two threads. E: the
 * tornado of a typical scenario with 40 ranged inputs and 10 uncertain incentives.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ProjectionBenchmark {
    static final int LARGE_INDUSTRIES = 200;
    static final int LARGE_INCENTIVES = 50_000;
    static final int LARGE_YEARS = 50;

    @State(Scope.Benchmark)
    public static class Large {
        Scenario scenario;

        @Setup
        public void build() {
            scenario = BenchScenarios.of(1L, LARGE_INDUSTRIES, LARGE_INCENTIVES, LARGE_YEARS);
        }
    }

    @State(Scope.Benchmark)
    public static class Typical {
        List<Scenario> scenarios;

        @Setup
        public void build() {
            scenarios = new ArrayList<>();
            for (long seed = 1; seed <= 4; seed++) {
                scenarios.add(BenchScenarios.of(seed, 8, 100, 30));
            }
        }
    }

    static final int MC_DRAWS = 10_000;
    static final int MC_THREADS = 2;

    @State(Scope.Benchmark)
    public static class LargeRisky {
        Scenario scenario;

        @Setup
        public void build() {
            Scenario plain = BenchScenarios.of(1L, LARGE_INDUSTRIES, LARGE_INCENTIVES, LARGE_YEARS);
            scenario = BenchScenarios.risky(plain, LARGE_INCENTIVES / 10, 0);
        }
    }

    @State(Scope.Benchmark)
    public static class Uncertain {
        Scenario monteCarlo;
        Scenario tornado;
        MonteCarlo.Options options;

        @Setup
        public void build() {
            Scenario typical = BenchScenarios.of(7L, 8, 100, 30);
            monteCarlo = BenchScenarios.risky(typical, 10, 20);
            tornado = BenchScenarios.risky(typical, 10, 40);
            options = MonteCarlo.Options.of(monteCarlo.settings())
                    .withDraws(MC_DRAWS, 1)
                    .withThreads(MC_THREADS);
        }
    }

    @Benchmark
    public ScenarioViews c_bothViewsLarge(LargeRisky state) {
        return ProjectionEngine.views(state.scenario);
    }

    @Benchmark
    public MonteCarloResult d_monteCarloTypical(Uncertain state) {
        return MonteCarlo.run(state.monteCarlo, state.options);
    }

    @Benchmark
    public Tornado e_tornadoTypical(Uncertain state) {
        return Tornado.of(state.tornado);
    }

    @Benchmark
    public ProjectionResult a_largeScenario(Large state) {
        return ProjectionEngine.project(state.scenario);
    }

    @Benchmark
    public ScenarioComparison b_fourTypicalScenariosCompared(Typical state) {
        List<NamedResult> results = new ArrayList<>(4);
        for (int i = 0; i < state.scenarios.size(); i++) {
            results.add(new NamedResult("S" + i, ProjectionEngine.project(state.scenarios.get(i))));
        }
        return ScenarioComparison.compare(results, 0);
    }
}
