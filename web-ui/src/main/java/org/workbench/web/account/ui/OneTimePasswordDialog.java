package org.workbench.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.workbench.web.account.OneTimePassword;

/** Shows a one-time password once; it is not kept anywhere after the dialog closes. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(OneTimePassword otp) {
        addClassName("otp-dialog");
        setHeaderTitle(getTranslation("users.otp.title", otp.username()));
        setCloseOnOutsideClick(false);
        var field = new TextField(getTranslation("users.otp.field"));
        field.setValue(otp.password());
        field.setReadOnly(true);
        field.addClassName("one-time-password");
        field.setWidthFull();
        field.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        add(new Paragraph(getTranslation("users.otp.text")), field);
        var close = new Button(getTranslation("users.otp.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("otp-close");
        getFooter().add(close);
        setWidth("32rem");
    }
}
