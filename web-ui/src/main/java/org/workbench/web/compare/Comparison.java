package org.workbench.web.compare;

import java.util.List;
import java.util.OptionalDouble;
import org.workbench.domain.Kpi;

/**
 * Everything the compare view shows, computed once per selection.
 *
 * @param scenarios the compared scenarios, in the order asked
 * @param baseIndex position of the base among them
 * @param kpis per key figure, in the model's order, the expected row and, where a scenario's promise differs from
 *     what can be expected, the promised row after it
 * @param inputs every input of every scenario, row by row, with how it differs from the base
 * @param horizon the scenarios' horizons and the rule applied to them
 * @param risks per scenario, what Monte Carlo says about its npv
 * @param riskRows P5 and P95 of the npv, P(loss) and the affordability figures of the expected view
 */
public record Comparison(
        List<ScenarioColumn> scenarios,
        int baseIndex,
        List<KpiRow> kpis,
        List<InputRow> inputs,
        ChartData charts,
        HorizonNote horizon,
        List<ScenarioRisk> risks,
        List<RiskRow> riskRows) {

    /** The affordability figures: shown with the risk rows, not among the key figures. */
    public static final List<Kpi> AFFORDABILITY =
            List.of(Kpi.PEAK_OUTLAY_SHARE, Kpi.OUTLAY_SHARE_OF_BUDGET, Kpi.PEAK_FUNDING_GAP);

    public Comparison {
        scenarios = List.copyOf(scenarios);
        kpis = List.copyOf(kpis);
        inputs = List.copyOf(inputs);
        risks = List.copyOf(risks);
        riskRows = List.copyOf(riskRows);
    }

    public ScenarioColumn base() {
        return scenarios.get(baseIndex);
    }

    /** The input rows in which at least one scenario differs from the base. */
    public List<InputRow> differingInputs() {
        return inputs.stream().filter(InputRow::differs).toList();
    }

    /** The key-figure rows of one view. */
    public List<KpiRow> kpis(KpiRow.View view) {
        return kpis.stream().filter(r -> r.view() == view).toList();
    }

    /** The key figures shown as such: every row but the affordability figures, which the risk rows carry. */
    public List<KpiRow> keyFigureRows() {
        return kpis.stream().filter(r -> !AFFORDABILITY.contains(r.kpi())).toList();
    }

    /** One scenario's value of a key figure in a view, as the rows show it (the promised row may be left out). */
    public OptionalDouble value(Kpi kpi, KpiRow.View view, int index) {
        KpiRow.View wanted = view;
        for (int attempt = 0; attempt < 2; attempt++) {
            for (KpiRow row : kpis) {
                if (row.kpi() == kpi && row.view() == wanted) {
                    return row.cells().get(index).value();
                }
            }
            // No promised row: the promise is what can be expected.
            wanted = KpiRow.View.EXPECTED;
        }
        return OptionalDouble.empty();
    }

    /** Whether the scenarios count money in more than one currency, so that money figures do not compare directly. */
    public boolean mixedCurrencies() {
        return scenarios.stream().map(ScenarioColumn::currency).distinct().count() > 1;
    }

    /** Whether any scenario has uncertain inputs that Monte Carlo drew. */
    public boolean anyMonteCarlo() {
        return risks.stream().anyMatch(r -> r.status() == ScenarioRisk.Status.MONTE_CARLO);
    }
}
