package org.workbench.web.compare;

import java.util.OptionalDouble;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.workbench.domain.Kpi;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;

/**
 * Monte Carlo of the compared scenarios, on the request's own thread with bounded work: at most {@value #MAX_DRAWS}
 * draws (fewer when the scenario asks for fewer), with the scenario's seed, one thread per run, at most one run per
 * core at a time across all sessions, and no run at all for a scenario so large that {@value #MIN_DRAWS} draws
 * would pass {@value #MAX_INCENTIVE_YEARS} incentive-years.
 */
final class ComparisonRisk {
    static final int MAX_DRAWS = 2_000;
    static final int MIN_DRAWS = 100;
    /** About a second of one core's work at the engine's speed here; a larger scenario is left to its Risk tab. */
    static final long MAX_INCENTIVE_YEARS = 50_000_000L;

    private static final long WAIT_SECONDS = 10;

    private final Semaphore slots =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    /** The npv's spread of one scenario as projected in the comparison (its own or the common horizon). */
    ScenarioRisk of(Scenario scenario, ProjectionResult expected) {
        boolean uncertain =
                !scenario.ranges().isEmpty() || scenario.incentives().stream().anyMatch(i -> i.uncertain());
        if (!uncertain) {
            return ScenarioRisk.certain(expected.kpi(Kpi.NPV).orElse(0));
        }
        int draws = draws(scenario);
        if (draws < MIN_DRAWS) {
            return ScenarioRisk.missing(ScenarioRisk.Status.TOO_LARGE);
        }
        try {
            if (!slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return ScenarioRisk.missing(ScenarioRisk.Status.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ScenarioRisk.missing(ScenarioRisk.Status.BUSY);
        }
        MonteCarloResult result;
        try {
            var options = MonteCarlo.Options.of(scenario.settings())
                    .withDraws(draws, scenario.settings().seed())
                    .withThreads(1);
            result = MonteCarlo.run(scenario, options);
        } finally {
            slots.release();
        }
        MonteCarloResult.KpiDistribution npv = result.kpi(Kpi.NPV);
        MonteCarloResult.Histogram histogram = result.npvHistogram();
        return new ScenarioRisk(
                ScenarioRisk.Status.MONTE_CARLO,
                result.draws(),
                result.seed(),
                OptionalDouble.of(histogram.min()),
                npv.p5(),
                npv.p50(),
                npv.p95(),
                OptionalDouble.of(histogram.max()),
                OptionalDouble.of(result.lossProbability()));
    }

    /** The scenario's draws, at most {@value #MAX_DRAWS} and within the work bound. */
    static int draws(Scenario scenario) {
        long incentiveYears = Math.max(1L, (long) scenario.incentives().size())
                * scenario.settings().horizonYears();
        long affordable = MAX_INCENTIVE_YEARS / incentiveYears;
        return (int) Math.min(Math.min(scenario.settings().draws(), MAX_DRAWS), affordable);
    }
}
