package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.workbench.domain.ProjectionEngine;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioVersionDetail;
import org.workbench.web.scenario.ScenarioVersionSummary;

/** The versions of a scenario: look at any of them, see what changed between two, bring one back. */
class HistoryPanel extends VerticalLayout {
    private final ScenarioService service;
    private final long scenarioId;
    private final Grid<ScenarioVersionSummary> grid = new Grid<>(ScenarioVersionSummary.class, false);
    private final Button view = new Button();
    private final Button compare = new Button();
    private final Button restore = new Button();
    private final H4 diffTitle = new H4();
    private final ChangesGrid diff = new ChangesGrid();

    HistoryPanel(
            ScenarioService service,
            long scenarioId,
            boolean canRestore,
            BooleanSupplier hasUnsavedEdits,
            Consumer<ScenarioDetail> restored) {
        this.service = service;
        this.scenarioId = scenarioId;
        addClassName("history-panel");
        setPadding(false);
        grid.addClassName("versions-grid");
        // Comments are free text: wrapped in full rather than cut to one line.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Picking all versions means nothing here: one is viewed or restored, two are compared.
        ((com.vaadin.flow.component.grid.GridMultiSelectionModel<?>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(
                        com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        grid.setAllRowsVisible(true);
        grid.addColumn(ScenarioVersionSummary::revision)
                .setHeader(getTranslation("scenario.history.revision"))
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(v -> getTranslation("scenario.history.kind." + v.kind().name())
                        + (v.restoredFrom() == null ? "" : " ← " + v.restoredFrom()))
                .setHeader(getTranslation("scenario.history.kind"))
                .setAutoWidth(true);
        grid.addColumn(ScenarioVersionSummary::author)
                .setHeader(getTranslation("scenario.history.author"))
                .setAutoWidth(true);
        grid.addColumn(v -> Display.time(v.createdAt(), getLocale()))
                .setHeader(getTranslation("scenario.history.time"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.comment() == null ? "" : v.comment())
                .setHeader(getTranslation("scenario.history.comment"))
                .setTooltipGenerator(v -> v.comment() == null ? "" : v.comment())
                .setWidth("12em")
                .setFlexGrow(3);
        grid.addSelectionListener(e -> updateButtons(canRestore));

        view.setText(getTranslation("scenario.history.view"));
        view.addClassName("history-view");
        view.addClickListener(e -> selectedOne().ifPresent(this::openVersion));
        compare.setText(getTranslation("scenario.history.compare"));
        compare.addClassName("history-compare");
        compare.addClickListener(e -> showDiff());
        restore.setText(getTranslation("scenario.history.restore"));
        restore.addClassName("history-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setVisible(canRestore);
        restore.addClickListener(e -> selectedOne().ifPresent(v -> confirmRestore(v, hasUnsavedEdits, restored)));
        var hint = new Span(getTranslation("scenario.history.hint"));
        hint.addClassName("hint");
        diffTitle.setVisible(false);
        diff.setVisible(false);
        diff.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(hint, new HorizontalLayout(view, compare, restore), grid, diffTitle, diff);
        refresh();
    }

    void refresh() {
        grid.setItems(service.versions(scenarioId));
        grid.deselectAll();
        updateButtons(restore.isVisible());
        diffTitle.setVisible(false);
        diff.setVisible(false);
    }

    private void updateButtons(boolean canRestore) {
        int selected = grid.getSelectedItems().size();
        view.setEnabled(selected == 1);
        restore.setEnabled(canRestore && selected == 1);
        compare.setEnabled(selected == 2);
    }

    private java.util.Optional<ScenarioVersionSummary> selectedOne() {
        var selected = grid.getSelectedItems();
        return selected.size() == 1 ? selected.stream().findFirst() : java.util.Optional.empty();
    }

    private void showDiff() {
        List<ScenarioVersionSummary> two = grid.getSelectedItems().stream()
                .sorted(Comparator.comparingInt(ScenarioVersionSummary::revision))
                .toList();
        if (two.size() != 2) {
            return;
        }
        int from = two.get(0).revision();
        int to = two.get(1).revision();
        diffTitle.setText(getTranslation("scenario.history.diffTitle", from, to));
        diff.show(service.diff(scenarioId, from, to));
        diffTitle.setVisible(true);
        diff.setVisible(true);
    }

    private void confirmRestore(
            ScenarioVersionSummary version, BooleanSupplier hasUnsavedEdits, Consumer<ScenarioDetail> restored) {
        var dialog = new ConfirmDialog();
        dialog.addClassName("restore-confirm");
        dialog.setHeader(getTranslation("scenario.history.restoreTitle", version.revision()));
        dialog.setText(getTranslation(
                hasUnsavedEdits.getAsBoolean() ? "scenario.history.restoreTextUnsaved" : "scenario.history.restoreText",
                version.revision()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("scenario.action.cancel"));
        dialog.setConfirmText(getTranslation("scenario.history.restore"));
        dialog.addConfirmListener(e -> {
            ScenarioDetail detail = service.restore(
                    scenarioId,
                    version.revision(),
                    getTranslation("scenario.history.restoreComment", version.revision()));
            restored.accept(detail);
        });
        dialog.open();
    }

    private void openVersion(ScenarioVersionSummary summary) {
        ScenarioVersionDetail version = service.version(scenarioId, summary.revision());
        var dialog = new Dialog();
        dialog.addClassName("version-dialog");
        dialog.setHeaderTitle(getTranslation(
                "scenario.history.viewTitle",
                summary.revision(),
                summary.author(),
                Display.time(summary.createdAt(), getLocale())));
        dialog.setWidth("95vw");
        dialog.setHeight("90vh");
        var state = new EditorState(version.scenario());
        var settings = new SettingsForm(state.settings, () -> {});
        settings.setReadOnly(true);
        var industries = new IndustriesEditor(state, () -> {});
        industries.setReadOnly(true);
        var incentives = new IncentivesEditor(state, () -> {});
        incentives.setReadOnly(true);
        var tabs = new TabSheet();
        tabs.add(getTranslation("scenario.tab.settings"), settings);
        tabs.add(getTranslation("scenario.tab.industries"), industries);
        tabs.add(getTranslation("scenario.tab.incentives"), incentives);
        var results = new ResultsPanel();
        results.show(version.scenario(), ProjectionEngine.views(version.scenario()));
        var split = new SplitLayout(tabs, results);
        split.setSizeFull();
        split.setSplitterPosition(55);
        dialog.add(split);
        var close = new Button(getTranslation("scenario.action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }
}
