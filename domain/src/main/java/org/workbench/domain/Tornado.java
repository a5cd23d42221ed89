package org.workbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which inputs move the expected npv most (calculation model, "Tornado"): each ranged input at its low and high
 * estimate, each uncertain incentive at certain failure and certain success, largest swing first.
 *
 * @param npv the expected npv with every input at its value
 * @param rows sorted by |swing|, largest first; ties keep the inputs' order (settings, industries, incentives, then
 *     the success rows)
 */
public record Tornado(double npv, List<TornadoRow> rows) {
    public Tornado {
        rows = List.copyOf(rows);
    }

    public static Tornado of(Scenario scenario) {
        ModelTables tables = new ModelTables(scenario);
        FlowKernel kernel = new FlowKernel(tables);
        ViewSummary summary = new ViewSummary(tables);
        double[] weights = tables.probability.clone();
        double base = npv(tables, kernel, summary, weights);
        List<TornadoRow> rows = new ArrayList<>();
        for (RangedInput input : RangedInput.of(scenario, tables)) {
            input.set(tables, input.low());
            tables.refresh();
            double low = npv(tables, kernel, summary, weights);
            input.set(tables, input.high());
            tables.refresh();
            double high = npv(tables, kernel, summary, weights);
            input.set(tables, input.value());
            tables.refresh();
            rows.add(new TornadoRow(input.item(), input.code(), input.field(), input.low(), input.high(), low, high));
        }
        for (int i = 0; i < tables.incentiveCount; i++) {
            if (!scenario.incentives().get(i).uncertain()) {
                continue;
            }
            weights[i] = 0;
            double failure = npv(tables, kernel, summary, weights);
            weights[i] = 1;
            double success = npv(tables, kernel, summary, weights);
            weights[i] = tables.probability[i];
            rows.add(new TornadoRow(
                    ItemKind.INCENTIVE,
                    scenario.incentives().get(i).code(),
                    TornadoRow.SUCCESS,
                    0,
                    1,
                    failure,
                    success));
        }
        // List.sort is stable: equal swings keep the order in which the rows were added.
        rows.sort(Comparator.comparingDouble((TornadoRow r) -> Math.abs(r.swing()))
                .reversed());
        return new Tornado(base, rows);
    }

    private static double npv(ModelTables tables, FlowKernel kernel, ViewSummary summary, double[] weights) {
        kernel.run(tables, weights, null, false);
        summary.summarise(tables, kernel, ViewSummary.NO_ROWS);
        return summary.kpis[Kpi.NPV.ordinal()];
    }
}
