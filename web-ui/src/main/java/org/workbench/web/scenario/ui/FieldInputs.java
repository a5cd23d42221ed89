package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.FieldKind;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputField;

/**
 * How each kind of field is typed and shown: the one place that turns a field descriptor into an input component,
 * a binding to a {@link FieldRow} and a cell text. Numbers other than years and counts are typed as text (see
 * {@link NumberText}), so that a share accepts "4%" as well as 0.04. The Binder only carries values; the domain says
 * what is valid, except for a text that is no number at all, which changes nothing and says so.
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
            case SECTOR ->
                throw new IllegalArgumentException(
                        "a sector link has its own input (multiplier.ui.SectorPicker, through ItemsEditor's inputOf)");
            case NUMBER, MONEY, SHARE -> numberText(field);
        };
    }

    /** A text input for a number of the field, e.g. the low or the high of its range. */
    static TextField numberText(InputField field) {
        var text = new TextField();
        text.addClassName("number-input");
        text.getElement().setAttribute("data-kind", field.kind().name().toLowerCase(Locale.ROOT));
        return text;
    }

    /** Binds an input to a field of the bound row; the domain, not the Binder, decides what is valid. */
    static Binder.Binding<FieldRow, ?> bind(
            Binder<FieldRow> binder, AbstractField<?, ?> input, InputField field, Component i18n) {
        input.getElement().setAttribute("data-field", field.key());
        return bindValue(binder, input, field, i18n, row -> row.get(field), (row, value) -> row.set(field, value));
    }

    /** Binds the low or the high of a field's range; {@code get} and {@code set} reach that end in the row. */
    static Binder.Binding<FieldRow, ?> bindRangeEnd(
            Binder<FieldRow> binder,
            TextField input,
            InputField field,
            Component i18n,
            ValueProvider<FieldRow, @Nullable Double> get,
            Setter<FieldRow, @Nullable Double> set) {
        input.getElement().setAttribute("data-field", field.key());
        return binder.forField(input)
                .withNullRepresentation("")
                .withConverter(converter(binder, field, i18n))
                .withValidationStatusHandler(
                        status -> showConversion(input, status.getMessage().orElse(null)))
                .bind(get, set);
    }

    @SuppressWarnings("unchecked")
    private static Binder.Binding<FieldRow, ?> bindValue(
            Binder<FieldRow> binder,
            AbstractField<?, ?> input,
            InputField field,
            Component i18n,
            ValueProvider<FieldRow, @Nullable Object> get,
            Setter<FieldRow, @Nullable Object> set) {
        if (input instanceof TextField text
                && field.kind().numeric()
                && !field.kind().integral()) {
            return binder.forField(text)
                    .withNullRepresentation("")
                    .withConverter(converter(binder, field, i18n))
                    .withValidationStatusHandler(
                            status -> showConversion(text, status.getMessage().orElse(null)))
                    .bind(row -> (Double) get.apply(row), (row, value) -> set.accept(row, value));
        }
        return binder.forField((HasValue<?, @Nullable Object>) input)
                .withValidationStatusHandler(status -> {})
                .bind(get, set);
    }

    private static NumberText converter(Binder<FieldRow> binder, InputField field, Component i18n) {
        BooleanSupplier share = () -> {
            FieldRow row = binder.getBean();
            return field.kind(row == null ? null : row.type()) == FieldKind.SHARE;
        };
        return new NumberText(
                share,
                i18n.getTranslation("scenario.input.notANumber"),
                i18n.getTranslation("scenario.input.noPercent"));
    }

    // Only a text that is no number is the Binder's to refuse; every other message comes from the domain.
    private static void showConversion(TextField input, @Nullable String message) {
        if (message != null) {
            input.setInvalid(true);
            input.setErrorMessage(message);
        }
    }

    /** Whether the input holds a text that is no number: it keeps that message until the text is fixed. */
    static boolean refusesItsText(Binder.@Nullable Binding<FieldRow, ?> binding) {
        return binding != null && binding.validate(false).isError();
    }

    /** A value as a grid cell shows it: shares as percentages, other numbers with every digit, grouped. */
    static String show(FieldRow row, InputField field, Component context, Locale locale) {
        Object value = row.get(field);
        return switch (value) {
            case null -> "";
            case IncentiveType type -> context.getTranslation("incentiveType." + type.name());
            case Integer n -> Cells.integer(n);
            case Double d ->
                field.kind(row.type()) == FieldKind.SHARE
                        ? NumberText.format(d, true, locale)
                        : Cells.number(d, locale);
            default -> String.valueOf(value);
        };
    }
}
