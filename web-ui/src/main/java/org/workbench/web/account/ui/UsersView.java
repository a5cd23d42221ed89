package org.workbench.web.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.AccountRuleException;
import org.workbench.web.account.DeleteOutcome;
import org.workbench.web.account.UserSummary;
import org.workbench.web.base.Roles;
import org.workbench.web.base.ui.UserTimeZone;

/** Admins' list of users: search, create, edit, disable or enable, unlock, reset password, sessions, delete. */
@Route("admin/users")
@Menu(order = 90, title = "nav.admin.users", icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {
    private final AccountAdminService admin;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    UsersView(AccountAdminService admin) {
        this.admin = admin;
        addClassName("users-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addClassName("users-search");
        search.setWidth("24rem");
        search.addValueChangeListener(e -> refresh());
        var create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-user");
        var toolbar = new HorizontalLayout(search, create);
        toolbar.setAlignItems(Alignment.BASELINE);

        configureGrid();
        add(new H2(getTranslation("users.title")), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.column.username"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("users.column.display-name"))
                .setWidth("8rem");
        grid.addColumn(user -> user.email() == null ? "" : user.email())
                .setHeader(getTranslation("users.column.email"))
                .setWidth("8rem");
        grid.addColumn(user -> user.roles().stream()
                        .sorted()
                        .map(role -> getTranslation("role." + role.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.column.roles"))
                .setWidth("7rem");
        grid.addColumn(user -> getTranslation("language." + user.locale().getLanguage()))
                .setHeader(getTranslation("users.column.language"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("users.column.status"))
                .setWidth("13rem");
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private Component status(UserSummary user) {
        var box = new HorizontalLayout();
        box.setSpacing(false);
        box.addClassName("user-status");
        box.getStyle().set("gap", "0.25rem").set("flex-wrap", "wrap").set("white-space", "normal");
        if (!user.enabled()) {
            box.add(badge(getTranslation("users.status.disabled"), "error"));
        } else {
            box.add(badge(getTranslation("users.status.active"), "success"));
        }
        if (user.lockedUntil() != null) {
            box.add(badge(getTranslation("users.status.locked", UserTimeZone.exact(user.lockedUntil())), "error"));
        }
        if (user.mustChangePassword()) {
            box.add(badge(getTranslation("users.status.must-change"), "contrast"));
        }
        return box;
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private Component actions(UserSummary user) {
        var box = new HorizontalLayout();
        box.setSpacing(false);
        box.addClassName("user-actions");
        box.getElement().setAttribute("data-username", user.username());
        box.add(action("users.action.edit", "edit", () -> openEdit(user)));
        box.add(action("users.action.reset-password", "reset-password", () -> confirmReset(user)));
        if (user.enabled()) {
            box.add(action("users.action.disable", "disable", () -> confirmDisable(user)));
        } else {
            box.add(action(
                    "users.action.enable",
                    "enable",
                    () -> run(() -> admin.enable(user.id()), "users.done.enabled", user)));
        }
        if (user.lockedUntil() != null) {
            box.add(action(
                    "users.action.unlock",
                    "unlock",
                    () -> run(() -> admin.unlock(user.id()), "users.done.unlocked", user)));
        }
        box.add(action("users.action.sessions", "sessions", () -> new SessionsDialog(admin, user).open()));
        box.add(action("users.action.delete", "delete", () -> confirmDelete(user)));
        return box;
    }

    private Button action(String key, String className, Runnable onClick) {
        var button = new Button(getTranslation(key), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("action-" + className);
        return button;
    }

    private void openCreate() {
        new UserDialog(null, form -> {
                    var otp = admin.create(form);
                    refresh();
                    notify(getTranslation("users.done.created", otp.username()), NotificationVariant.LUMO_SUCCESS);
                    new OneTimePasswordDialog(otp).open();
                })
                .open();
    }

    private void openEdit(UserSummary user) {
        new UserDialog(user, form -> {
                    admin.update(user.id(), form);
                    refresh();
                    notify(getTranslation("users.done.saved", user.username()), NotificationVariant.LUMO_SUCCESS);
                })
                .open();
    }

    private void confirmReset(UserSummary user) {
        confirm("users.confirm.reset", user, () -> {
            var otp = admin.resetPassword(user.id());
            refresh();
            new OneTimePasswordDialog(otp).open();
        });
    }

    private void confirmDisable(UserSummary user) {
        confirm("users.confirm.disable", user, () -> {
            admin.disable(user.id());
            refresh();
            notify(getTranslation("users.done.disabled", user.username()), NotificationVariant.LUMO_SUCCESS);
        });
    }

    private void confirmDelete(UserSummary user) {
        confirm("users.confirm.delete", user, () -> {
            DeleteOutcome outcome = admin.delete(user.id());
            refresh();
            notify(
                    getTranslation(
                            outcome == DeleteOutcome.DELETED ? "users.done.deleted" : "users.done.disabled-instead",
                            user.username()),
                    outcome == DeleteOutcome.DELETED
                            ? NotificationVariant.LUMO_SUCCESS
                            : NotificationVariant.LUMO_WARNING);
        });
    }

    private void confirm(String key, UserSummary user, Runnable change) {
        var dialog = new ConfirmDialog();
        dialog.addClassName("confirm-dialog");
        dialog.setHeader(getTranslation(key + ".title", user.username()));
        dialog.setText(getTranslation(key + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("users.confirm.cancel"));
        dialog.setConfirmText(getTranslation("users.confirm.ok"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> guarded(change));
        dialog.open();
    }

    private void run(Runnable change, String doneKey, UserSummary user) {
        guarded(() -> {
            change.run();
            refresh();
            notify(getTranslation(doneKey, user.username()), NotificationVariant.LUMO_SUCCESS);
        });
    }

    private void guarded(Runnable change) {
        try {
            change.run();
        } catch (AccountRuleException refused) {
            refresh();
            notify(getTranslation(refused.messageKey(), refused.arguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    private void refresh() {
        grid.setItems(admin.find(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.page-title");
    }
}
