package org.workbench.web.scenario.ui;

import static org.workbench.web.security.Roles.ADMIN;
import static org.workbench.web.security.Roles.PLANNER;
import static org.workbench.web.security.Roles.STAFF;
import static org.workbench.web.security.Roles.VIEWER;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.ItemKind;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.web.scenario.ScenarioConflictException;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioStatus;

/**
 * One scenario: its inputs on the left, what they bring on the right, recomputed on every valid edit. Saving stores
 * a version; somebody else's newer version is shown, never silently overwritten, and unsaved edits are guarded.
 */
@Route("scenarios/:id")
@RolesAllowed({ADMIN, PLANNER, STAFF, VIEWER})
@StyleSheet("styles/scenario.css")
class ScenarioEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    private final ScenarioService service;

    private @Nullable ScenarioDetail detail;
    private @Nullable EditorState state;
    private @Nullable SettingsForm settingsForm;
    private @Nullable IndustriesEditor industries;
    private @Nullable IncentivesEditor incentives;
    private @Nullable ResultsPanel results;
    private @Nullable HistoryPanel history;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span meta = new Span();
    private final Span unsaved = new Span();
    private final Div problemList = new Div();
    private final TextField comment = new TextField();
    private final Button save = new Button();
    private final Button saveCopy = new Button();
    private @Nullable Tab settingsTab;
    private @Nullable Tab industriesTab;
    private @Nullable Tab incentivesTab;
    private List<DomainProblem> problems = List.of();
    private boolean dirty;
    private boolean editable;
    // The saved state the export link writes; read by the download request outside the UI's lock.
    private volatile ExportLink.@Nullable Target exportTarget;

    ScenarioEditorView(ScenarioService service) {
        this.service = service;
        addClassName("scenario-editor");
        setSizeFull();
        setPadding(true);
        setSpacing(false);
        title.addClassName("scenario-title");
        status.addClassName("status-badge");
        meta.addClassName("scenario-meta");
        meta.setId("editor-meta");
        unsaved.addClassName("unsaved-badge");
        unsaved.setText(getTranslation("scenario.unsaved"));
        unsaved.setVisible(false);
        problemList.addClassName("problem-list");
        comment.setPlaceholder(getTranslation("scenario.save.comment"));
        comment.setAriaLabel(getTranslation("scenario.save.comment"));
        comment.addClassName("save-comment");
        comment.setClearButtonVisible(true);
        save.setText(getTranslation("scenario.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-button");
        save.setId("editor-save");
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        saveCopy.setText(getTranslation("scenario.saveAsCopy"));
        saveCopy.addClassName("save-copy-button");
        saveCopy.setId("editor-save-copy");
        saveCopy.addClickListener(e -> saveAsCopy());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ScenarioDetail> found =
                event.getRouteParameters().getLong("id").flatMap(service::find);
        if (found.isEmpty()) {
            Notification.show(getTranslation("scenario.notFound"), 4000, Notification.Position.MIDDLE);
            event.forwardTo(ScenarioListView.class);
            return;
        }
        render(found.get());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
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
            setDirty(false);
            action.proceed();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        String name = detail == null ? "" : detail.name();
        return getTranslation("scenario.editor.page-title", name);
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
                window.__workbenchDirty = $0;""", dirty);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs("window.__workbenchDirty = false");
    }

    private void render(ScenarioDetail loaded) {
        detail = loaded;
        editable = service.canEdit(loaded.id());
        var editorState = new EditorState(loaded.scenario());
        state = editorState;
        removeAll();

        settingsForm = new SettingsForm(editorState.settings, this::onEdit);
        industries = new IndustriesEditor(editorState, this::onEdit);
        incentives = new IncentivesEditor(editorState, this::onEdit);
        settingsForm.setReadOnly(!editable);
        industries.setReadOnly(!editable);
        incentives.setReadOnly(!editable);
        history = new HistoryPanel(service, loaded.id(), editable, () -> dirty, restored -> {
            setDirty(false);
            render(restored);
            Notification.show(getTranslation("scenario.history.restored", restored.latestRevision()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        results = new ResultsPanel();

        var tabs = new TabSheet();
        tabs.addClassName("editor-tabs");
        tabs.setSizeFull();
        settingsTab = tabs.add(getTranslation("scenario.tab.settings"), settingsForm);
        industriesTab = tabs.add(getTranslation("scenario.tab.industries"), industries);
        incentivesTab = tabs.add(getTranslation("scenario.tab.incentives"), incentives);
        tabs.add(getTranslation("scenario.tab.history"), history).addClassName("history-tab");

        var left = new VerticalLayout(problemList, tabs);
        left.setPadding(false);
        left.setSizeFull();
        var resultsScroller = new Scroller(results);
        resultsScroller.addClassName("results-scroller");
        var split = new SplitLayout(left, resultsScroller);
        split.addClassName("editor-split");
        split.setSplitterPosition(55);
        split.setSizeFull();

        add(header(loaded), split);
        setFlexGrow(1, split);

        setDirty(false);
        comment.clear();
        recompute();
        updateMeta();
    }

    private HorizontalLayout header(ScenarioDetail loaded) {
        var back = new RouterLink(getTranslation("scenario.backToList"), ScenarioListView.class);
        back.addClassName("back-link");
        var titleBox = new Div(back, title);
        titleBox.addClassName("title-box");
        var metaBox = new Div(status, meta, unsaved);
        metaBox.addClassName("meta-box");
        var left = new Div(titleBox, metaBox);
        var export = new ExportLink(service, () -> exportTarget);
        export.setId("editor-export");
        var actions = new HorizontalLayout(comment, save, saveCopy, export);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.addClassName("save-actions");
        comment.setVisible(editable);
        save.setVisible(editable);
        saveCopy.setVisible(service.canCreate());
        var header = new HorizontalLayout(left, actions);
        header.addClassName("editor-header");
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!editable) {
            var readOnly = new Span(getTranslation(
                    loaded.status() == ScenarioStatus.ARCHIVED
                            ? "scenario.readOnly.archived"
                            : "scenario.readOnly.role"));
            readOnly.addClassName("read-only-note");
            metaBox.add(readOnly);
        }
        return header;
    }

    private void onEdit() {
        setDirty(true);
        recompute();
    }

    /** Checks the inputs as a whole; projects them when valid, else shows why and keeps the last results. */
    private void recompute() {
        EditorState s = requireNonNull(state);
        problems = s.problems();
        requireNonNull(settingsForm).showProblems(problems, this::message);
        requireNonNull(industries).showProblems(problems, this::message);
        requireNonNull(incentives).showProblems(problems, this::message);
        showProblemList();
        String name = s.settings.getName();
        title.setText(name == null || name.isBlank() ? getTranslation("scenario.untitled") : name);
        if (problems.isEmpty()) {
            Scenario scenario = s.toScenario();
            ProjectionResult result = ProjectionEngine.project(scenario);
            requireNonNull(results).show(scenario, result);
        } else {
            requireNonNull(results).setStale(true);
        }
        save.setEnabled(problems.isEmpty());
    }

    private void showProblemList() {
        problemList.removeAll();
        problemList.setVisible(!problems.isEmpty());
        for (DomainProblem p : problems) {
            String where = getTranslation("item." + p.kind().name())
                    + (p.item() == null ? "" : " " + p.item())
                    + (p.fieldLabelKey() == null ? "" : " · " + getTranslation(p.fieldLabelKey()));
            var line = new Div(new Span(where + ": "), new Span(message(p)));
            line.addClassName("problem");
            problemList.add(line);
        }
        label(settingsTab, "scenario.tab.settings", ItemKind.SETTINGS);
        label(industriesTab, "scenario.tab.industries", ItemKind.INDUSTRY);
        label(incentivesTab, "scenario.tab.incentives", ItemKind.INCENTIVE);
    }

    private void label(@Nullable Tab tab, String key, ItemKind kind) {
        if (tab == null) {
            return;
        }
        long count = problems.stream().filter(p -> p.kind() == kind).count();
        tab.setLabel(count == 0 ? getTranslation(key) : getTranslation(key) + " (" + count + ")");
        if (count == 0) {
            tab.removeClassName("has-problems");
        } else {
            tab.addClassName("has-problems");
        }
    }

    private String message(DomainProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }

    private void save() {
        ScenarioDetail current = requireNonNull(detail);
        if (!problems.isEmpty()) {
            Notification.show(getTranslation("scenario.save.invalid"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Scenario scenario = requireNonNull(state).toScenario();
        try {
            saved(trySave(current, scenario));
        } catch (ScenarioConflictException conflict) {
            new ConflictDialog(conflict, this::saveAsCopy, () -> {
                        setDirty(false);
                        render(conflict.current());
                    })
                    .open();
        }
    }

    private ScenarioDetail trySave(ScenarioDetail current, Scenario scenario) {
        try {
            return service.save(current.id(), current.version(), scenario, comment.getValue());
        } catch (ObjectOptimisticLockingFailureException race) {
            // Somebody saved between the service's check and its write: asking again names who and what.
            return service.save(current.id(), current.version(), scenario, comment.getValue());
        }
    }

    private void saved(ScenarioDetail savedDetail) {
        detail = savedDetail;
        setDirty(false);
        comment.clear();
        updateMeta();
        requireNonNull(history).refresh();
        Notification.show(
                        getTranslation("scenario.saved", savedDetail.latestRevision()),
                        3000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The user's current edits as a new scenario of their own; the one they came from stays untouched. */
    private void saveAsCopy() {
        EditorState s = requireNonNull(state);
        if (!problems.isEmpty()) {
            Notification.show(getTranslation("scenario.save.invalid"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        s.settings.setName(getTranslation("scenario.copyName", s.settings.getName()));
        ScenarioDetail copy = service.saveAsCopy(requireNonNull(detail).id(), s.toScenario(), comment.getValue());
        setDirty(false);
        Notification.show(getTranslation("scenario.copySaved", copy.name()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(ScenarioEditorView.class, new RouteParameters("id", String.valueOf(copy.id())));
    }

    private void updateMeta() {
        ScenarioDetail d = requireNonNull(detail);
        exportTarget = new ExportLink.Target(d.id(), d.name());
        status.setText(getTranslation("scenario.status." + d.status().name()));
        status.getElement().setAttribute("data-status", d.status().name());
        meta.setText(getTranslation(
                "scenario.meta",
                d.latestRevision(),
                d.updatedBy(),
                Display.time(d.updatedAt(), getLocale()),
                d.owner()));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void setDirty(boolean value) {
        if (dirty == value) {
            return;
        }
        dirty = value;
        unsaved.setVisible(value);
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.__workbenchDirty = $0", value));
    }

    // Package-private views of the state, for browserless tests.
    @Nullable
    ResultsPanel results() {
        return results;
    }

    @Nullable
    SettingsForm settingsForm() {
        return settingsForm;
    }

    @Nullable
    IncentivesEditor incentivesEditor() {
        return incentives;
    }

    @Nullable
    EditorState state() {
        return state;
    }

    boolean isDirty() {
        return dirty;
    }

    private static <T> T requireNonNull(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("the editor has not loaded a scenario");
        }
        return value;
    }
}
