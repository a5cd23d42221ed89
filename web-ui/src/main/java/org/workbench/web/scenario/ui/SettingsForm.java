package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.ItemKind;

/**
 * The scenario-wide inputs. The Binder only carries values; whether they are right is the domain's call, shown next
 * to each field in the user's language.
 */
class SettingsForm extends FormLayout {
    private final Binder<SettingsBean> binder = new Binder<>(SettingsBean.class);
    private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();

    SettingsForm(SettingsBean bean, Runnable onEdit) {
        addClassName("settings-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        bind("name", new TextField(), SettingsBean::getName, SettingsBean::setName);
        bind("city", new TextField(), SettingsBean::getCity, SettingsBean::setCity);
        bind("baseYear", new IntegerField(), SettingsBean::getBaseYear, SettingsBean::setBaseYear);
        bind("horizonYears", new IntegerField(), SettingsBean::getHorizonYears, SettingsBean::setHorizonYears);
        bind("discountRate", share(), SettingsBean::getDiscountRate, SettingsBean::setDiscountRate);
        bind("householdSize", number(), SettingsBean::getHouseholdSize, SettingsBean::setHouseholdSize);
        bind("inMigrantShare", share(), SettingsBean::getInMigrantShare, SettingsBean::setInMigrantShare);
        bind(
                "serviceCostPerResident",
                number(),
                SettingsBean::getServiceCostPerResident,
                SettingsBean::setServiceCostPerResident);
        bind("currency", new TextField(), SettingsBean::getCurrency, SettingsBean::setCurrency);
        var description = new TextArea();
        bind("description", description, SettingsBean::getDescription, SettingsBean::setDescription);
        setColspan(description, 2);
        binder.setBean(bean);
        binder.addValueChangeListener(event -> onEdit.run());
    }

    private <V, F extends AbstractField<?, V> & HasValidation> void bind(
            String property,
            F field,
            ValueProvider<SettingsBean, @Nullable V> getter,
            Setter<SettingsBean, @Nullable V> setter) {
        field.getElement().setAttribute("data-field", property);
        field.setId("settings-" + property);
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation("field.settings." + property));
        }
        // The domain decides what is valid; the Binder must not paint its own verdict over it.
        binder.forField(field).withValidationStatusHandler(status -> {}).bind(getter, setter);
        fields.put(property, field);
        add(field);
    }

    private NumberField share() {
        var field = number();
        field.setStep(0.01);
        field.setHelperText(getTranslation("scenario.hint.share"));
        return field;
    }

    private static NumberField number() {
        return new NumberField();
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
