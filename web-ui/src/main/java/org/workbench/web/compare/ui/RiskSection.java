package org.workbench.web.compare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.workbench.domain.Kpi;
import org.workbench.domain.KpiUnit;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.base.ui.chart.EChart;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.HorizonMode;
import org.workbench.web.compare.KpiRow;
import org.workbench.web.compare.RiskRow;
import org.workbench.web.compare.ScenarioRisk;
import tools.jackson.databind.node.ObjectNode;

/**
 * Risk and affordability side by side: P5 and P95 of the npv and P(loss) from Monte Carlo, the budget shares and
 * the funding gap of the expected view, and the npv's spread per scenario as boxes.
 */
class RiskSection extends CompareSection {
    final Grid<RiskRow> grid = new Grid<>();
    final EChart boxes = new EChart();
    private final Paragraph draws = new Paragraph();

    RiskSection() {
        super("compare.risk.title");
        grid.addClassName("compare-risk");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        var legend = new Paragraph(getTranslation(
                "compare.risk.legend",
                Formats.percent(RiskRow.AMBER_SHARE, getLocale()),
                Formats.percent(RiskRow.RED_SHARE, getLocale())));
        legend.addClassName("compare-legend");
        draws.addClassName("compare-legend");
        draws.addClassName("compare-risk-draws");
        boxes.addClassName("compare-chart-npv-boxes");
        boxes.setHeight("340px");
        add(legend, grid, draws, boxes);
    }

    @Override
    void fill(Comparison result) {
        Locale locale = getLocale();
        grid.removeAllColumns();
        boolean perYear = result.horizon().applied() == HorizonMode.PER_YEAR;
        grid.addColumn(row -> KpiSection.direction(row.measure().direction()) + " "
                        + getTranslation(row.measure().labelKey())
                        + (perYear && row.measure().dividedPerYear()
                                ? " " + getTranslation("compare.kpis.perYear")
                                : ""))
                .setHeader(getTranslation("compare.kpis.figure"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        for (int i = 0; i < result.scenarios().size(); i++) {
            int index = i;
            String currency = result.scenarios().get(index).currency();
            grid.addColumn(new ComponentRenderer<>(row -> cell(row, index, currency, locale)))
                    .setHeader(header(result, index))
                    .setTextAlign(ColumnTextAlign.END)
                    .setResizable(true);
        }
        grid.setItems(result.riskRows());
        draws.setText(drawsText(result, locale));
        boxes.setOption(boxChart(result, locale));
    }

    private Component cell(RiskRow row, int index, String currency, Locale locale) {
        RiskRow.Cell cell = row.cells().get(index);
        String text = row.measure().unit() == RiskRow.Unit.SHARE
                ? Formats.orDash(cell.value(), v -> Formats.percent(v, locale))
                : KpiFormat.value(KpiUnit.MONEY, cell.value(), currency, locale);
        var value = new Span(text);
        value.addClassName("kpi-value");
        var box = new Div(value);
        box.addClassName("kpi-cell");
        if (cell.best()) {
            box.addClassName("best");
            box.getElement().setAttribute("title", getTranslation("compare.kpis.best"));
        }
        if (cell.level() != RiskRow.Level.NONE) {
            String level = cell.level().name().toLowerCase(Locale.ROOT);
            box.addClassName("level-" + level);
            var warning =
                    new Span(getTranslation("compare.risk.level." + cell.level().name()));
            warning.addClassName("kpi-delta");
            box.add(warning);
        }
        return box;
    }

    /** How each scenario's figures were made: draws and seed, certain, or why there are none. */
    private String drawsText(Comparison result, Locale locale) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < result.scenarios().size(); i++) {
            ScenarioRisk risk = result.risks().get(i);
            String label = result.scenarios().get(i).label();
            parts.add(
                    switch (risk.status()) {
                        case MONTE_CARLO ->
                            getTranslation(
                                    "compare.risk.status.MONTE_CARLO",
                                    label,
                                    Formats.count(risk.draws(), locale),
                                    risk.seed());
                        default ->
                            getTranslation(
                                    "compare.risk.status." + risk.status().name(), label);
                    });
        }
        return String.join(" · ", parts);
    }

    private ObjectNode boxChart(Comparison result, Locale locale) {
        var withFigures = new ArrayList<Integer>();
        double largest = 0;
        for (int i = 0; i < result.risks().size(); i++) {
            ScenarioRisk risk = result.risks().get(i);
            if (risk.hasFigures()) {
                withFigures.add(i);
                largest = Math.max(largest, Math.abs(risk.npvMin().getAsDouble()));
                largest = Math.max(largest, Math.abs(risk.npvMax().getAsDouble()));
            }
        }
        MoneyScale scale =
                MoneyScale.forMagnitude(largest, locale, result.base().currency());
        List<CompareCharts.Box> boxList = new ArrayList<>();
        for (int i : withFigures) {
            ScenarioRisk risk = result.risks().get(i);
            double expected = result.value(Kpi.NPV, KpiRow.View.EXPECTED, i).orElse(Double.NaN);
            boxList.add(new CompareCharts.Box(
                    result.scenarios().get(i).label(),
                    scale.apply(risk.npvMin().getAsDouble()),
                    scale.apply(risk.npvP5().getAsDouble()),
                    scale.apply(risk.npvP50().getAsDouble()),
                    scale.apply(risk.npvP95().getAsDouble()),
                    scale.apply(risk.npvMax().getAsDouble()),
                    scale.apply(expected)));
        }
        boolean perYear = result.horizon().applied() == HorizonMode.PER_YEAR;
        String title = getTranslation(perYear ? "compare.chart.npvBoxes.perYear" : "compare.chart.npvBoxes");
        var option = CompareCharts.npvBoxes(title, getTranslation("compare.chart.npvExpected"), boxList);
        return ChartOptions.valueAxisName(option, scale.unit());
    }
}
