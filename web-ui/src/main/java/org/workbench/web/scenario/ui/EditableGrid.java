package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;

/**
 * A grid whose rows are edited in place with the free Grid Editor: click a cell (or press Enter on it) to edit the
 * row, Tab between its fields, Enter or Escape to leave. Every field change is written to the row at once and
 * reported, so results follow each edit. Cells the domain finds wrong are marked; the open row shows the messages.
 */
class EditableGrid<R> extends Grid<R> {
    private final Binder<R> binder;
    private final Map<String, Component> editorFields = new HashMap<>();
    private Map<R, Map<String, String>> problems = Map.of();
    private @Nullable R focusedItem;
    private @Nullable Column<R> focusedColumn;
    private boolean readOnly;

    EditableGrid(Class<R> type, Runnable onEdit) {
        super(type, false);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addClassName("scenario-grid");
        binder = new Binder<>();
        Editor<R> editor = getEditor();
        editor.setBinder(binder);
        editor.setBuffered(false);
        binder.addValueChangeListener(event -> onEdit.run());
        editor.addOpenListener(event -> markOpenRow());
        editor.addCloseListener(event -> getDataProvider().refreshItem(event.getItem()));
        addItemClickListener(event -> open(event.getItem(), event.getColumn()));
        addCellFocusListener(event -> {
            focusedItem = event.getItem().orElse(null);
            focusedColumn = event.getColumn().orElse(null);
        });
        Shortcuts.addShortcutListener(this, this::toggleEditor, Key.ENTER).listenOn(this);
        Shortcuts.addShortcutListener(this, editor::closeEditor, Key.ESCAPE).listenOn(this);
    }

    /** A column shown as text and edited with {@code field}, bound by {@code bind} to the row's value. */
    Column<R> editable(
            String property,
            String header,
            AbstractField<?, ?> field,
            Consumer<AbstractField<?, ?>> bind,
            Function<R, String> show) {
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        field.getElement().setAttribute("aria-label", header);
        bind.accept(field);
        editorFields.put(property, field);
        Column<R> column = addColumn(show::apply)
                .setHeader(header)
                .setKey(property)
                .setResizable(true)
                .setEditorComponent(field);
        column.setPartNameGenerator(row -> problemsOf(row).containsKey(property) ? "invalid-cell" : null);
        column.setTooltipGenerator(row -> problemsOf(row).getOrDefault(property, ""));
        return column;
    }

    Binder<R> binder() {
        return binder;
    }

    @Nullable
    Component editorField(String property) {
        return editorFields.get(property);
    }

    boolean isReadOnly() {
        return readOnly;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        if (readOnly) {
            getEditor().closeEditor();
        }
    }

    /** The problems of the rows, by row and field, as translated messages. */
    void showProblems(List<R> rows, List<DomainProblem> found, Function<DomainProblem, String> message) {
        var byRow = new HashMap<R, Map<String, String>>();
        for (DomainProblem problem : found) {
            if (problem.index() >= 0 && problem.index() < rows.size()) {
                byRow.computeIfAbsent(rows.get(problem.index()), row -> new HashMap<>())
                        .merge(
                                problem.field() == null ? "code" : problem.field(),
                                message.apply(problem),
                                (a, b) -> a + "; " + b);
            }
        }
        boolean changed = !byRow.equals(problems);
        problems = byRow;
        markOpenRow();
        // Refreshing all rows would close the open editor: redraw marks only while nobody is typing in a row.
        if (changed && !getEditor().isOpen()) {
            getDataProvider().refreshAll();
        }
    }

    private Map<String, String> problemsOf(R row) {
        return problems.getOrDefault(row, Map.of());
    }

    private void markOpenRow() {
        R item = getEditor().getItem();
        Map<String, String> rowProblems = item == null ? Map.of() : problemsOf(item);
        editorFields.forEach((property, field) -> {
            if (field instanceof HasValidation validated) {
                String message = rowProblems.get(property);
                validated.setInvalid(message != null);
                validated.setErrorMessage(message);
            }
        });
    }

    private void open(R item, @Nullable Column<R> column) {
        if (readOnly) {
            return;
        }
        if (getEditor().getItem() != item) {
            getEditor().editItem(item);
        }
        if (column != null && column.getEditorComponent() instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void toggleEditor() {
        if (getEditor().isOpen()) {
            getEditor().closeEditor();
        } else if (focusedItem != null) {
            open(focusedItem, focusedColumn);
        }
    }
}
