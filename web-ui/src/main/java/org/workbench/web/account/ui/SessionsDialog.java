package org.workbench.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.UserSummary;
import org.workbench.web.base.ui.UserTimeZone;
import org.workbench.web.security.ActiveSession;

/** The active sessions of one user, each of which the admin can end. */
class SessionsDialog extends Dialog {
    private final AccountAdminService admin;
    private final UserSummary user;
    private final Grid<ActiveSession> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    SessionsDialog(AccountAdminService admin, UserSummary user) {
        this.admin = admin;
        this.user = user;
        addClassName("sessions-dialog");
        setHeaderTitle(getTranslation("users.sessions.title", user.username()));
        grid.addClassName("sessions-grid");
        grid.addColumn(ActiveSession::handle)
                .setHeader(getTranslation("users.sessions.handle"))
                .setAutoWidth(true);
        grid.addColumn(s -> UserTimeZone.exact(s.signedInAt()))
                .setHeader(getTranslation("users.sessions.signed-in"))
                .setAutoWidth(true);
        grid.addColumn(s -> UserTimeZone.exact(s.lastRequestAt()))
                .setHeader(getTranslation("users.sessions.last-request"))
                .setAutoWidth(true);
        grid.addComponentColumn(session -> {
                    var end = new Button(getTranslation("users.sessions.end"), e -> {
                        admin.endSession(user.id(), session.handle());
                        Notification.show(getTranslation("users.sessions.ended"));
                        refresh();
                    });
                    end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    end.addClassName("end-session");
                    return end;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("users.sessions.none"));
        add(grid, none);
        getFooter().add(new Button(getTranslation("users.sessions.close"), e -> close()));
        // Wide enough for two exact times in either language; never wider than the window.
        setWidth("58rem");
        setMaxWidth("95vw");
        refresh();
    }

    private void refresh() {
        List<ActiveSession> sessions = admin.sessions(user.id());
        grid.setItems(sessions);
        grid.setVisible(!sessions.isEmpty());
        none.setVisible(sessions.isEmpty());
    }
}
