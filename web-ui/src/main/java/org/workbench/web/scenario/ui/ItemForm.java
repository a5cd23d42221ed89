package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;

/**
 * Every field of the selected industry or incentive, one {@link FieldBox} per descriptor: the value, and the low and
 * high where the field may carry a range. A field the row's type (or condition, as the failure year's) has no use
 * for is hidden; changing the type or the success probability fills or empties the fields that follow from it.
 */
class ItemForm extends Div {
    private final ItemKind item;
    private final Binder<FieldRow> binder = new Binder<>();
    private final Map<String, FieldBox> boxes = new LinkedHashMap<>();
    private final H4 heading = new H4();
    private final Button remove = new Button();
    private final BiFunction<FieldRow, InputField, @Nullable Object> starting;
    private boolean binding;

    /**
     * @param inputOf an input for a field that the field's kind alone does not describe, or null for the usual one
     * @param starting the value a field gets when its condition starts to hold (a failure year within the scenario)
     * @param onRemove removes the row the form shows
     */
    ItemForm(
            ItemKind item,
            String name,
            Function<InputField, @Nullable AbstractField<?, ?>> inputOf,
            BiFunction<FieldRow, InputField, @Nullable Object> starting,
            Runnable onEdit,
            Consumer<FieldRow> onRemove) {
        this.item = item;
        this.starting = starting;
        addClassName("item-form");
        addClassName(name + "-form");
        remove.setText(getTranslation("scenario.row.remove"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-row");
        remove.addClickListener(e -> {
            FieldRow row = binder.getBean();
            if (row != null) {
                onRemove.accept(row);
            }
        });
        var top = new Div(heading, remove);
        top.addClassName("item-form-top");
        var form = new FormLayout();
        form.addClassName("item-fields");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        String prefix = item.name().toLowerCase(Locale.ROOT);
        for (InputField field : InputFields.of(item)) {
            var box = new FieldBox(field, binder, prefix, inputOf.apply(field));
            boxes.put(field.key(), box);
            form.add(box);
        }
        add(top, form);
        binder.addValueChangeListener(event -> {
            if (binding) {
                return;
            }
            FieldRow row = binder.getBean();
            if (row != null && follows(event.getHasValue())) {
                row.adaptToType();
                row.adaptToConditions(field -> starting.apply(row, field));
                binding = true;
                try {
                    binder.refreshFields();
                } finally {
                    binding = false;
                }
                applyRow(row);
            }
            showHeading(row);
            onEdit.run();
        });
        setVisible(false);
    }

    // The type decides which fields apply; a field some other field's condition depends on decides that one.
    private boolean follows(Object changed) {
        for (InputField field : InputFields.of(item)) {
            if (boxes.get(field.key()).value() == changed) {
                return field.kind() == org.workbench.domain.FieldKind.TYPE
                        || InputFields.of(item).stream()
                                .anyMatch(other -> other.neededWhen() != null
                                        && other.neededWhen().field().equals(field.key()));
            }
        }
        return false;
    }

    /** Shows a row, or nothing. */
    void show(@Nullable FieldRow row) {
        binding = true;
        try {
            binder.setBean(row);
        } finally {
            binding = false;
        }
        setVisible(row != null);
        if (row != null) {
            applyRow(row);
            showHeading(row);
        }
    }

    @Nullable
    FieldRow row() {
        return binder.getBean();
    }

    private void showHeading(@Nullable FieldRow row) {
        if (row == null) {
            return;
        }
        String code = row.text("code");
        String name = row.text("name");
        heading.setText((code == null ? "" : code) + (name == null || name.equals(code) ? "" : " · " + name));
    }

    private void applyRow(FieldRow row) {
        IncentiveType type = row.type();
        for (FieldBox box : boxes.values()) {
            InputField field = box.field();
            box.setVisible(row.applies(field));
            if (field.asShare() != null && box.value() instanceof HasHelper helped) {
                helped.setHelperText(
                        type == null ? "" : getTranslation("incentiveType." + type.name() + ".amountMeaning"));
            }
        }
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }

    void showProblems(EditorState.Checked checked, int index, Problems.Messages message) {
        Map<String, String> values = Problems.byField(checked.values(), item, index, message);
        Map<String, String> ranges = Problems.rangesByField(checked.ranges(), item, index, message);
        boxes.forEach((key, box) -> box.showProblems(values.get(key), ranges.get(key)));
    }

    /** Re-reads the row, e.g. after the grid's data changed. */
    void refresh() {
        FieldRow row = binder.getBean();
        if (row != null) {
            binding = true;
            try {
                binder.refreshFields();
            } finally {
                binding = false;
            }
            applyRow(row);
            showHeading(row);
        }
    }

    AbstractField<?, ?> input(String key) {
        return boxes.get(key).value();
    }

    FieldBox box(String key) {
        return boxes.get(key);
    }

    Binder<FieldRow> binder() {
        return binder;
    }
}
