package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.FieldKind;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputField;

/**
 * How each kind of field is typed and shown: the one place that turns a field descriptor into an input component,
 * a binding to a {@link FieldRow} and a cell text. The Binder only carries values; the domain says what is valid.
 */
final class FieldInputs {
    private FieldInputs() {}

    /** The input for a field's kind; {@code context} translates the labels of the choices. */
    static AbstractField<?, ?> component(InputField field, Component context) {
        return switch (field.kind()) {
            case TEXT, CURRENCY -> new TextField();
            case YEAR, INTEGER -> new IntegerField();
            case TYPE -> {
                var types = new ComboBox<IncentiveType>();
                types.setItems(IncentiveType.values());
                types.setItemLabelGenerator(t -> context.getTranslation("incentiveType." + t.name()));
                yield types;
            }
            case NUMBER, MONEY, SHARE -> {
                var number = new NumberField();
                if (field.kind() == FieldKind.SHARE) {
                    number.setStep(0.01);
                }
                yield number;
            }
        };
    }

    /** Binds an input to a field of the bound row; the domain, not the Binder, decides what is valid. */
    @SuppressWarnings("unchecked")
    static void bind(Binder<FieldRow> binder, AbstractField<?, ?> input, InputField field) {
        input.getElement().setAttribute("data-field", field.key());
        binder.forField((HasValue<?, @Nullable Object>) input)
                .withValidationStatusHandler(status -> {})
                .bind(row -> row.get(field), (row, value) -> row.set(field, value));
    }

    /** A value as a grid cell shows it: exact, with grouping, nothing scaled away. */
    static String show(@Nullable Object value, Component context, Locale locale) {
        return switch (value) {
            case null -> "";
            case IncentiveType type -> context.getTranslation("incentiveType." + type.name());
            case Integer n -> Cells.integer(n);
            case Double d -> Cells.number(d, locale);
            default -> String.valueOf(value);
        };
    }

    /** How wide a grid column of the field starts. */
    static String width(InputField field) {
        return switch (field.kind()) {
            case TEXT -> field.maxLength() > 0 ? "12rem" : "8rem";
            case TYPE -> "11rem";
            case YEAR, INTEGER -> "7rem";
            default -> "9rem";
        };
    }
}
