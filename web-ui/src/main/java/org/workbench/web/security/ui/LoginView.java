package org.workbench.web.security.ui;

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
import java.util.List;
import org.workbench.web.base.ui.LanguageSwitch;
import org.workbench.web.security.DemoSignIns;
import org.workbench.web.security.SecurityProperties;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LoginForm login = new LoginForm();

    private final Paragraph notice = new Paragraph();
    private final SecurityProperties securityProperties;

    LoginView(List<DemoSignIns> demoSignIns, SecurityProperties securityProperties) {
        this.securityProperties = securityProperties;
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
        notice.addClassName("login-notice");
        notice.setVisible(false);
        add(title, tagline, notice, login, LanguageSwitch.forAnonymous());

        List<DemoSignIns.SignIn> demos =
                demoSignIns.stream().flatMap(d -> d.all().stream()).toList();
        if (!demos.isEmpty()) {
            add(demoPanel(demos));
        }
    }

    private Div demoPanel(List<DemoSignIns.SignIn> demos) {
        var panel = new Div();
        panel.addClassName("demo-accounts");
        panel.add(new Paragraph(getTranslation("login.demo.intro")));
        for (DemoSignIns.SignIn demo : demos) {
            var line = new Paragraph();
            line.add(new Span(getTranslation("role." + demo.role()) + ": "));
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
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            // Said for any username that reached the limit, existing or not.
            LoginI18n i18n = loginI18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage()
                    .setMessage(getTranslation(
                            "login.locked.message",
                            Math.max(1, securityProperties.lockDuration().toMinutes())));
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.containsKey("error")) {
            login.setError(true);
        } else if (parameters.containsKey("ended")) {
            notice.setText(getTranslation("login.ended"));
            notice.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
