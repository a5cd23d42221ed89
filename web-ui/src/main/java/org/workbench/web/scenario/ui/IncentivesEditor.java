package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.ItemKind;

/**
 * The incentives: the grid shows what tells them apart at a glance (code, name, type, amount, success probability);
 * the form has every field. Fields that do not apply to a row's type are hidden, by the fields' type scopes; the
 * amount says what it means for the type. The industry is chosen among the scenario's codes.
 */
class IncentivesEditor extends ItemsEditor {
    private static final String INDUSTRY = "industryCode";
    static final List<String> COLUMNS = List.of("code", "name", "type", "amount", "successProbability");

    private final EditorState state;

    @SuppressWarnings("unchecked")
    IncentivesEditor(EditorState state, Runnable onEdit) {
        super(
                ItemKind.INCENTIVE,
                state.incentives,
                onEdit,
                "incentives",
                COLUMNS,
                field -> field.key().equals(INDUSTRY) ? new ComboBox<String>() : null,
                (row, field) -> failureYear(state, row));
        this.state = state;
        addButton("scenario.incentive.add", "add-incentive");
        var industry = (ComboBox<String>) input(INDUSTRY);
        // The industry list follows the industries tab. Fetched lazily so that setting items never clears the value
        // the form has just bound.
        industry.setItems(query -> {
            String filter = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return state.industryCodes().stream()
                    .filter(code -> code.toLowerCase(Locale.ROOT).contains(filter))
                    .skip(query.getOffset())
                    .limit(query.getLimit());
        });
        industry.addFocusListener(e -> industry.getDataProvider().refreshAll());
    }

    /**
     * Where an incentive that may now fail fails, until the planner says otherwise: two years after it starts, within
     * the scenario's years, so the row stays valid.
     */
    private static @Nullable Object failureYear(EditorState state, FieldRow row) {
        Object start = row.get("startYear");
        Object base = state.settings.get("baseYear");
        Object horizon = state.settings.get("horizonYears");
        if (!(start instanceof Integer s)) {
            return null;
        }
        int last = base instanceof Integer b && horizon instanceof Integer h ? b + h : s + 2;
        return Math.max(s, Math.min(s + 2, last));
    }

    @Override
    FieldRow blankRow() {
        List<String> codes = state.industryCodes();
        Object base = state.settings.get("baseYear");
        String code = EditorState.freeCode("INC", EditorState.codes(state.incentives));
        var start = new HashMap<String, Object>(Map.of(
                "code",
                code,
                "name",
                code,
                "type",
                IncentiveType.JOB_SUBSIDY,
                "startYear",
                base instanceof Integer year ? year + 1 : 2025,
                "butForShare",
                0.1,
                "amount",
                0.0));
        if (!codes.isEmpty()) {
            start.put(INDUSTRY, codes.getFirst()); // with no industry yet, the field stays empty and says so
        }
        return FieldRow.blank(ItemKind.INCENTIVE, start);
    }
}
