package org.workbench.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.workbench.web.account.AccountRuleException;
import org.workbench.web.account.Role;
import org.workbench.web.account.UserDetailsForm;
import org.workbench.web.account.UserSummary;
import org.workbench.web.base.i18n.SupportedLocales;

/** Create a user (no {@code existing}) or edit one; the username cannot change once created. */
class UserDialog extends Dialog {
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Select<Locale> language = new Select<>();
    private final Paragraph error = new Paragraph();

    UserDialog(@Nullable UserSummary existing, Consumer<UserDetailsForm> save) {
        addClassName("user-dialog");
        setHeaderTitle(
                existing == null
                        ? getTranslation("users.dialog.create.title")
                        : getTranslation("users.dialog.edit.title", existing.username()));
        username.setLabel(getTranslation("users.field.username"));
        username.addClassName("field-username");
        username.setRequired(true);
        username.setMaxLength(64);
        displayName.setLabel(getTranslation("users.field.display-name"));
        displayName.addClassName("field-display-name");
        displayName.setRequired(true);
        displayName.setMaxLength(200);
        email.setLabel(getTranslation("users.field.email"));
        email.addClassName("field-email");
        email.setMaxLength(320);
        roles.setLabel(getTranslation("users.field.roles"));
        roles.addClassName("field-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        language.setLabel(getTranslation("users.field.language"));
        language.addClassName("field-language");
        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        error.addClassName("dialog-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        if (existing == null) {
            language.setValue(SupportedLocales.resolve(getLocale()));
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            roles.setValue(existing.roles());
            language.setValue(existing.locale());
        }

        var form = new FormLayout(username, displayName, email, language, roles);
        form.setColspan(roles, 2);
        add(form, error);

        var saveButton = new Button(getTranslation("users.dialog.save"), e -> {
            try {
                save.accept(new UserDetailsForm(
                        username.getValue(),
                        displayName.getValue(),
                        email.getValue(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                        language.getValue() == null ? SupportedLocales.ENGLISH : language.getValue()));
                close();
            } catch (AccountRuleException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClassName("dialog-save");
        var cancel = new Button(getTranslation("users.dialog.cancel"), e -> close());
        getFooter().add(cancel, saveButton);
        setWidth("40rem");
    }
}
