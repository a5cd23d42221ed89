package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;

/**
 * The scenario-wide inputs, one {@link FieldBox} per descriptor (with a low and a high where the field may carry a
 * range). The Binder only carries values; whether they are right is the domain's call, shown next to each field in
 * the user's language.
 */
class SettingsForm extends FormLayout {
    /** The one field that holds prose: it gets a text area across the form. */
    private static final String PROSE = "description";

    private final Binder<FieldRow> binder = new Binder<>();
    private final Map<String, FieldBox> boxes = new LinkedHashMap<>();

    SettingsForm(FieldRow settings, Runnable onEdit) {
        addClassName("settings-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        for (InputField field : InputFields.SETTINGS_FIELDS) {
            var box = new FieldBox(field, binder, "settings", field.key().equals(PROSE) ? new TextArea() : null);
            boxes.put(field.key(), box);
            add(box);
            if (field.key().equals(PROSE)) {
                setColspan(box, 2);
            }
        }
        binder.setBean(settings);
        binder.addValueChangeListener(event -> onEdit.run());
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    void showProblems(EditorState.Checked checked, Problems.Messages message) {
        Map<String, String> values = Problems.byField(checked.values(), ItemKind.SETTINGS, -1, message);
        Map<String, String> ranges = Problems.rangesByField(checked.ranges(), ItemKind.SETTINGS, -1, message);
        boxes.forEach((key, box) -> box.showProblems(values.get(key), ranges.get(key)));
    }

    /** The value's input of a settings property, for tests. */
    AbstractField<?, ?> field(String property) {
        return boxes.get(property).value();
    }

    /** The whole box of a settings property (value, low, high), for tests. */
    FieldBox box(String property) {
        return boxes.get(property);
    }
}
