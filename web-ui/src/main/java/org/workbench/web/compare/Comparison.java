package org.workbench.web.compare;

import java.util.List;

/**
 * Everything the compare view shows, computed once per selection.
 *
 * @param scenarios the compared scenarios, in the order asked
 * @param baseIndex position of the base among them
 * @param kpis one row per key figure, in the model's order
 * @param inputs every input of every scenario, row by row, with how it differs from the base
 */
public record Comparison(
        List<ScenarioColumn> scenarios, int baseIndex, List<KpiRow> kpis, List<InputRow> inputs, ChartData charts) {

    public Comparison {
        scenarios = List.copyOf(scenarios);
        kpis = List.copyOf(kpis);
        inputs = List.copyOf(inputs);
    }

    public ScenarioColumn base() {
        return scenarios.get(baseIndex);
    }

    /** The input rows in which at least one scenario differs from the base. */
    public List<InputRow> differingInputs() {
        return inputs.stream().filter(InputRow::differs).toList();
    }

    /** Whether the scenarios count money in more than one currency, so that money figures do not compare directly. */
    public boolean mixedCurrencies() {
        return scenarios.stream().map(ScenarioColumn::currency).distinct().count() > 1;
    }
}
