package org.workbench.web.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveResult;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.YearResult;
import org.workbench.domain.YearSeries;

/** The chart series of a comparison; scenarios may cover different years, so the charts span all of them. */
public final class Charts {
    private Charts() {}

    /** One compared scenario with its result and the label its series go by. */
    public record Input(String label, Scenario scenario, ProjectionResult result) {}

    public static ChartData of(List<Input> inputs) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Input input : inputs) {
            first = Math.min(first, input.scenario().settings().firstYear());
            last = Math.max(last, input.scenario().settings().lastYear());
        }
        List<Integer> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            years.add(year);
        }
        List<IncentiveType> types = spentOn(inputs);
        var jobs = new ArrayList<ChartData.Series>();
        var cumulative = new ArrayList<ChartData.Series>();
        var outlay = new ArrayList<ChartData.Series>();
        var chain = new ArrayList<ChartData.Series>();
        for (Input input : inputs) {
            jobs.add(new ChartData.Series(input.label(), byYear(input.result(), first, last, YearResult::totalJobs)));
            cumulative.add(new ChartData.Series(
                    input.label(), byYear(input.result(), first, last, YearResult::cumulativeNetFiscalFlow)));
            double[] byType = new double[types.size()];
            for (int i = 0; i < types.size(); i++) {
                YearSeries series = input.result().outlayByType().get(types.get(i));
                byType[i] = series == null ? 0 : series.sum();
            }
            outlay.add(new ChartData.Series(input.label(), byType));
            chain.add(new ChartData.Series(input.label(), chain(input.scenario(), input.result())));
        }
        return new ChartData(years, jobs, cumulative, types, outlay, chain);
    }

    private static double[] byYear(ProjectionResult result, int first, int last, ToDoubleFunction<YearResult> value) {
        double[] values = new double[last - first + 1];
        Arrays.fill(values, Double.NaN);
        for (YearResult year : result.years()) {
            values[year.year() - first] = value.applyAsDouble(year);
        }
        return values;
    }

    private static List<IncentiveType> spentOn(List<Input> inputs) {
        List<IncentiveType> types = new ArrayList<>();
        for (IncentiveType type : IncentiveType.values()) {
            boolean spent = inputs.stream().anyMatch(input -> {
                YearSeries series = input.result().outlayByType().get(type);
                return series != null && series.stream().anyMatch(v -> v != 0);
            });
            if (spent) {
                types.add(type);
            }
        }
        return types.isEmpty() ? List.of(IncentiveType.values()) : types;
    }

    /** Final-year jobs at each {@link ChartData.ChainStep}. */
    private static double[] chain(Scenario scenario, ProjectionResult result) {
        double gross = 0;
        double afterButFor = 0;
        List<Incentive> incentives = scenario.incentives();
        List<IncentiveResult> perIncentive = result.incentiveResults();
        // The engine returns one result per incentive, in the scenario's order.
        for (int i = 0; i < perIncentive.size(); i++) {
            double g = perIncentive.get(i).grossDirectJobsFinal();
            gross += g;
            afterButFor += g * incentives.get(i).butForShare();
        }
        YearResult finalYear = result.years().getLast();
        return new double[] {gross, afterButFor, finalYear.netDirectJobs(), finalYear.totalJobs()};
    }
}
