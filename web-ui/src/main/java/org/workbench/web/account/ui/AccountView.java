package org.workbench.web.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.workbench.web.account.AccountRuleException;
import org.workbench.web.account.AccountService;
import org.workbench.web.account.PasswordRejectedException;
import org.workbench.web.account.UserProfile;
import org.workbench.web.base.i18n.SupportedLocales;

/** Every user's own account: change the password (the current one is required) and the language. */
@Route("account")
@Menu(order = 80, title = "nav.account", icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {
    private final AccountService accountService;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Div problems = new Div();

    AccountView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("account-view");
        setMaxWidth("48rem");
        add(new H2(getTranslation("account.title")));
        if (accountService.mustChangePassword()) {
            var banner = new Paragraph(getTranslation("account.must-change"));
            banner.addClassName("must-change-banner");
            add(banner);
        }
        accountService.currentProfile().ifPresent(profile -> add(profile(profile)));
        add(passwordForm());
        add(languageForm());
    }

    private FormLayout profile(UserProfile profile) {
        var form = new FormLayout();
        form.addClassName("account-profile");
        form.addFormItem(new Span(profile.username()), getTranslation("account.username"));
        form.addFormItem(new Span(profile.displayName()), getTranslation("account.display-name"));
        form.addFormItem(
                new Span(profile.roles().stream()
                        .map(role -> getTranslation("role." + role.name()))
                        .sorted()
                        .collect(Collectors.joining(", "))),
                getTranslation("account.roles"));
        return form;
    }

    private Div passwordForm() {
        current.setLabel(getTranslation("account.password.current"));
        current.addClassName("current-password");
        fresh.setLabel(getTranslation("account.password.new"));
        fresh.addClassName("new-password");
        fresh.setHelperText(getTranslation("account.password.rules"));
        fresh.setMaxLength(1024);
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.addClassName("repeat-password");
        problems.addClassName("password-problems");
        var submit = new Button(getTranslation("account.password.submit"), e -> changePassword());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("change-password");
        var fields = new VerticalLayout(current, fresh, repeat, problems, submit);
        fields.setPadding(false);
        fields.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
        submit.getElement().getStyle().remove("width");
        var box = new Div(new H3(getTranslation("account.password.title")), fields);
        box.addClassName("password-box");
        box.setWidthFull();
        return box;
    }

    private void changePassword() {
        problems.removeAll();
        if (!fresh.getValue().equals(repeat.getValue())) {
            problem(getTranslation("account.password.mismatch"));
            return;
        }
        boolean wasForced = accountService.mustChangePassword();
        try {
            accountService.changeOwnPassword(current.getValue(), fresh.getValue());
        } catch (AccountRuleException refused) {
            problem(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        } catch (PasswordRejectedException rejected) {
            rejected.problems()
                    .forEach(p -> problem(getTranslation(p.messageKey(), PasswordRejectedException.limitOf(p))));
            return;
        }
        current.clear();
        fresh.clear();
        repeat.clear();
        MustChangePasswordGuard.forget(VaadinSession.getCurrent());
        Notification.show(getTranslation("account.password.changed"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (wasForced) {
            UI.getCurrent().navigate("");
        }
    }

    private void problem(String text) {
        var line = new Paragraph(text);
        line.addClassName("password-problem");
        line.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        problems.add(line);
    }

    private Div languageForm() {
        var language = new Select<Locale>();
        language.addClassName("account-language");
        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(SupportedLocales.resolve(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                accountService.changeOwnLanguage(event.getValue());
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        var box = new Div(new H3(getTranslation("account.language.title")), language);
        box.addClassName("language-box");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page-title");
    }
}
