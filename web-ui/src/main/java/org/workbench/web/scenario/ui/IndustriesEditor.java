package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;
import org.workbench.web.multiplier.ui.SectorPicker;

/** The industries the scenario bets on: the grid shows code, name, jobs and tax rate; the form every field. */
class IndustriesEditor extends ItemsEditor {
    static final List<String> COLUMNS = List.of("code", "name", "baselineJobs", "taxRate");
    /** What a new industry starts with besides the format's defaults: typical figures, to be overwritten. */
    private static final Map<String, Object> START = Map.of("valueAddedPerJob", 300_000.0, "taxRate", 0.08);

    private final EditorState state;

    IndustriesEditor(EditorState state, Runnable onEdit) {
        super(
                ItemKind.INDUSTRY,
                state.industries,
                onEdit,
                "industries",
                COLUMNS,
                SectorPicker::forField,
                (row, field) -> null);
        var multiplier = (TextField) input("employmentMultiplier");
        SectorPicker.pair(input("sectorLink"), new SectorPicker.MultiplierInput() {
            @Override
            public @Nullable Double get() {
                return NumberText.parse(multiplier.getValue(), false).value();
            }

            @Override
            public void set(double value) {
                // Through the text, so that the form's binding writes the row and the editor recomputes.
                multiplier.setValue(NumberText.format(value, false, IndustriesEditor.this.getLocale()));
                // The text shows six decimals; a linked multiplier must be the sector's exactly.
                FieldRow row = form().row();
                if (row != null) {
                    row.set(InputFields.get(ItemKind.INDUSTRY, "employmentMultiplier"), value);
                }
            }
        });
        this.state = state;
        addButton("scenario.industry.add", "add-industry");
    }

    @Override
    FieldRow blankRow() {
        FieldRow row = FieldRow.blank(ItemKind.INDUSTRY, START);
        String code = EditorState.freeCode("IND", EditorState.codes(state.industries));
        row.set("code", code);
        row.set("name", code);
        return row;
    }
}
