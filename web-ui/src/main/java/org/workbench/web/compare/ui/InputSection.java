package org.workbench.web.compare.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.web.base.Formats;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.InputRow;

/** The inputs side by side, by default only those that differ between the scenarios. */
class InputSection extends CompareSection {
    final Checkbox differencesOnly = new Checkbox();
    final Grid<InputRow> grid = new Grid<>();
    private final Span count = new Span();
    private @Nullable Comparison shown;

    InputSection() {
        super("compare.inputs.title");
        differencesOnly.setLabel(getTranslation("compare.inputs.differencesOnly"));
        differencesOnly.setValue(true);
        differencesOnly.addClassName("compare-differences-only");
        differencesOnly.addValueChangeListener(e -> showRows());
        grid.addClassName("compare-inputs");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28rem");
        count.addClassName("compare-input-count");
        var legend = new Paragraph(getTranslation("compare.inputs.legend"));
        legend.addClassName("compare-legend");
        var bar = new HorizontalLayout(differencesOnly, count);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(legend, bar, grid);
    }

    @Override
    void fill(Comparison result) {
        shown = result;
        grid.removeAllColumns();
        grid.addColumn(this::itemText)
                .setHeader(getTranslation("compare.inputs.item"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(row -> getTranslation(row.fieldLabelKey()))
                .setHeader(getTranslation("compare.inputs.field"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Locale locale = getLocale();
        for (int i = 0; i < result.scenarios().size(); i++) {
            int index = i;
            // The book marks a value that says where it comes from; the cell's tooltip gives the text.
            grid.addColumn(LitRenderer.<InputRow>of(
                                    "<span>${item.text}</span><vaadin-icon icon=\"vaadin:book\" class=\"input-source\""
                                            + " ?hidden=${!item.source} aria-label=${item.source}></vaadin-icon>")
                            .withProperty("text", row -> cellText(row.cells().get(index), locale))
                            .withProperty("source", row -> sourceOf(row, index)))
                    .setTooltipGenerator(row -> sourceOf(row, index))
                    .setHeader(header(result, index))
                    .setPartNameGenerator(row ->
                            "input-" + row.cells().get(index).status().name().toLowerCase(Locale.ROOT))
                    .setResizable(true);
        }
        showRows();
    }

    private void showRows() {
        Comparison result = shown;
        if (result == null) {
            return;
        }
        List<InputRow> rows = differencesOnly.getValue() ? result.differingInputs() : result.inputs();
        grid.setItems(rows);
        count.setText(getTranslation(
                "compare.inputs.count", rows.size(), result.inputs().size()));
    }

    private @Nullable String sourceOf(InputRow row, int index) {
        String source = row.cells().get(index).source();
        return source == null ? null : getTranslation("compare.inputs.source", source);
    }

    private String itemText(InputRow row) {
        String kind = getTranslation("item." + row.kind().name());
        return row.item() == null ? kind : kind + " " + row.item() + " · " + row.itemName();
    }

    private String cellText(InputRow.Cell cell, Locale locale) {
        String value = value(cell.value(), locale);
        return switch (cell.status()) {
            case ADDED -> getTranslation("compare.inputs.added") + ": " + value;
            case REMOVED -> getTranslation("compare.inputs.removed");
            case ABSENT -> "";
            default -> value;
        };
    }

    private String value(@Nullable Object value, Locale locale) {
        return switch (value) {
            case null -> "—";
            case IncentiveType type -> getTranslation("incentiveType." + type.name());
            case Double d -> Formats.decimals(d, 4, locale);
            case Number n -> String.valueOf(n);
            default -> value.toString();
        };
    }
}
