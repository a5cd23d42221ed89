package org.workbench.domain.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the projection benchmarks and prints the figures the goals are stated in. */
public final class BenchmarkMain {
    private static final double GOAL_A_INCENTIVE_YEARS_PER_SECOND = 25e6;
    private static final double GOAL_B_MICROSECONDS = 1000;
    private static final double GOAL_C_INCENTIVE_YEARS_PER_SECOND = 200e6;
    private static final double GOAL_D_MILLISECONDS = 150;
    private static final double GOAL_E_MILLISECONDS = 20;

    private BenchmarkMain() {}

    public static void main(String[] args) throws RunnerException {
        var options = new OptionsBuilder()
                .include(ProjectionBenchmark.class.getName() + ".*")
                .include(MultiplierBenchmark.class.getName() + ".*")
                .threads(1)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println("=== Scenario Workbench projection benchmarks (one benchmark thread; D uses "
                + ProjectionBenchmark.MC_THREADS + " worker threads) ===");
        System.out.printf(
                Locale.ROOT,
                "load average now: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double micros = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            if (name.endsWith("derive500")) {
                // this benchmark reports milliseconds (its OutputTimeUnit)
                System.out.printf(
                        Locale.ROOT,
                        "C  %d-sector regional input-output table derived (-Xmx512m): %.1f ms/op (+- %.1f)"
                                + " (goal < 1000 ms): %s%n",
                        MultiplierBenchmark.SECTORS,
                        result.getPrimaryResult().getScore(),
                        error,
                        result.getPrimaryResult().getScore() < 1000 ? "met" : "NOT met");
            } else if (name.endsWith("a_largeScenario")) {
                double incentiveYears = (double) ProjectionBenchmark.LARGE_INCENTIVES * ProjectionBenchmark.LARGE_YEARS;
                double perSecond = incentiveYears / (micros / 1e6);
                System.out.printf(
                        Locale.ROOT,
                        "A  200 industries, 50,000 incentives, 50 years: %.2f ms/op (+- %.2f) = %.1f million"
                                + " incentive-years/s (goal >= %.0f million, <= 100 ms): %s%n",
                        micros / 1000,
                        error / 1000,
                        perSecond / 1e6,
                        GOAL_A_INCENTIVE_YEARS_PER_SECOND / 1e6,
                        perSecond >= GOAL_A_INCENTIVE_YEARS_PER_SECOND ? "met" : "NOT met");
            } else if (name.endsWith("c_bothViewsLarge")) {
                double incentiveYears = (double) ProjectionBenchmark.LARGE_INCENTIVES * ProjectionBenchmark.LARGE_YEARS;
                double perSecond = incentiveYears / (micros / 1e6);
                System.out.printf(
                        Locale.ROOT,
                        "C  scenario A with risks, promised and expected views: %.2f ms/op (+- %.2f) = %.1f million"
                                + " incentive-years/s (goal >= %.0f million): %s%n",
                        micros / 1000,
                        error / 1000,
                        perSecond / 1e6,
                        GOAL_C_INCENTIVE_YEARS_PER_SECOND / 1e6,
                        perSecond >= GOAL_C_INCENTIVE_YEARS_PER_SECOND ? "met" : "NOT met");
            } else if (name.endsWith("d_monteCarloTypical")) {
                System.out.printf(
                        Locale.ROOT,
                        "D  Monte Carlo, 100 incentives x 30 years, 20 ranged, 10 uncertain, %,d draws on %d threads:"
                                + " %.1f ms/op (+- %.1f) (goal < %.0f ms): %s%n",
                        ProjectionBenchmark.MC_DRAWS,
                        ProjectionBenchmark.MC_THREADS,
                        micros / 1000,
                        error / 1000,
                        GOAL_D_MILLISECONDS,
                        micros / 1000 < GOAL_D_MILLISECONDS ? "met" : "NOT met");
            } else if (name.endsWith("e_tornadoTypical")) {
                System.out.printf(
                        Locale.ROOT,
                        "E  tornado, 100 incentives x 30 years, 40 ranged inputs, 10 uncertain: %.2f ms/op (+- %.2f)"
                                + " (goal < %.0f ms): %s%n",
                        micros / 1000,
                        error / 1000,
                        GOAL_E_MILLISECONDS,
                        micros / 1000 < GOAL_E_MILLISECONDS ? "met" : "NOT met");
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "B  4 scenarios x 100 incentives x 30 years, projected and compared: %.1f us/op (+- %.1f)"
                                + " (goal < 1 ms): %s%n",
                        micros,
                        error,
                        micros < GOAL_B_MICROSECONDS ? "met" : "NOT met");
            }
        }
    }
}
