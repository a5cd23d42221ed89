package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.InputField;
import org.workbench.domain.InputSource;

/**
 * Where one input's value comes from, as a small book icon beside the value: filled when the input has a source,
 * whose text is then its tooltip; a click opens the text for editing (or, read-only, for reading). The value is the
 * source's text, empty when there is none.
 *
 * <p>The text area and its popover are made on the first click: an editor has one note per field, and building
 * them all up front made each open editor session heavier for texts that are rarely opened.
 */
class SourceNote extends CustomField<String> {
    private final Button icon = new Button();
    private final String fieldLabel;
    private final String id;
    private String text = "";
    private @Nullable TextArea area;
    private @Nullable Popover popover;
    private @Nullable String error;

    SourceNote(InputField field, String id) {
        this.id = id;
        fieldLabel = getTranslation(field.labelKey());
        addClassName("source-note");
        setId(id);
        icon.setId(id + "-button");
        icon.addClassName("source-icon");
        icon.setIcon(VaadinIcon.BOOK.create());
        icon.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        icon.addClickListener(e -> {
            if (popover == null) {
                open();
            }
        });
        add(icon);
        showState();
    }

    @Override
    protected String generateModelValue() {
        return area == null ? text : area.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        text = value == null ? "" : value;
        if (area != null) {
            area.setValue(text);
        }
        showState();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        if (area != null) {
            area.setReadOnly(readOnly);
        }
        showState();
    }

    @Override
    public void setInvalid(boolean invalid) {
        super.setInvalid(invalid);
        if (area != null) {
            area.setInvalid(invalid);
        }
    }

    @Override
    public void setErrorMessage(String message) {
        super.setErrorMessage(message);
        error = message;
        if (area != null) {
            area.setErrorMessage(message);
        }
    }

    @Override
    protected void updateValue() {
        if (area != null) {
            text = area.getValue();
        }
        super.updateValue();
        showState();
    }

    // A reader has nothing to open where no source was given, so the icon only shows to those who can add one.
    private void showState() {
        boolean has = !InputSource.normalized(text).isEmpty();
        icon.getElement().getClassList().set("has-source", has);
        icon.setVisible(has || !isReadOnly());
        icon.setAriaLabel(getTranslation(has ? "scenario.source.show" : "scenario.source.add", fieldLabel));
        icon.setTooltipText(has ? text.strip() : getTranslation("scenario.source.none", fieldLabel));
    }

    /** Opens the text for editing or reading, as a click on the icon does. */
    void open() {
        popover().open();
    }

    private Popover popover() {
        if (popover != null) {
            return popover;
        }
        var input = new TextArea();
        input.setId(id + "-text");
        input.addClassName("source-text");
        input.setLabel(getTranslation("scenario.source.label", fieldLabel));
        input.setHelperText(getTranslation("scenario.source.help", InputSource.MAX_LENGTH));
        input.setMaxLength(InputSource.MAX_LENGTH);
        input.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        input.setWidth("22rem");
        input.setValue(text);
        input.setReadOnly(isReadOnly());
        input.setInvalid(isInvalid());
        if (error != null) {
            input.setErrorMessage(error);
        }
        input.addValueChangeListener(e -> updateValue());
        area = input;
        var created = new Popover();
        var done = new Button(getTranslation("scenario.source.done"), e -> created.close());
        done.addClassName("source-done");
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        created.setTarget(icon);
        created.setPosition(PopoverPosition.BOTTOM_START);
        created.setAriaLabel(getTranslation("scenario.source.label", fieldLabel));
        created.add(new Div(input), done);
        add(created);
        popover = created;
        return created;
    }

    TextArea textArea() {
        popover();
        return java.util.Objects.requireNonNull(area);
    }

    Button icon() {
        return icon;
    }
}
