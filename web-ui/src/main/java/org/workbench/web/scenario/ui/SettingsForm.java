package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;

/**
 * The scenario-wide inputs, one field per descriptor. The Binder only carries values; whether they are right is the
 * domain's call, shown next to each field in the user's language.
 */
class SettingsForm extends FormLayout {
    /** The one field that holds prose: it gets a text area across the form. */
    private static final String PROSE = "description";

    private final Binder<FieldRow> binder = new Binder<>();
    private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();

    SettingsForm(FieldRow settings, Runnable onEdit) {
        addClassName("settings-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        for (InputField field : InputFields.SETTINGS_FIELDS) {
            AbstractField<?, ?> input = field.key().equals(PROSE) ? new TextArea() : FieldInputs.component(field, this);
            input.setId("settings-" + field.key());
            if (input instanceof HasLabel labelled) {
                labelled.setLabel(getTranslation(field.labelKey()));
            }
            if (field.helpKey() != null && input instanceof HasHelper helped) {
                helped.setHelperText(getTranslation(field.helpKey()));
            }
            FieldInputs.bind(binder, input, field);
            fields.put(field.key(), input);
            add(input);
            if (field.key().equals(PROSE)) {
                setColspan(input, 2);
            }
        }
        binder.setBean(settings);
        binder.addValueChangeListener(event -> onEdit.run());
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    void showProblems(List<DomainProblem> problems, Function<DomainProblem, String> message) {
        var byField = new LinkedHashMap<String, String>();
        for (DomainProblem problem : problems) {
            if (problem.kind() == ItemKind.SETTINGS && problem.field() != null) {
                byField.merge(problem.field(), message.apply(problem), (a, b) -> a + "; " + b);
            }
        }
        fields.forEach((property, field) -> {
            if (field instanceof HasValidation validated) {
                String text = byField.get(property);
                validated.setInvalid(text != null);
                validated.setErrorMessage(text);
            }
        });
    }

    /** The field of a settings property, for tests. */
    AbstractField<?, ?> field(String property) {
        return fields.get(property);
    }
}
