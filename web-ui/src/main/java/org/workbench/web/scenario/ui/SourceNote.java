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
import org.workbench.domain.InputField;
import org.workbench.domain.InputSource;

/**
 * Where one input's value comes from, as a small book icon beside the value: filled when the input has a source,
 * whose text is then its tooltip; a click opens the text for editing (or, read-only, for reading). The value is the
 * source's text, empty when there is none.
 */
class SourceNote extends CustomField<String> {
    private final Button icon = new Button();
    private final TextArea text = new TextArea();
    private final Popover popover = new Popover();
    private final String fieldLabel;

    SourceNote(InputField field, String id) {
        fieldLabel = getTranslation(field.labelKey());
        addClassName("source-note");
        setId(id);
        icon.setId(id + "-button");
        icon.addClassName("source-icon");
        icon.setIcon(VaadinIcon.BOOK.create());
        icon.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        text.setId(id + "-text");
        text.addClassName("source-text");
        text.setLabel(getTranslation("scenario.source.label", fieldLabel));
        text.setHelperText(getTranslation("scenario.source.help", InputSource.MAX_LENGTH));
        text.setMaxLength(InputSource.MAX_LENGTH);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setWidth("22rem");
        text.addValueChangeListener(e -> updateValue());
        var done = new Button(getTranslation("scenario.source.done"), e -> popover.close());
        done.addClassName("source-done");
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        popover.setTarget(icon);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.setAriaLabel(getTranslation("scenario.source.label", fieldLabel));
        popover.add(new Div(text), done);
        add(icon, popover);
        showState("");
    }

    @Override
    protected String generateModelValue() {
        return text.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        text.setValue(value == null ? "" : value);
        showState(text.getValue());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        text.setReadOnly(readOnly);
        showState(text.getValue());
    }

    @Override
    public void setInvalid(boolean invalid) {
        super.setInvalid(invalid);
        text.setInvalid(invalid);
    }

    @Override
    public void setErrorMessage(String message) {
        super.setErrorMessage(message);
        text.setErrorMessage(message);
    }

    @Override
    protected void updateValue() {
        super.updateValue();
        showState(text.getValue());
    }

    // A reader has nothing to open where no source was given, so the icon only shows to those who can add one.
    private void showState(String value) {
        boolean has = !InputSource.normalized(value).isEmpty();
        icon.getElement().getClassList().set("has-source", has);
        icon.setVisible(has || !isReadOnly());
        icon.setAriaLabel(getTranslation(has ? "scenario.source.show" : "scenario.source.add", fieldLabel));
        icon.setTooltipText(has ? value.strip() : getTranslation("scenario.source.none", fieldLabel));
    }

    /** Opens the text for editing or reading, as a click on the icon does. */
    void open() {
        popover.open();
    }

    Popover popover() {
        return popover;
    }

    TextArea textArea() {
        return text;
    }

    Button icon() {
        return icon;
    }
}
