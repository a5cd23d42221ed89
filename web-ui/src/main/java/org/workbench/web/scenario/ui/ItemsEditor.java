package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;

/**
 * The industries or the incentives, edited in place: a grid with one column per field descriptor, a button to
 * remove each row and one to add a row. Subclasses only say what is particular to their items.
 */
class ItemsEditor extends VerticalLayout {
    private final ItemKind item;
    private final List<FieldRow> rows;
    private final Runnable onEdit;
    private final EditableGrid<FieldRow> grid;
    private final Map<String, AbstractField<?, ?>> inputs = new LinkedHashMap<>();
    private final Button add;

    /**
     * @param name the CSS name of the editor and its grid ({@code industries} gives industries-editor and
     *     industries-grid)
     * @param inputOf an input for a field that the field's kind alone does not describe, or null for the usual one
     */
    ItemsEditor(
            ItemKind item,
            List<FieldRow> rows,
            Runnable onEdit,
            String name,
            Function<InputField, @Nullable AbstractField<?, ?>> inputOf) {
        this.item = item;
        this.rows = rows;
        this.onEdit = onEdit;
        addClassName(name + "-editor");
        setPadding(false);
        grid = new EditableGrid<>(FieldRow.class, onEdit);
        grid.addClassName(name + "-grid");
        for (InputField field : InputFields.of(item)) {
            AbstractField<?, ?> special = inputOf.apply(field);
            AbstractField<?, ?> input = special != null ? special : FieldInputs.component(field, this);
            inputs.put(field.key(), input);
            grid.editable(
                            field.key(),
                            getTranslation(field.labelKey()),
                            input,
                            in -> FieldInputs.bind(grid.binder(), in, field),
                            row -> FieldInputs.show(row.get(field), this, getLocale()))
                    .setWidth(FieldInputs.width(field))
                    .setFlexGrow(0);
        }
        grid.addComponentColumn(row -> {
                    var remove = new Button(VaadinIcon.TRASH.create(), e -> remove(row));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("scenario.row.remove"));
                    remove.setTooltipText(getTranslation("scenario.row.remove"));
                    remove.addClassName("remove-row");
                    remove.setEnabled(!grid.isReadOnly());
                    return remove;
                })
                .setWidth("4rem")
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add = new Button(VaadinIcon.PLUS.create(), e -> addRow());
        add(grid, add);
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

    final AbstractField<?, ?> input(String key) {
        return inputs.get(key);
    }

    void setReadOnly(boolean readOnly) {
        grid.setReadOnly(readOnly);
        grid.binder().setReadOnly(readOnly);
        add.setVisible(!readOnly);
        grid.getDataProvider().refreshAll();
    }

    void showProblems(List<DomainProblem> problems, Function<DomainProblem, String> message) {
        grid.showProblems(rows, problems.stream().filter(p -> p.kind() == item).toList(), message);
    }

    EditableGrid<FieldRow> grid() {
        return grid;
    }

    private void addRow() {
        var row = blankRow();
        rows.add(row);
        grid.getDataProvider().refreshAll();
        grid.getEditor().editItem(row);
        onEdit.run();
    }

    private void remove(FieldRow row) {
        grid.getEditor().closeEditor();
        rows.remove(row);
        grid.getDataProvider().refreshAll();
        onEdit.run();
    }
}
