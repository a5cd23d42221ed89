package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;

/**
 * The Actuals tab: what each incentive actually did, year by year, after the deal was signed (gross jobs, outlay,
 * money back, each optional). A grid of the recorded rows and, below it, the picked row's fields; the domain says
 * what is wrong, at the field. Saving goes with the rest of the editor.
 */
@StyleSheet("styles/monitoring.css")
class ActualsEditor extends VerticalLayout {
    private static final int ALL_ROWS_UP_TO = 10;

    private final EditorState state;
    private final List<ActualRow> rows;
    private final Runnable onEdit;
    private final Grid<ActualRow> grid = new Grid<>();
    private final Binder<ActualRow> binder = new Binder<>();
    private final ComboBox<String> incentive = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final TextField grossJobs = new TextField();
    private final TextField outlay = new TextField();
    private final TextField moneyBack = new TextField();
    private final Map<String, HasValidation> inputs = new LinkedHashMap<>();
    private final Map<String, Binder.Binding<ActualRow, ?>> numberBindings = new LinkedHashMap<>();
    private final Button add = new Button();
    private final Button remove = new Button();
    private final Div form = new Div();
    private final Paragraph empty = new Paragraph();
    private List<DomainProblem> problems = List.of();
    private Problems.@Nullable Messages messages;
    private boolean binding;
    private @Nullable Tab tab;

    ActualsEditor(EditorState state, Runnable onEdit) {
        this.state = state;
        this.rows = state.actuals;
        this.onEdit = onEdit;
        addClassName("actuals-editor");
        setPadding(false);
        var note = new Paragraph(getTranslation("monitoring.actuals.note"));
        note.addClassName("actuals-note");
        empty.setText(getTranslation("monitoring.actuals.empty"));
        empty.addClassName("actuals-empty");

        grid.addClassName("scenario-grid");
        grid.addClassName("actuals-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.getIncentiveCode() == null ? "" : r.getIncentiveCode())
                .setHeader(getTranslation("field.incentive.actual.incentive"))
                .setKey("incentive")
                .setAutoWidth(true);
        grid.addColumn(r -> Cells.integer(r.getYear()))
                .setHeader(getTranslation("field.incentive.actual.year"))
                .setKey("year")
                .setWidth("4.5rem")
                .setFlexGrow(0);
        numberColumn("grossJobs", ActualRow::getGrossJobs);
        numberColumn("outlay", ActualRow::getOutlay);
        numberColumn("moneyBack", ActualRow::getMoneyBack);
        grid.setPartNameGenerator(
                r -> problems.stream().anyMatch(p -> p.index() == rows.indexOf(r)) ? "invalid-row" : null);
        grid.setItems(rows);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                show(event.getValue());
            } else if (event.getOldValue() != null && rows.contains(event.getOldValue())) {
                grid.select(event.getOldValue()); // the form always shows a row
            } else {
                show(null);
            }
        });

        add.setText(getTranslation("monitoring.actuals.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-actual");
        add.addClassName("add-row");
        add.addClickListener(e -> addRow());
        remove.setText(getTranslation("scenario.row.remove"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setId("remove-actual");
        remove.addClassName("remove-row");
        remove.addClickListener(e -> removeRow());

        bindFields();
        var fields = new FormLayout(incentive, year, grossJobs, outlay, moneyBack);
        fields.addClassName("item-fields");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var top = new Div(remove);
        top.addClassName("item-form-top");
        form.add(top, fields);
        form.addClassName("item-form");
        form.addClassName("actuals-form");
        form.setVisible(false);
        sizeGrid();
        add(note, empty, grid, add, form);
        addAttachListener(event -> {
            if (grid.asSingleSelect().isEmpty() && !rows.isEmpty()) {
                grid.select(rows.getFirst());
            }
        });
    }

    /** A new Actuals tab in the editor's tabs, read-only unless the user may edit the scenario. */
    static ActualsEditor addTo(TabSheet tabs, EditorState state, boolean editable, Runnable onEdit) {
        var editor = new ActualsEditor(state, onEdit);
        editor.setReadOnly(!editable);
        editor.tab = tabs.add(editor.getTranslation("monitoring.tab"), editor);
        editor.tab.addClassName("actuals-tab");
        return editor;
    }

    private void numberColumn(String key, ValueProvider<ActualRow, @Nullable Double> value) {
        // Headers wrap and the figures share the width left: at half of 1280 px all three fit beside the code.
        var header = new Span(getTranslation("field.incentive.actual." + key));
        header.addClassName("actuals-header");
        grid.addColumn(r -> Cells.number(value.apply(r), getLocale()))
                .setHeader(header)
                .setKey(key)
                .setWidth("6.5rem")
                .setFlexGrow(1)
                .setTextAlign(ColumnTextAlign.END);
    }

    private void bindFields() {
        incentive.setId("actual-incentive");
        incentive.setLabel(getTranslation("field.incentive.actual.incentive"));
        // The codes follow the Incentives tab; fetched lazily so that setting items never clears the bound value.
        incentive.setItems(query -> {
            String filter = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return incentiveCodes().stream()
                    .filter(code -> code.toLowerCase(Locale.ROOT).contains(filter))
                    .skip(query.getOffset())
                    .limit(query.getLimit());
        });
        incentive.addFocusListener(e -> incentive.getDataProvider().refreshAll());
        binder.forField(incentive)
                .withValidationStatusHandler(status -> {})
                .bind(ActualRow::getIncentiveCode, ActualRow::setIncentiveCode);
        inputs.put(ActualRows.INCENTIVE, incentive);
        year.setId("actual-year");
        year.setLabel(getTranslation("field.incentive.actual.year"));
        binder.forField(year).withValidationStatusHandler(status -> {}).bind(ActualRow::getYear, ActualRow::setYear);
        inputs.put(ActualRows.YEAR, year);
        bindNumber(grossJobs, "grossJobs", ActualRow::getGrossJobs, ActualRow::setGrossJobs);
        bindNumber(outlay, "outlay", ActualRow::getOutlay, ActualRow::setOutlay);
        bindNumber(moneyBack, "moneyBack", ActualRow::getMoneyBack, ActualRow::setMoneyBack);
        binder.addValueChangeListener(event -> {
            if (binding) {
                return;
            }
            ActualRow row = binder.getBean();
            if (row != null) {
                grid.getDataProvider().refreshItem(row);
                grid.recalculateColumnWidths(); // a longer code must not be cut off
            }
            onEdit.run();
        });
    }

    private void bindNumber(
            TextField input,
            String key,
            ValueProvider<ActualRow, @Nullable Double> get,
            Setter<ActualRow, @Nullable Double> set) {
        input.setId("actual-" + key);
        input.addClassName("number-input");
        input.setLabel(getTranslation("field.incentive.actual." + key));
        var converter = new NumberText(
                () -> false, getTranslation("scenario.input.notANumber"), getTranslation("scenario.input.noPercent"));
        var numberBinding = binder.forField(input)
                .withNullRepresentation("")
                .withConverter(converter)
                .withValidationStatusHandler(status -> {
                    if (status.getMessage().isPresent()) {
                        input.setInvalid(true);
                        input.setErrorMessage(status.getMessage().get());
                    }
                })
                .bind(get, set);
        inputs.put("actual." + key, input);
        numberBindings.put("actual." + key, numberBinding);
    }

    private List<String> incentiveCodes() {
        return EditorState.codes(state.incentives).stream()
                .filter(code -> code != null && !code.isBlank())
                .map(code -> (String) code)
                .distinct()
                .toList();
    }

    private void show(@Nullable ActualRow row) {
        binding = true;
        try {
            binder.setBean(row);
        } finally {
            binding = false;
        }
        form.setVisible(row != null);
        showFieldProblems();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        add.setVisible(!readOnly);
        remove.setVisible(!readOnly);
    }

    /** Marks the rows and the picked row's fields with the problems of the actuals. */
    void showProblems(EditorState.Checked checked, Problems.Messages message) {
        boolean marksChanged = !marked(checked.actuals()).equals(marked(problems));
        problems = checked.actuals();
        messages = message;
        showFieldProblems();
        if (tab != null) {
            long count = rowsWithProblems();
            tab.setLabel(getTranslation("monitoring.tab") + (count == 0 ? "" : " (" + count + ")"));
        }
        if (marksChanged) {
            grid.getDataProvider().refreshAll();
        }
    }

    private List<Integer> marked(List<DomainProblem> found) {
        return found.stream().map(DomainProblem::index).distinct().sorted().toList();
    }

    private void showFieldProblems() {
        ActualRow row = binder.getBean();
        Problems.Messages message = messages;
        if (row == null || message == null) {
            return;
        }
        int index = rows.indexOf(row);
        var byField = new LinkedHashMap<String, String>();
        for (DomainProblem p : problems) {
            if (p.index() == index && p.field() != null) {
                byField.merge(p.field(), message.of(p), (a, b) -> a + "; " + b);
            }
        }
        inputs.forEach((key, input) -> {
            Binder.Binding<ActualRow, ?> typed = numberBindings.get(key);
            if (typed != null && typed.validate(false).isError()) {
                return; // a text that is no number keeps its own message until it is fixed
            }
            String text = byField.get(key);
            input.setInvalid(text != null);
            input.setErrorMessage(text);
        });
    }

    /** The number of rows with a problem, for the tab's label. */
    long rowsWithProblems() {
        return marked(problems).size();
    }

    private void addRow() {
        var row = blankRow();
        rows.add(row);
        grid.getDataProvider().refreshAll();
        sizeGrid();
        onEdit.run();
        grid.select(row);
        grid.scrollToItem(row);
    }

    /** The next year of the picked row's incentive (else the first incentive), within the scenario's years. */
    ActualRow blankRow() {
        ActualRow picked = binder.getBean();
        List<String> codes = incentiveCodes();
        String code = picked != null && picked.getIncentiveCode() != null
                ? picked.getIncentiveCode()
                : codes.isEmpty() ? null : codes.getFirst();
        Object base = state.settings.get("baseYear");
        Object horizon = state.settings.get("horizonYears");
        int first = base instanceof Integer b ? b + 1 : 2025;
        int last = base instanceof Integer b && horizon instanceof Integer h ? b + h : first;
        int next = rows.stream()
                .filter(r -> code != null && code.equals(r.getIncentiveCode()) && r.getYear() != null)
                .mapToInt(r -> r.getYear() + 1)
                .max()
                .orElse(first);
        return new ActualRow(code, Math.min(next, last), null, null, null);
    }

    private void removeRow() {
        ActualRow row = binder.getBean();
        if (row == null) {
            return;
        }
        int at = rows.indexOf(row);
        rows.remove(row);
        grid.getDataProvider().refreshAll();
        sizeGrid();
        if (rows.isEmpty()) {
            grid.deselectAll();
            show(null);
        } else {
            grid.select(rows.get(Math.min(at, rows.size() - 1)));
        }
        onEdit.run();
    }

    private void sizeGrid() {
        empty.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
        grid.setAllRowsVisible(rows.size() <= ALL_ROWS_UP_TO);
        grid.setHeight(rows.size() <= ALL_ROWS_UP_TO ? null : "22rem");
        grid.recalculateColumnWidths();
    }

    Grid<ActualRow> grid() {
        return grid;
    }

    /** The tab it was added as, for a link that opens it. */
    Tab tab() {
        Tab added = tab;
        if (added == null) {
            throw new IllegalStateException("not added to the editor's tabs");
        }
        return added;
    }

    /** The picked row's input of a field ({@code incentive}, {@code year}, {@code grossJobs}, ...), for tests. */
    com.vaadin.flow.component.Component input(String key) {
        return switch (key) {
            case "incentive" -> incentive;
            case "year" -> year;
            case "grossJobs" -> grossJobs;
            case "outlay" -> outlay;
            case "moneyBack" -> moneyBack;
            default -> throw new IllegalArgumentException(key);
        };
    }

    Button addButton() {
        return add;
    }

    Button removeButton() {
        return remove;
    }
}
