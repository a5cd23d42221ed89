package org.workbench.web.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * The shell around every signed-in view: app name, navigation for the user's roles, user, language, logout. Public
 * because the error pages name it as their parent, so that a page the user may not open keeps the navigation; for
 * someone not signed in (an error before sign-in) it offers to sign in instead of out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        var brand = new Div(new Icon(VaadinIcon.CHART_GRID), appName);
        brand.addClassName("brand");
        addToDrawer(brand, navigation());

        var title = new Span(getTranslation("app.tagline"));
        title.addClassName("navbar-title");
        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        var userBox = new HorizontalLayout();
        userBox.addClassName("navbar-user");
        userBox.setAlignItems(HorizontalLayout.Alignment.CENTER);
        currentUser.shown().ifPresent(user -> userBox.add(userLabel(user)));
        userBox.add(LanguageSwitch.remembering(currentUser::rememberLanguage));
        if (currentUser.shown().isPresent()) {
            var logout = new Button(
                    getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.addClassName("logout-button");
            logout.setId("logout");
            userBox.add(logout);
        } else {
            var login = new Anchor("login", getTranslation("login.form.submit"));
            login.addClassName("login-link");
            userBox.add(login);
        }
        addToNavbar(new DrawerToggle(), title, spacer, userBox);
    }

    private Component userLabel(CurrentUser.Shown user) {
        var name = new Span(user.displayName());
        name.addClassName("current-user");
        var roles = new Span(user.roles().stream()
                .map(role -> getTranslation("role." + role))
                .sorted()
                .collect(Collectors.joining(", ")));
        roles.addClassName("current-roles");
        var box = new Div(name, roles);
        box.addClassName("user-label");
        return box;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        // MenuConfiguration leaves out the views the current user may not open.
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
