package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;
import org.workbench.domain.TypeScope;

/**
 * The incentives, edited in place. Fields that do not apply to a row's type are switched off, by the fields' type
 * scopes; the amount says what it means for the type. The industry is chosen among the scenario's codes.
 */
class IncentivesEditor extends ItemsEditor {
    private static final String INDUSTRY = "industryCode";

    private final EditorState state;

    @SuppressWarnings("unchecked")
    IncentivesEditor(EditorState state, Runnable onEdit) {
        super(
                ItemKind.INCENTIVE,
                state.incentives,
                onEdit,
                "incentives",
                field -> field.key().equals(INDUSTRY) ? new ComboBox<String>() : null);
        this.state = state;
        addButton("scenario.incentive.add", "add-incentive");
        var industry = (ComboBox<String>) input(INDUSTRY);
        var type = (ComboBox<IncentiveType>) input("type");

        // The industry list follows the industries tab; the type decides which fields apply.
        // Fetched lazily so that setting items never clears the value the editor has just bound.
        industry.setItems(query -> {
            String filter = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return state.industryCodes().stream()
                    .filter(code -> code.toLowerCase(Locale.ROOT).contains(filter))
                    .skip(query.getOffset())
                    .limit(query.getLimit());
        });
        grid().getEditor().addOpenListener(event -> {
            industry.getDataProvider().refreshAll();
            applyType(event.getItem());
        });
        type.addValueChangeListener(event -> {
            FieldRow row = grid().getEditor().getItem();
            if (event.isFromClient() && row != null) {
                row.adaptToType();
                grid().binder().refreshFields();
                applyType(row);
            }
        });
    }

    private void applyType(FieldRow row) {
        IncentiveType t = row.type();
        for (InputField field : InputFields.INCENTIVE_FIELDS) {
            AbstractField<?, ?> input = input(field.key());
            if (field.scope() != TypeScope.ALL) {
                input.setEnabled(t != null && field.appliesTo(t));
            }
            if (field.asShare() != null && input instanceof com.vaadin.flow.component.shared.HasTooltip tip) {
                tip.setTooltipText(t == null ? "" : getTranslation("incentiveType." + t.name() + ".amountMeaning"));
            }
        }
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
