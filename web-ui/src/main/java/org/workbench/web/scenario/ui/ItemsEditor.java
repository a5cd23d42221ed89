package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.FieldKind;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;

/**
 * The industries or the incentives: a compact grid of a few key columns, the code frozen, to pick a row; below it
 * {@link ItemForm} with every field of the picked row. Subclasses say which columns and what is particular to their
 * items.
 */
class ItemsEditor extends VerticalLayout {
    /** Rows up to which the grid shows all of them; beyond, it scrolls within this height. */
    private static final int ALL_ROWS_UP_TO = 8;

    private final ItemKind item;
    private final List<FieldRow> rows;
    private final Runnable onEdit;
    private final Grid<FieldRow> grid = new Grid<>(FieldRow.class, false);
    private final ItemForm form;
    private final Button add;
    private EditorState.Checked checked = new EditorState.Checked(List.of(), List.of(), List.of());
    private Problems.@Nullable Messages messages;

    /**
     * @param name the CSS name of the editor and its grid ({@code industries} gives industries-editor and
     *     industries-grid)
     * @param columns the keys of the fields the grid shows, the code first
     * @param inputOf an input for a field that the field's kind alone does not describe, or null for the usual one
     * @param starting the value a field gets when its condition starts to hold
     */
    ItemsEditor(
            ItemKind item,
            List<FieldRow> rows,
            Runnable onEdit,
            String name,
            List<String> columns,
            Function<InputField, @Nullable AbstractField<?, ?>> inputOf,
            BiFunction<FieldRow, InputField, @Nullable Object> starting) {
        this.item = item;
        this.rows = rows;
        this.onEdit = onEdit;
        addClassName(name + "-editor");
        addClassName("items-editor");
        setPadding(false);
        grid.addClassName("scenario-grid");
        grid.addClassName(name + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (String key : columns) {
            addColumn(InputFields.get(item, key));
        }
        grid.setPartNameGenerator(row -> Problems.any(checked, item, rows.indexOf(row)) ? "invalid-row" : null);
        grid.setItems(rows);
        form = new ItemForm(item, name, inputOf, starting, this::edited, this::remove);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null || rows.isEmpty()) {
                form.show(event.getValue());
                showFormProblems();
            } else if (event.getOldValue() != null && rows.contains(event.getOldValue())) {
                // A click on the selected row deselects it: keep it, the form must always show a row.
                grid.select(event.getOldValue());
            }
        });
        add = new Button(VaadinIcon.PLUS.create(), e -> addRow());
        add.addClassName("add-row");
        sizeGrid();
        add(grid, add, form);
        // Picked once attached, so that a subclass has given its inputs their choices before a row is bound.
        addAttachListener(event -> {
            if (grid.asSingleSelect().isEmpty() && !rows.isEmpty()) {
                grid.select(rows.getFirst());
            }
        });
    }

    private void addColumn(InputField field) {
        Grid.Column<FieldRow> column = grid.addColumn(row -> FieldInputs.show(row, field, this, getLocale()))
                .setHeader(getTranslation(field.labelKey()))
                .setKey(field.key())
                .setResizable(true)
                .setTooltipGenerator(row -> FieldInputs.show(row, field, this, getLocale()));
        if (field.key().equals("code")) {
            column.setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        } else if (field.key().equals("name")) {
            column.setFlexGrow(1).setWidth("7rem");
        } else {
            column.setAutoWidth(true).setFlexGrow(0);
        }
        if (field.kind().numeric() && field.kind() != FieldKind.YEAR) {
            column.setTextAlign(ColumnTextAlign.END);
        }
    }

    /** The add button's text and CSS name; a subclass calls it once from its constructor. */
    final void addButton(String textKey, String className) {
        add.setText(getTranslation(textKey));
        add.addClassName(className);
    }

    /** A new row for the add button; the subclass knows what a fresh item holds. */
    FieldRow blankRow() {
        throw new UnsupportedOperationException("no blank row for " + item);
    }

    /** The input of a field in the form, e.g. to give it its choices. */
    final AbstractField<?, ?> input(String key) {
        return form.input(key);
    }

    void setReadOnly(boolean readOnly) {
        form.setReadOnly(readOnly);
        add.setVisible(!readOnly);
    }

    void showProblems(EditorState.Checked found, Problems.Messages message) {
        boolean marksChanged = !marks(found).equals(marks(checked));
        checked = found;
        showFormProblems(message);
        if (marksChanged) {
            grid.getDataProvider().refreshAll();
        }
    }

    private void showFormProblems(Problems.Messages message) {
        messages = message;
        showFormProblems();
    }

    private void showFormProblems() {
        FieldRow row = form.row();
        if (row != null && messages != null) {
            form.showProblems(checked, rows.indexOf(row), messages);
        }
    }

    private List<Boolean> marks(EditorState.Checked c) {
        return java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(i -> Problems.any(c, item, i))
                .toList();
    }

    Grid<FieldRow> grid() {
        return grid;
    }

    ItemForm form() {
        return form;
    }

    /** Shows the row in the grid and the form, e.g. the one a problem is about. */
    void select(FieldRow row) {
        grid.select(row);
        grid.scrollToItem(row);
    }

    // A row's value changed in the form: the grid shows it at once.
    private void edited() {
        FieldRow row = form.row();
        if (row != null) {
            grid.getDataProvider().refreshItem(row);
        }
        onEdit.run();
    }

    private void sizeGrid() {
        grid.setAllRowsVisible(rows.size() <= ALL_ROWS_UP_TO);
        grid.setHeight(rows.size() <= ALL_ROWS_UP_TO ? null : "19rem");
    }

    private void addRow() {
        var row = blankRow();
        rows.add(row);
        grid.getDataProvider().refreshAll();
        sizeGrid();
        onEdit.run();
        select(row);
    }

    private void remove(FieldRow row) {
        int at = rows.indexOf(row);
        rows.remove(row);
        grid.getDataProvider().refreshAll();
        sizeGrid();
        if (rows.isEmpty()) {
            grid.deselectAll();
            form.show(null);
        } else {
            grid.select(rows.get(Math.min(at, rows.size() - 1)));
        }
        onEdit.run();
    }
}
