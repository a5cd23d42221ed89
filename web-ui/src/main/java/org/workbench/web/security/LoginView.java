package org.workbench.web.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.workbench.web.account.DemoAccounts;
import org.workbench.web.base.ui.LanguageSwitch;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LoginForm login = new LoginForm();

    LoginView(DemoAccounts demoAccounts) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(loginI18n());

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        add(title, tagline, login, LanguageSwitch.forAnonymous());

        if (!demoAccounts.all().isEmpty()) {
            add(demoPanel(demoAccounts));
        }
    }

    private Div demoPanel(DemoAccounts demoAccounts) {
        var panel = new Div();
        panel.addClassName("demo-accounts");
        panel.add(new Paragraph(getTranslation("login.demo.intro")));
        for (DemoAccounts.Credentials demo : demoAccounts.all()) {
            var line = new Paragraph();
            line.add(new Span(getTranslation("role." + demo.role().name()) + ": "));
            var credentials = new Span(demo.username() + " / " + demo.password());
            credentials.addClassName("demo-credentials");
            line.add(credentials);
            panel.add(line);
        }
        return panel;
    }

    private LoginI18n loginI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
