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
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioComparison;

/**
 * A: one very large scenario (200 industries, 50,000 incentives, 50 years = 2.5 million incentive-years). B: what
 * the compare view does, four typical scenarios of 100 incentives over 30 years projected and compared.
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
