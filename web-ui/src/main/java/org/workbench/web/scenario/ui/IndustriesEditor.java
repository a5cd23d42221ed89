package org.workbench.web.scenario.ui;

import java.util.Map;
import org.workbench.domain.ItemKind;

/** The industries the scenario bets on, edited in place. */
class IndustriesEditor extends ItemsEditor {
    /** What a new industry starts with besides the format's defaults: typical figures, to be overwritten. */
    private static final Map<String, Object> START = Map.of("valueAddedPerJob", 300_000.0, "taxRate", 0.08);

    private final EditorState state;

    IndustriesEditor(EditorState state, Runnable onEdit) {
        super(ItemKind.INDUSTRY, state.industries, onEdit, "industries", field -> null);
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
