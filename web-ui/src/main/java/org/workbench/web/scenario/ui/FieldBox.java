package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.FieldKind;
import org.workbench.domain.InputField;
import org.workbench.domain.InputSource;

/**
 * One input field in a form, from its descriptor: the value, and for a field that may carry a range, its low and high
 * estimate beside it, and the source of the value. Ids are {@code <prefix>-<key>}, {@code <prefix>-<key>-low},
 * {@code <prefix>-<key>-high} and {@code <prefix>-<key>-source}.
 */
class FieldBox extends Div {
    private final InputField field;
    private final AbstractField<?, ?> value;
    private final Binder.Binding<FieldRow, ?> valueBinding;
    private final @Nullable TextField low;
    private final @Nullable TextField high;
    private final SourceNote source;
    private Binder.@Nullable Binding<FieldRow, ?> lowBinding;
    private Binder.@Nullable Binding<FieldRow, ?> highBinding;

    /** @param input the value's input; null for the one the field's kind asks for */
    FieldBox(InputField field, Binder<FieldRow> binder, String idPrefix, @Nullable AbstractField<?, ?> input) {
        this.field = field;
        addClassName("field-box");
        getElement().setAttribute("data-field", field.key());
        value = input != null ? input : FieldInputs.component(field, this);
        value.setId(idPrefix + "-" + field.key());
        value.addClassName("field-value");
        if (value instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation(field.labelKey()));
        }
        if (field.kind() == FieldKind.SHARE && value instanceof HasHelper helped) {
            helped.setHelperText(getTranslation("scenario.help.share"));
        }
        valueBinding = FieldInputs.bind(binder, value, field, this);
        source = new SourceNote(field, idPrefix + "-" + field.key() + "-source");
        binder.forField(source)
                .withValidator((text, context) -> InputSource.textProblems(text).stream()
                        .findFirst()
                        .map(p -> ValidationResult.error(
                                getTranslation(p.messageKey(), p.args().toArray())))
                        .orElse(ValidationResult.ok()))
                .bind(row -> nonNull(row.source(field.key())), (row, text) -> row.setSource(field.key(), text));
        add(value, source);
        if (field.rangeable()) {
            addClassName("ranged");
            low = rangeEnd(idPrefix, "low");
            high = rangeEnd(idPrefix, "high");
            lowBinding = FieldInputs.bindRangeEnd(
                    binder, low, field, this, row -> row.low(field.key()), (row, v) -> row.setLow(field.key(), v));
            highBinding = FieldInputs.bindRangeEnd(
                    binder, high, field, this, row -> row.high(field.key()), (row, v) -> row.setHigh(field.key(), v));
            add(low, high);
        } else {
            low = null;
            high = null;
        }
    }

    private TextField rangeEnd(String idPrefix, String end) {
        TextField input = FieldInputs.numberText(field);
        input.setId(idPrefix + "-" + field.key() + "-" + end);
        input.addClassName("range-" + end);
        input.setLabel(getTranslation("scenario.range." + end));
        input.setAriaLabel(getTranslation("scenario.range." + end + ".of", getTranslation(field.labelKey())));
        input.setTooltipText(getTranslation("scenario.range.tooltip"));
        return input;
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    InputField field() {
        return field;
    }

    AbstractField<?, ?> value() {
        return value;
    }

    SourceNote source() {
        return source;
    }

    @Nullable
    TextField low() {
        return low;
    }

    @Nullable
    TextField high() {
        return high;
    }

    /** Marks the value and the range with the domain's messages (null: none), keeping a refusal of a text as is. */
    void showProblems(@Nullable String valueMessage, @Nullable String rangeMessage) {
        mark(value, valueBinding, valueMessage);
        if (low != null && high != null) {
            mark(low, lowBinding, rangeMessage);
            mark(high, highBinding, rangeMessage);
        }
    }

    private static void mark(
            AbstractField<?, ?> input, Binder.@Nullable Binding<FieldRow, ?> binding, @Nullable String message) {
        if (FieldInputs.refusesItsText(binding) || !(input instanceof HasValidation validated)) {
            return;
        }
        validated.setInvalid(message != null);
        validated.setErrorMessage(message);
    }
}
