package org.workbench.web.compare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Locale;
import org.workbench.domain.KpiDirection;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.KpiRow;

/**
 * The key figures of every scenario, what can be expected first and, where it differs, what was promised under it,
 * with the deltas against the base and the best value marked.
 */
class KpiSection extends CompareSection {
    final Grid<KpiRow> grid = new Grid<>();

    KpiSection() {
        super("compare.kpis.title");
        grid.addClassName("compare-kpis");
        grid.setId("compare-kpis");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(row -> row.view() == KpiRow.View.PROMISED ? "kpi-promised" : null);
        var legend = new Paragraph(getTranslation("compare.kpis.legend"));
        legend.addClassName("compare-legend");
        var views = new Paragraph(getTranslation("compare.kpis.views"));
        views.addClassName("compare-legend");
        add(legend, views, grid);
    }

    @Override
    void fill(Comparison result) {
        Locale locale = getLocale();
        grid.removeAllColumns();
        grid.addComponentColumn(row -> {
                    var label = new Span(direction(row.direction()) + " " + label(row));
                    label.getElement()
                            .setAttribute("title", getTranslation(row.kpi().labelKey() + ".description"));
                    label.addClassName(row.view() == KpiRow.View.PROMISED ? "kpi-label-promised" : "kpi-label");
                    return ComparedFigures.explained(label, row.kpi(), result.scenarios());
                })
                .setHeader(getTranslation("compare.kpis.figure"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        for (int i = 0; i < result.scenarios().size(); i++) {
            int index = i;
            boolean isBase = index == result.baseIndex();
            String currency = result.scenarios().get(index).currency();
            grid.addColumn(new ComponentRenderer<>(row -> cell(row, index, isBase, currency, locale)))
                    .setHeader(header(result, index))
                    .setTextAlign(ColumnTextAlign.END)
                    .setResizable(true);
        }
        grid.setItems(result.keyFigureRows());
    }

    /** The figure's name, with the view it comes from and "per year" where the totals were divided. */
    private String label(KpiRow row) {
        String text = getTranslation(row.kpi().labelKey());
        if (row.perYear()) {
            text += " " + getTranslation("compare.kpis.perYear");
        }
        return text + " · " + getTranslation("compare.view." + row.view().name());
    }

    private Component cell(KpiRow row, int index, boolean isBase, String currency, Locale locale) {
        KpiRow.Cell cell = row.cells().get(index);
        var value = new Span(KpiFormat.value(row.kpi().unit(), cell.value(), currency, locale));
        value.addClassName("kpi-value");
        var box = new Div(value);
        box.addClassName("kpi-cell");
        if (cell.best()) {
            box.addClassName("best");
            box.getElement().setAttribute("title", getTranslation("compare.kpis.best"));
        }
        if (!isBase && cell.absoluteDelta().isPresent()) {
            String delta =
                    KpiFormat.delta(row.kpi().unit(), cell.absoluteDelta().getAsDouble(), currency, locale);
            if (cell.relativeDelta().isPresent()) {
                delta += " (" + KpiFormat.relative(cell.relativeDelta().getAsDouble(), locale) + ")";
            }
            var deltaText = new Span(delta);
            deltaText.addClassName("kpi-delta");
            box.add(deltaText);
        }
        return box;
    }

    static String direction(KpiDirection direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> "▲";
            case LOWER_IS_BETTER -> "▼";
            case NEUTRAL -> "○";
        };
    }
}
