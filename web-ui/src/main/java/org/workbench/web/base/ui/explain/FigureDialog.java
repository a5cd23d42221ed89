package org.workbench.web.base.ui.explain;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.workbench.domain.Kpi;
import org.workbench.web.base.Formats;
import org.workbench.web.base.explain.ExplainedScenario;
import org.workbench.web.base.explain.FigureDefinition;
import org.workbench.web.base.explain.FigureDefinitions;
import org.workbench.web.base.explain.FigureInputs;
import org.workbench.web.base.explain.InputLine;

/**
 * A key figure's definition (formula, unit, when it is empty, what it leaves out, what it uses) and the values of
 * its inputs in each scenario on screen, one column per scenario. Escape and the close button close it.
 */
@StyleSheet("context://styles/explain.css")
public final class FigureDialog extends Dialog {
    private final NativeTable inputs = new NativeTable();

    FigureDialog(String figureKey, List<ExplainedScenario> scenarios) {
        Locale locale = getLocale();
        FigureDefinition definition = FigureDefinitions.of(figureKey, locale);
        addClassName("figure-dialog");
        getElement().setAttribute("data-figure", figureKey);
        setHeaderTitle(definition.label());
        setWidth("min(54rem, 96vw)");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.addClassName("figure-dialog-close");
        close.getElement().setAttribute("aria-label", getTranslation("explain.dialog.close"));
        getHeader().add(close);

        var parts = new DescriptionList();
        parts.addClassName("figure-parts");
        List<String> values = List.of(
                definition.formula(), definition.unit(), definition.empty(), definition.omits(), definition.uses());
        for (int i = 0; i < FigureDefinitions.PARTS.size(); i++) {
            String part = FigureDefinitions.PARTS.get(i);
            var value = new Span(values.get(i));
            value.addClassName("figure-" + part);
            parts.add(
                    new DescriptionList.Term(getTranslation("explain.dialog." + part)),
                    new DescriptionList.Description(value));
        }
        var views = new Paragraph(getTranslation("explain.dialog.views"));
        views.addClassName("figure-views");
        var notation = new Paragraph(getTranslation("explain.dialog.notation"));
        notation.addClassName("figure-views");
        String title = scenarios.size() > 1 ? "explain.dialog.inputs.many" : "explain.dialog.inputs";
        inputs.addClassName("figure-inputs");
        fillInputs(figureKey, scenarios, locale);
        add(parts, views, notation, new H4(getTranslation(title)), inputs);
    }

    private void fillInputs(String figureKey, List<ExplainedScenario> scenarios, Locale locale) {
        var head = new NativeTableRow();
        head.add(new NativeTableHeaderCell(getTranslation("explain.dialog.input")));
        for (ExplainedScenario scenario : scenarios) {
            var cell = new NativeTableHeaderCell(scenario.label());
            cell.addClassName("value");
            head.add(cell);
        }
        inputs.getHead().add(head);
        NativeTableBody body = inputs.getBody();

        Optional<Kpi> kpi = kpi(figureKey);
        if (kpi.isPresent()) {
            var own = row(getTranslation("explain.dialog.value"));
            own.addClassName("figure-own");
            for (ExplainedScenario scenario : scenarios) {
                own.add(value(Formats.kpi(kpi.get().unit(), scenario.result().kpi(kpi.get()), locale)));
            }
            body.add(own);
        }
        // The union of the scenarios' lines, in the order they first appear: a comparison's scenarios may have
        // different incentives, and a cell is a dash where a scenario has no such input.
        Map<String, InputLine> rows = new LinkedHashMap<>();
        List<Map<String, String>> byScenario = new ArrayList<>();
        for (ExplainedScenario scenario : scenarios) {
            Map<String, String> values = new LinkedHashMap<>();
            for (InputLine line : FigureInputs.of(figureKey, scenario.scenario(), scenario.result(), locale)) {
                rows.putIfAbsent(line.rowKey(), line);
                values.put(line.rowKey(), line.value());
            }
            byScenario.add(values);
        }
        for (Map.Entry<String, InputLine> entry : rows.entrySet()) {
            InputLine line = entry.getValue();
            String name = getTranslation(line.labelKey());
            var row = row(line.item() == null ? name : name + " · " + line.item());
            row.getElement().setAttribute("data-input", line.labelKey());
            for (Map<String, String> values : byScenario) {
                row.add(value(values.getOrDefault(entry.getKey(), "—")));
            }
            body.add(row);
        }
        if (rows.isEmpty() && kpi.isEmpty()) {
            body.add(row(getTranslation("explain.dialog.none")));
        }
    }

    private static NativeTableRow row(String label) {
        var row = new NativeTableRow();
        row.add(new NativeTableCell(label));
        return row;
    }

    private static NativeTableCell value(String text) {
        var cell = new NativeTableCell(text);
        cell.addClassName("value");
        return cell;
    }

    private static Optional<Kpi> kpi(String key) {
        for (Kpi kpi : Kpi.values()) {
            if (kpi.key().equals(key)) {
                return Optional.of(kpi);
            }
        }
        return Optional.empty();
    }

    /** The texts of the inputs table, row by row, cell by cell, for tests. */
    public List<List<String>> inputRows() {
        var rows = new ArrayList<List<String>>();
        inputs.getBody().getChildren().forEach(row -> {
            var cells = new ArrayList<String>();
            row.getChildren().forEach(cell -> cells.add(cell.getElement().getText()));
            rows.add(cells);
        });
        return rows;
    }

    /** The text of one part of the definition ({@link FigureDefinitions#PARTS}), for tests. */
    public String part(String part) {
        return getChildren()
                .filter(c -> c instanceof DescriptionList)
                .flatMap(c -> c.getChildren())
                .flatMap(c -> c.getChildren())
                .filter(c -> c.hasClassName("figure-" + part))
                .map(c -> c.getElement().getText())
                .findFirst()
                .orElseThrow();
    }
}
