package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.ItemKind;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.web.risk.RiskService;
import org.workbench.web.risk.ui.RiskTab;
import org.workbench.web.scenario.ReviewState;
import org.workbench.web.scenario.ScenarioConflictException;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioUnchangedException;

/**
 * The editor of one loaded scenario: its inputs on the left, what they bring on the right, recomputed on every valid
 * edit. Saving stores a version; somebody else's newer version is shown, never silently overwritten. When another
 * state must be shown (a restored version, the other person's save), it asks its route to build a new editor.
 */
class ScenarioEditor extends VerticalLayout {
    /** Where the splitter starts: half for the inputs, half for the results, so both fit at 1280 px. */
    private static final double SPLIT = 50;

    private final ScenarioService service;
    private final Consumer<ScenarioDetail> reload;
    private final boolean editable;
    private final EditorState state;
    private final SettingsForm settingsForm;
    private final LazyTab<IndustriesEditor> industries;
    private final LazyTab<IncentivesEditor> incentives;
    private final ActualsEditor actuals;
    private final ResultsPanel results = new ResultsPanel();
    private final ItemResultsPanel byItem = new ItemResultsPanel();
    private final HistoryPanel history;
    private final RiskTab risk;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span meta = new Span();
    private final Span unsaved = new Span();
    private final ProblemList problemList = new ProblemList();
    private final TextField comment = new TextField();
    private final Button save = new Button();
    private final Button saveCopy = new Button();
    private final Button resultsToggle = new Button();
    private final SplitLayout split;
    private final Scroller resultsScroller;
    private final Tab settingsTab;
    private final Tab industriesTab;
    private final Tab incentivesTab;
    private final TabSheet tabs = new TabSheet();
    private final Tab riskTab;
    /** The stored state the edits started from; a save moves it on. */
    private ScenarioDetail current;

    private EditorState.Checked checked = new EditorState.Checked(List.of(), List.of(), List.of());
    private boolean dirty;
    // The saved state the export link writes; read by the download request outside the UI's lock.
    private volatile ExportLink.@Nullable Target exportTarget;
    private final Anchor reportLink = new Anchor("", getTranslation("report.open"));

    ScenarioEditor(
            ScenarioService service,
            RiskService riskService,
            ScenarioReviewService review,
            ScenarioDetail loaded,
            Consumer<ScenarioDetail> reload) {
        this.service = service;
        this.reload = reload;
        this.current = loaded;
        this.editable = service.canEdit(loaded.id());
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        title.addClassName("scenario-title");
        status.addClassName("status-badge");
        meta.addClassName("scenario-meta");
        meta.setId("editor-meta");
        unsaved.addClassName("unsaved-badge");
        unsaved.setText(getTranslation("scenario.unsaved"));
        unsaved.setVisible(false);
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

        state = new EditorState(loaded.scenario());
        settingsForm = new SettingsForm(state.settings, this::onEdit);
        settingsForm.setReadOnly(!editable);
        history = new HistoryPanel(service, loaded.id(), editable, () -> dirty, restored -> {
            setDirty(false);
            reload.accept(restored);
            Notification.show(getTranslation("scenario.history.restored", restored.latestRevision()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });

        tabs.addClassName("editor-tabs");
        tabs.setSizeFull();
        settingsTab = tabs.add(getTranslation("scenario.tab.settings"), settingsForm);
        industries = new LazyTab<>(
                tabs, getTranslation("scenario.tab.industries"), () -> made(new IndustriesEditor(state, this::onEdit)));
        incentives = new LazyTab<>(
                tabs, getTranslation("scenario.tab.incentives"), () -> made(new IncentivesEditor(state, this::onEdit)));
        industriesTab = industries.tab();
        incentivesTab = incentives.tab();
        actuals = ActualsEditor.addTo(tabs, state, editable, this::onEdit);
        tabs.add(getTranslation("scenario.tab.history"), history).addClassName("history-tab");
        risk = new RiskTab(riskService, loaded.id(), editable, results::showRanges);
        riskTab = tabs.add(getTranslation("risk.tab"), risk);
        riskTab.addClassName("risk-tab-label");
        ReviewState reviewState = review.state(loaded.id());
        ReviewPanel.addTo(tabs, history, review, reviewState);
        var left = new VerticalLayout(problemList, tabs);
        left.setPadding(false);
        left.setSizeFull();
        results.add(byItem);
        resultsScroller = new Scroller(results);
        resultsScroller.addClassName("results-scroller");
        split = new SplitLayout(left, resultsScroller);
        split.addClassName("editor-split");
        split.setSplitterPosition(SPLIT);
        split.setSizeFull();
        resultsToggle.setId("editor-results-toggle");
        resultsToggle.addClassName("results-toggle");
        resultsToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resultsToggle.addClickListener(e -> setResultsShown(!resultsScroller.isVisible()));
        setResultsShown(true);

        var reviewBar = new ReviewBar(
                review, reviewState, () -> dirty, () -> current.latestRevision(), id -> reload.accept(service.get(id)));
        add(header(loaded, reviewState, reviewBar), split);
        setFlexGrow(1, split);
        recompute();
        updateMeta();
    }

    // An item editor made when its tab first opens: as if it had been there from the start.
    private <E extends ItemsEditor> E made(E editor) {
        editor.setReadOnly(!editable);
        editor.showProblems(checked, this::message);
        return editor;
    }

    private HorizontalLayout header(ScenarioDetail loaded, ReviewState reviewState, ReviewBar reviewBar) {
        var back = new RouterLink(getTranslation("scenario.backToList"), ScenarioListView.class);
        back.addClassName("back-link");
        var titleBox = new Div(back, title);
        titleBox.addClassName("title-box");
        var metaBox = new Div(status, meta, unsaved, risk.warningBadge());
        metaBox.addClassName("meta-box");
        var left = new Div(titleBox, metaBox);
        var export = new ExportLink(service, () -> exportTarget);
        export.setId("editor-export");
        var goalSeek = GoalSeekDialog.opener(
                () -> checked.valid() ? state.toScenario() : null,
                new GoalSeekApply(state, settingsForm, industries::made, incentives::made, this::onEdit));
        goalSeek.setVisible(editable);
        var actions =
                new HorizontalLayout(reviewBar, comment, save, saveCopy, goalSeek, export, reportLink, resultsToggle);
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
        ReviewBar.notes(this, getLocale(), reviewState, editable).forEach(metaBox::add);
        return header;
    }

    /** Hides the results to give the inputs the whole width, or shows them again. */
    void setResultsShown(boolean shown) {
        resultsScroller.setVisible(shown);
        split.setSplitterPosition(shown ? SPLIT : 100);
        if (shown) {
            split.removeClassName("results-hidden");
        } else {
            split.addClassName("results-hidden");
        }
        resultsToggle.setText(getTranslation(shown ? "scenario.results.hide" : "scenario.results.show"));
        resultsToggle.setIcon((shown ? VaadinIcon.ANGLE_DOUBLE_RIGHT : VaadinIcon.ANGLE_DOUBLE_LEFT).create());
    }

    private void onEdit() {
        setDirty(true);
        // Draws of other inputs say nothing about these: the ranges wait for the next Monte Carlo.
        results.clearRanges();
        recompute();
    }

    /**
     * Checks the inputs as a whole; when valid, computes the promised and the expected view (both cheap: no Monte
     * Carlo on an edit), else shows why and keeps the last results.
     */
    private void recompute() {
        EditorState s = state;
        checked = s.check();
        settingsForm.showProblems(checked, this::message);
        industries.ifMade(editor -> editor.showProblems(checked, this::message));
        incentives.ifMade(editor -> editor.showProblems(checked, this::message));
        actuals.showProblems(checked, this::message);
        showProblemList();
        String name = s.settings.text("name");
        title.setText(name == null || name.isBlank() ? getTranslation("scenario.untitled") : name);
        if (checked.valid()) {
            Scenario scenario = s.toScenario();
            results.show(scenario, ProjectionEngine.views(scenario));
            byItem.show(scenario);
            risk.setScenario(scenario);
        } else {
            results.setStale(true);
            risk.setScenario(null);
        }
        save.setEnabled(checked.valid());
    }

    private void showProblemList() {
        problemList.show(checked, this::message);
        label(settingsTab, "scenario.tab.settings", ItemKind.SETTINGS);
        label(industriesTab, "scenario.tab.industries", ItemKind.INDUSTRY);
        label(incentivesTab, "scenario.tab.incentives", ItemKind.INCENTIVE);
    }

    private void label(Tab tab, String key, ItemKind kind) {
        Problems.label(tab, getTranslation(key), checked.count(kind));
    }

    private String message(DomainProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }

    private void save() {
        if (!checked.valid()) {
            Notification.show(getTranslation("scenario.save.invalid"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Scenario scenario = state.toScenario();
        try {
            saved(service.save(ScenarioId.of(current), current.version(), scenario, comment.getValue()));
        } catch (ScenarioUnchangedException unchanged) {
            setDirty(false);
            Notification.show(
                            getTranslation(
                                    "scenario.save.unchanged",
                                    unchanged.current().latestRevision()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        } catch (ScenarioConflictException conflict) {
            new ConflictDialog(conflict, this::saveAsCopy, () -> {
                        setDirty(false);
                        reload.accept(conflict.current());
                    })
                    .open();
        }
    }

    private void saved(ScenarioDetail savedDetail) {
        current = savedDetail;
        setDirty(false);
        comment.clear();
        updateMeta();
        history.refresh();
        Notification.show(
                        getTranslation("scenario.saved", savedDetail.latestRevision()),
                        3000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The user's current edits as a new scenario of their own; the one they came from stays untouched. */
    private void saveAsCopy() {
        EditorState s = state;
        if (!checked.valid()) {
            Notification.show(getTranslation("scenario.save.invalid"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        s.settings.set("name", getTranslation("scenario.copyName", s.settings.text("name")));
        ScenarioDetail copy = service.saveAsCopy(current.id(), s.toScenario(), comment.getValue());
        setDirty(false);
        Notification.show(getTranslation("scenario.copySaved", copy.name()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(ScenarioEditorView.class, new RouteParameters("id", String.valueOf(copy.id())));
    }

    private void updateMeta() {
        ScenarioDetail d = current;
        exportTarget = new ExportLink.Target(d.id(), d.name());
        reportLink.setHref("scenarios/" + d.id() + "/report");
        status.setText(getTranslation("scenario.status." + d.status().name()));
        status.getElement().setAttribute("data-status", d.status().name());
        meta.setText(getTranslation(
                "scenario.meta",
                d.latestRevision(),
                d.updatedBy(),
                Display.time(d.updatedAt(), getLocale()),
                d.owner()));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setTitle(getTranslation("scenario.editor.page-title", d.name()));
        }
    }

    void setDirty(boolean value) {
        if (dirty == value) {
            return;
        }
        dirty = value;
        unsaved.setVisible(value);
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.__workbenchDirty = $0", value));
    }

    /** The name of the stored state, for the page title. */
    String name() {
        return current.name();
    }

    ResultsPanel results() {
        return results;
    }

    SettingsForm settingsForm() {
        return settingsForm;
    }

    IncentivesEditor incentivesEditor() {
        return incentives.get();
    }

    IndustriesEditor industriesEditor() {
        return industries.get();
    }

    EditorState state() {
        return state;
    }

    boolean isDirty() {
        return dirty;
    }

    /**
     * Opens the tab a link names ({@code ?tab=risk}, {@code ?tab=actuals}, as the monitoring page links to it); any
     * other name leaves the settings open.
     */
    void openTab(String name) {
        switch (name) {
            case "risk" -> tabs.setSelectedTab(riskTab);
            case "actuals" -> tabs.setSelectedTab(actuals.tab());
            default -> {
                // the settings stay open
            }
        }
    }
}
