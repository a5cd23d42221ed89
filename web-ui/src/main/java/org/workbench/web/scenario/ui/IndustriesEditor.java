package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.ItemKind;

/** The industries the scenario bets on, edited in place. */
class IndustriesEditor extends VerticalLayout {
    private final EditorState state;
    private final Runnable onEdit;
    private final EditableGrid<IndustryRow> grid;
    private final Button add;

    IndustriesEditor(EditorState state, Runnable onEdit) {
        this.state = state;
        this.onEdit = onEdit;
        addClassName("industries-editor");
        setPadding(false);
        grid = new EditableGrid<>(IndustryRow.class, onEdit);
        grid.addClassName("industries-grid");
        text("code", IndustryRow::getCode, IndustryRow::setCode, "8rem");
        text("name", IndustryRow::getName, IndustryRow::setName, "12rem");
        number("baselineJobs", IndustryRow::getBaselineJobs, IndustryRow::setBaselineJobs);
        number("valueAddedPerJob", IndustryRow::getValueAddedPerJob, IndustryRow::setValueAddedPerJob);
        number("productivityGrowth", IndustryRow::getProductivityGrowth, IndustryRow::setProductivityGrowth);
        number("averageWage", IndustryRow::getAverageWage, IndustryRow::setAverageWage);
        number("taxRate", IndustryRow::getTaxRate, IndustryRow::setTaxRate);
        number("employmentMultiplier", IndustryRow::getEmploymentMultiplier, IndustryRow::setEmploymentMultiplier);
        number("displacement", IndustryRow::getDisplacement, IndustryRow::setDisplacement);
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
        grid.setItems(state.industries);
        grid.setAllRowsVisible(true);
        add = new Button(getTranslation("scenario.industry.add"), VaadinIcon.PLUS.create(), e -> addRow());
        add.addClassName("add-industry");
        add(grid, add);
    }

    void setReadOnly(boolean readOnly) {
        grid.setReadOnly(readOnly);
        grid.binder().setReadOnly(readOnly);
        add.setVisible(!readOnly);
        grid.getDataProvider().refreshAll();
    }

    void showProblems(List<DomainProblem> problems, Function<DomainProblem, String> message) {
        grid.showProblems(
                state.industries,
                problems.stream().filter(p -> p.kind() == ItemKind.INDUSTRY).toList(),
                message);
    }

    EditableGrid<IndustryRow> grid() {
        return grid;
    }

    private void addRow() {
        var row = IndustryRow.blank(EditorState.freeCode(
                "IND", state.industries.stream().map(IndustryRow::getCode).toList()));
        state.industries.add(row);
        grid.getDataProvider().refreshAll();
        grid.getEditor().editItem(row);
        onEdit.run();
    }

    private void remove(IndustryRow row) {
        grid.getEditor().closeEditor();
        state.industries.remove(row);
        grid.getDataProvider().refreshAll();
        onEdit.run();
    }

    private void text(
            String property,
            com.vaadin.flow.function.ValueProvider<IndustryRow, @Nullable String> getter,
            com.vaadin.flow.data.binder.Setter<IndustryRow, @Nullable String> setter,
            String width) {
        grid.editable(property, label(property), getter, setter, new TextField(), v -> v == null ? "" : v)
                .setWidth(width)
                .setFlexGrow(0);
    }

    private void number(
            String property,
            com.vaadin.flow.function.ValueProvider<IndustryRow, @Nullable Double> getter,
            com.vaadin.flow.data.binder.Setter<IndustryRow, @Nullable Double> setter) {
        grid.editable(property, label(property), getter, setter, new NumberField(), v -> Cells.number(v, getLocale()))
                .setWidth("9rem")
                .setFlexGrow(0);
    }

    private String label(String property) {
        return getTranslation("field.industry." + property);
    }
}
