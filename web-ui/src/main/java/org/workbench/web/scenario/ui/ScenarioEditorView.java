package org.workbench.web.scenario.ui;

import static org.workbench.web.base.Roles.ADMIN;
import static org.workbench.web.base.Roles.PLANNER;
import static org.workbench.web.base.Roles.REVIEWER;
import static org.workbench.web.base.Roles.STAFF;
import static org.workbench.web.base.Roles.VIEWER;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.workbench.web.risk.RiskService;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.scenario.ScenarioService;

/**
 * The route of one scenario: finds it (an id that is malformed or unknown is "not found", like a deleted one),
 * shows a {@link ScenarioEditor} built from it, and guards unsaved edits when the user leaves.
 */
@Route("scenarios/:id")
@RolesAllowed({ADMIN, PLANNER, STAFF, VIEWER, REVIEWER})
@StyleSheet("styles/scenario.css")
class ScenarioEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    private final ScenarioService service;
    private final RiskService risk;
    private final ScenarioReviewService review;
    private @Nullable ScenarioEditor editor;

    ScenarioEditorView(ScenarioService service, RiskService risk, ScenarioReviewService review) {
        this.service = service;
        this.risk = risk;
        this.review = review;
        addClassName("scenario-editor");
        setSizeFull();
        setPadding(true);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ScenarioDetail> found =
                event.getRouteParameters().get("id").flatMap(ScenarioId::parse).flatMap(id -> service.find(id.value()));
        if (found.isEmpty()) {
            Notification.show(getTranslation("scenario.notFound"), 4000, Notification.Position.MIDDLE);
            event.forwardTo(ScenarioListView.class);
            return;
        }
        show(found.get());
        String tab = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tab")
                .orElse("");
        if (editor != null) {
            editor.openTab(tab);
        }
    }

    private void show(ScenarioDetail loaded) {
        removeAll();
        var shown = new ScenarioEditor(service, risk, review, loaded, this::show);
        editor = shown;
        add(shown);
        setFlexGrow(1, shown);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        ScenarioEditor shown = editor;
        if (shown == null || !shown.isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        var confirm = new ConfirmDialog();
        confirm.addClassName("leave-confirm");
        confirm.setHeader(getTranslation("scenario.leave.title"));
        confirm.setText(getTranslation("scenario.leave.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("scenario.leave.stay"));
        confirm.setConfirmText(getTranslation("scenario.leave.discard"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            shown.setDirty(false);
            action.proceed();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenario.editor.page-title", editor == null ? "" : editor.name());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The browser's own guard for reloads, closed tabs and typed URLs, which the router never sees.
        event.getUI().getPage().executeJs("""
                if (!window.__workbenchGuard) {
                  window.__workbenchGuard = true;
                  window.addEventListener('beforeunload', e => {
                    if (window.__workbenchDirty) { e.preventDefault(); e.returnValue = ''; }
                  });
                }
                window.__workbenchDirty = $0;""", editor != null && editor.isDirty());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs("window.__workbenchDirty = false");
    }

    /** The editor shown, for browserless tests. */
    ScenarioEditor editor() {
        ScenarioEditor shown = editor;
        if (shown == null) {
            throw new IllegalStateException("no scenario loaded");
        }
        return shown;
    }
}
