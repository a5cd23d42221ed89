package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.ItemKind;

/**
 * The incentives, edited in place. Fields that do not apply to a row's type are switched off: talents belong to
 * talent subsidies, exit year and multiple to equity stakes. The industry is chosen among the scenario's codes.
 */
class IncentivesEditor extends VerticalLayout {
    private final EditorState state;
    private final Runnable onEdit;
    private final EditableGrid<IncentiveRow> grid;
    private final ComboBox<IncentiveType> type = new ComboBox<>();
    private final ComboBox<String> industry = new ComboBox<>();
    private final NumberField amount = new NumberField();
    private final NumberField talents = new NumberField();
    private final IntegerField exitYear = new IntegerField();
    private final NumberField exitMultiple = new NumberField();
    private final Button add;

    IncentivesEditor(EditorState state, Runnable onEdit) {
        this.state = state;
        this.onEdit = onEdit;
        addClassName("incentives-editor");
        setPadding(false);
        grid = new EditableGrid<>(IncentiveRow.class, onEdit);
        grid.addClassName("incentives-grid");
        text("code", IncentiveRow::getCode, IncentiveRow::setCode, "8rem");
        text("name", IncentiveRow::getName, IncentiveRow::setName, "12rem");
        type.setItems(IncentiveType.values());
        type.setItemLabelGenerator(t -> getTranslation("incentiveType." + t.name()));
        grid.editable(
                        "type",
                        label("type"),
                        IncentiveRow::getType,
                        IncentiveRow::setType,
                        type,
                        t -> t == null ? "" : getTranslation("incentiveType." + t.name()))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.editable(
                        "industryCode",
                        label("industryCode"),
                        IncentiveRow::getIndustryCode,
                        IncentiveRow::setIndustryCode,
                        industry,
                        v -> v == null ? "" : v)
                .setWidth("9rem")
                .setFlexGrow(0);
        integer("startYear", IncentiveRow::getStartYear, IncentiveRow::setStartYear, new IntegerField());
        integer("durationYears", IncentiveRow::getDurationYears, IncentiveRow::setDurationYears, new IntegerField());
        number("committedJobs", IncentiveRow::getCommittedJobs, IncentiveRow::setCommittedJobs, new NumberField());
        integer("rampYears", IncentiveRow::getRampYears, IncentiveRow::setRampYears, new IntegerField());
        var butFor = new NumberField();
        butFor.setStep(0.01);
        number("butForShare", IncentiveRow::getButForShare, IncentiveRow::setButForShare, butFor);
        number("amount", IncentiveRow::getAmount, IncentiveRow::setAmount, amount);
        number("talents", IncentiveRow::getTalents, IncentiveRow::setTalents, talents);
        integer("exitYear", IncentiveRow::getExitYear, IncentiveRow::setExitYear, exitYear);
        number("exitMultiple", IncentiveRow::getExitMultiple, IncentiveRow::setExitMultiple, exitMultiple);
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

        // The industry list follows the industries tab; the type decides which fields apply.
        // Fetched lazily so that setting items never clears the value the editor has just bound.
        industry.setItems(query -> {
            String filter = query.getFilter().orElse("").toLowerCase(java.util.Locale.ROOT);
            return state.industryCodes().stream()
                    .filter(code -> code.toLowerCase(java.util.Locale.ROOT).contains(filter))
                    .skip(query.getOffset())
                    .limit(query.getLimit());
        });
        grid.getEditor().addOpenListener(event -> {
            industry.getDataProvider().refreshAll();
            applyType(event.getItem());
        });
        type.addValueChangeListener(event -> {
            IncentiveRow row = grid.getEditor().getItem();
            if (event.isFromClient() && row != null) {
                row.adaptToType();
                grid.binder().refreshFields();
                applyType(row);
            }
        });

        grid.setItems(state.incentives);
        grid.setAllRowsVisible(true);
        add = new Button(getTranslation("scenario.incentive.add"), VaadinIcon.PLUS.create(), e -> addRow());
        add.addClassName("add-incentive");
        add(grid, add);
    }

    private void applyType(IncentiveRow row) {
        IncentiveType t = row.getType();
        talents.setEnabled(t == IncentiveType.TALENT_SUBSIDY);
        exitYear.setEnabled(t == IncentiveType.EQUITY);
        exitMultiple.setEnabled(t == IncentiveType.EQUITY);
        amount.setTooltipText(t == null ? "" : getTranslation("incentiveType." + t.name() + ".amountMeaning"));
    }

    void setReadOnly(boolean readOnly) {
        grid.setReadOnly(readOnly);
        grid.binder().setReadOnly(readOnly);
        add.setVisible(!readOnly);
        grid.getDataProvider().refreshAll();
    }

    void showProblems(List<DomainProblem> problems, Function<DomainProblem, String> message) {
        grid.showProblems(
                state.incentives,
                problems.stream().filter(p -> p.kind() == ItemKind.INCENTIVE).toList(),
                message);
    }

    EditableGrid<IncentiveRow> grid() {
        return grid;
    }

    private void addRow() {
        List<String> codes = state.industryCodes();
        Integer base = state.settings.getBaseYear();
        var row = IncentiveRow.blank(
                EditorState.freeCode(
                        "INC",
                        state.incentives.stream().map(IncentiveRow::getCode).toList()),
                codes.isEmpty() ? null : codes.getFirst(),
                base == null ? 2025 : base + 1);
        state.incentives.add(row);
        grid.getDataProvider().refreshAll();
        grid.getEditor().editItem(row);
        onEdit.run();
    }

    private void remove(IncentiveRow row) {
        grid.getEditor().closeEditor();
        state.incentives.remove(row);
        grid.getDataProvider().refreshAll();
        onEdit.run();
    }

    private void text(
            String property,
            ValueProvider<IncentiveRow, @Nullable String> getter,
            Setter<IncentiveRow, @Nullable String> setter,
            String width) {
        grid.editable(property, label(property), getter, setter, new TextField(), v -> v == null ? "" : v)
                .setWidth(width)
                .setFlexGrow(0);
    }

    private void number(
            String property,
            ValueProvider<IncentiveRow, @Nullable Double> getter,
            Setter<IncentiveRow, @Nullable Double> setter,
            NumberField field) {
        grid.editable(property, label(property), getter, setter, field, v -> Cells.number(v, getLocale()))
                .setWidth("9rem")
                .setFlexGrow(0);
    }

    private void integer(
            String property,
            ValueProvider<IncentiveRow, @Nullable Integer> getter,
            Setter<IncentiveRow, @Nullable Integer> setter,
            IntegerField field) {
        grid.editable(property, label(property), getter, setter, field, Cells::integer)
                .setWidth("7rem")
                .setFlexGrow(0);
    }

    private String label(String property) {
        return getTranslation("field.incentive." + property);
    }
}
