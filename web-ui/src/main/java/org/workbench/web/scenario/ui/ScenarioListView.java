package org.workbench.web.scenario.ui;

import static org.workbench.web.base.Roles.ADMIN;
import static org.workbench.web.base.Roles.PLANNER;
import static org.workbench.web.base.Roles.REVIEWER;
import static org.workbench.web.base.Roles.STAFF;
import static org.workbench.web.base.Roles.VIEWER;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Scenario;
import org.workbench.web.base.Formats;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioSort;
import org.workbench.web.scenario.ScenarioStatus;
import org.workbench.web.scenario.ScenarioSummary;

/** All scenarios, searchable and sortable, with what can be done to one or several of them. */
@Route("scenarios")
@Menu(order = 10, title = "nav.scenarios", icon = "vaadin:folder-open")
@RolesAllowed({ADMIN, PLANNER, STAFF, VIEWER, REVIEWER})
@StyleSheet("styles/scenario.css")
class ScenarioListView extends VerticalLayout implements HasDynamicTitle {
    private final ScenarioService service;
    private final Clock clock;
    private final String currentUser;
    private final Grid<ScenarioSummary> grid = new Grid<>(ScenarioSummary.class, false);
    private final TextField search = new TextField();
    private final MultiSelectComboBox<ScenarioStatus> statuses = new MultiSelectComboBox<>();
    private final Checkbox mine = new Checkbox();
    private final Button open = action("open", VaadinIcon.EDIT);
    private final Button duplicate = action("duplicate", VaadinIcon.COPY);
    private final Button rename = action("rename", VaadinIcon.PENCIL);
    private final Button archive = action("archive", VaadinIcon.ARCHIVE);
    private final Button unarchive = action("unarchive", VaadinIcon.ARROW_BACKWARD);
    private final Button delete = action("delete", VaadinIcon.TRASH);
    private final Button compare = action("compare", VaadinIcon.SPLIT_H);
    private final ExportLink export;
    // Written on selection, read by the download request, which runs outside the UI's lock.
    private volatile ExportLink.@Nullable Target exportTarget;

    ScenarioListView(ScenarioService service, Clock clock, AuthenticationContext authentication) {
        this.service = service;
        this.clock = clock;
        this.currentUser = authentication.getPrincipalName().orElse("");
        addClassName("scenario-list");
        setSizeFull();

        var title = new H2(getTranslation("scenario.list.title"));
        var create = new Button(getTranslation("scenario.action.new"), VaadinIcon.PLUS.create(), e -> openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("action-new");
        create.setVisible(service.canCreate());
        var head = new HorizontalLayout(title, create);
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.CENTER);

        search.setPlaceholder(getTranslation("scenario.list.search"));
        search.setAriaLabel(getTranslation("scenario.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addClassName("scenario-search");
        search.addValueChangeListener(e -> refresh());
        statuses.setItems(ScenarioStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("scenario.status." + s.name()));
        statuses.setPlaceholder(getTranslation("scenario.list.allStatuses"));
        statuses.setAriaLabel(getTranslation("scenario.list.status"));
        statuses.setValue(ScenarioQuery.ACTIVE);
        statuses.addClassName("status-filter");
        statuses.setWidth("20rem");
        statuses.addValueChangeListener(e -> refresh());
        mine.setLabel(getTranslation("scenario.list.mine"));
        mine.addClassName("mine-filter");
        mine.addValueChangeListener(e -> refresh());
        // Viewers own nothing: the filter would only ever show an empty list.
        mine.setVisible(service.canCreate());
        var filters = new HorizontalLayout(search, statuses, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filters");

        open.addClickListener(e -> single().ifPresent(this::openEditor));
        duplicate.addClickListener(e -> single().ifPresent(this::duplicate));
        rename.addClickListener(e -> single().ifPresent(this::rename));
        archive.addClickListener(e -> single().ifPresent(this::confirmArchive));
        unarchive.addClickListener(e -> single().ifPresent(this::unarchive));
        delete.addClickListener(e -> single().ifPresent(this::confirmDelete));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        compare.addClickListener(e -> compareSelected());
        export = new ExportLink(service, () -> exportTarget);
        var actions = new HorizontalLayout(open, duplicate, rename, archive, unarchive, delete, export, compare);
        actions.addClassName("list-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");

        // What the role can never do is not shown; what it cannot do to the selected scenario is disabled.
        boolean writes = service.canCreate();
        duplicate.setVisible(writes);
        rename.setVisible(writes);
        delete.setVisible(writes);
        boolean decides = service.canChangeStatuses();
        archive.setVisible(decides);
        unarchive.setVisible(decides);

        configureGrid();
        add(head, filters, actions, grid);
        setFlexGrow(1, grid);
        updateActions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenario.list.page-title");
    }

    private void configureGrid() {
        grid.addClassName("scenario-grid-list");
        grid.setId("scenario-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addComponentColumn(s -> {
                    var link = new RouterLink(
                            s.name(), ScenarioEditorView.class, new RouteParameters("id", String.valueOf(s.id())));
                    link.addClassName("scenario-link");
                    return link;
                })
                .setHeader(getTranslation("field.settings.name"))
                .setSortProperty(ScenarioSort.NAME.property())
                .setKey("name")
                .setTooltipGenerator(ScenarioSummary::name)
                .setWidth("12rem")
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(s -> s.city() == null ? "" : s.city())
                .setHeader(getTranslation("field.settings.city"))
                .setSortProperty(ScenarioSort.CITY.property())
                .setKey("city")
                .setTooltipGenerator(s -> s.city() == null ? "" : s.city())
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(ScenarioSummary::owner)
                .setHeader(getTranslation("scenario.list.owner"))
                .setSortProperty(ScenarioSort.OWNER.property())
                .setKey("owner")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(s -> ReviewBadge.of(this, s))
                .setHeader(getTranslation("scenario.list.status"))
                .setSortProperty(ScenarioSort.STATUS.property())
                .setKey("status")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(s -> Display.years(s.baseYear(), s.horizonYears()))
                .setHeader(getTranslation("scenario.list.years"))
                .setSortProperty(ScenarioSort.BASE_YEAR.property(), ScenarioSort.HORIZON_YEARS.property())
                .setKey("years")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(s -> Display.shortTime(s.updatedAt(), getLocale()) + " · " + s.updatedBy())
                .setHeader(getTranslation("scenario.list.updated"))
                .setSortProperty(ScenarioSort.UPDATED_AT.property())
                .setKey("updatedAt")
                .setAutoWidth(true);
        grid.addColumn(s -> s.netJobsFinal() == null ? "—" : Formats.count(s.netJobsFinal(), getLocale()))
                .setHeader(getTranslation("kpi.netJobsFinal"))
                .setSortProperty(ScenarioSort.NET_JOBS_FINAL.property())
                .setKey("netJobsFinal")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(s -> s.npv() == null ? "—" : Formats.money(s.npv(), getLocale()))
                .setHeader(getTranslation("kpi.npv"))
                .setSortProperty(ScenarioSort.NPV.property())
                .setKey("npv")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.setItems(
                query -> service.list(currentQuery(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(currentQuery()));
        grid.addSelectionListener(e -> updateActions());
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        grid.setEmptyStateText(getTranslation("scenario.list.empty"));
    }

    private ScenarioQuery currentQuery() {
        return new ScenarioQuery(search.getValue(), statuses.getValue(), mine.getValue() ? currentUser : null);
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateActions();
    }

    private Button action(String key, VaadinIcon icon) {
        var button = new Button(getTranslation("scenario.action." + key), icon.create());
        button.addClassName("action-" + key);
        return button;
    }

    private java.util.Optional<ScenarioSummary> single() {
        Set<ScenarioSummary> selected = grid.getSelectedItems();
        return selected.size() == 1 ? selected.stream().findFirst() : java.util.Optional.empty();
    }

    private void updateActions() {
        Set<ScenarioSummary> selected = grid.getSelectedItems();
        var one = selected.size() == 1 ? selected.iterator().next() : null;
        open.setEnabled(one != null);
        duplicate.setEnabled(one != null && service.canCreate());
        rename.setEnabled(one != null && service.canEdit(one.id()));
        boolean status = one != null && service.canChangeStatus(one.id());
        archive.setEnabled(status && one.status() != ScenarioStatus.ARCHIVED);
        unarchive.setEnabled(status && one.status() == ScenarioStatus.ARCHIVED);
        delete.setEnabled(one != null && service.canDelete(one.id()));
        compare.setEnabled(selected.size() >= 2);
        exportTarget = one == null ? null : new ExportLink.Target(one.id(), one.name());
        export.setEnabled(one != null);
    }

    private void openNew() {
        new NewScenarioDialog(clock, this::create).open();
    }

    private void create(Scenario scenario) {
        ScenarioDetail created = service.create(scenario, null);
        openEditor(created.id());
    }

    private void openEditor(ScenarioSummary summary) {
        openEditor(summary.id());
    }

    private void openEditor(long id) {
        UI.getCurrent().navigate(ScenarioEditorView.class, new RouteParameters("id", String.valueOf(id)));
    }

    private void duplicate(ScenarioSummary summary) {
        ScenarioDetail copy = service.duplicate(summary.id(), getTranslation("scenario.copyName", summary.name()));
        refresh();
        notify(getTranslation("scenario.copySaved", copy.name()));
    }

    private void rename(ScenarioSummary summary) {
        var dialog = new Dialog();
        dialog.addClassName("rename-dialog");
        dialog.setHeaderTitle(getTranslation("scenario.action.rename"));
        var name = new TextField(getTranslation("field.settings.name"));
        name.setValue(summary.name());
        name.setWidth("24rem");
        dialog.add(name);
        var ok = new Button(getTranslation("scenario.action.rename"), e -> {
            try {
                ScenarioDetail renamed =
                        service.rename(new ScenarioId(summary.id()), summary.version(), name.getValue());
                dialog.close();
                refresh();
                notify(getTranslation("scenario.renamed", summary.name(), renamed.name()));
            } catch (org.workbench.domain.ScenarioInvalidException invalid) {
                name.setInvalid(true);
                name.setErrorMessage(invalid.problems().stream()
                        .map(p -> getTranslation(p.messageKey(), p.args().toArray()))
                        .collect(Collectors.joining("; ")));
            } catch (org.workbench.web.scenario.ScenarioConflictException conflict) {
                dialog.close();
                refresh();
                notify(getTranslation(
                        "scenario.list.changedMeanwhile", conflict.current().updatedBy()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("scenario.action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    private void confirmArchive(ScenarioSummary summary) {
        var dialog = new ConfirmDialog();
        dialog.addClassName("archive-confirm");
        dialog.setHeader(getTranslation("scenario.archive.title"));
        dialog.setText(getTranslation("scenario.archive.text", summary.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("scenario.action.cancel"));
        dialog.setConfirmText(getTranslation("scenario.action.archive"));
        dialog.addConfirmListener(e -> archive(summary));
        dialog.open();
    }

    private void archive(ScenarioSummary summary) {
        service.archive(summary.id());
        refresh();
        var note = new Notification();
        note.addClassName("archived-note");
        note.setDuration(10_000);
        note.setPosition(Notification.Position.BOTTOM_START);
        note.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        // Back to what it was before, final or draft; the service audits it like any change of status.
        var undo = new Button(getTranslation("scenario.archive.undo"), e -> {
            note.close();
            service.changeStatus(summary.id(), summary.status());
            refresh();
            notify(getTranslation("scenario.archive.undone", summary.name()));
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.addClassName("undo-archive");
        var text = new Span(getTranslation("scenario.archive.done", summary.name()));
        var line = new HorizontalLayout(text, undo);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        note.add(line);
        note.open();
    }

    private void unarchive(ScenarioSummary summary) {
        service.unarchive(summary.id());
        refresh();
        notify(getTranslation("scenario.archive.undone", summary.name()));
    }

    private void confirmDelete(ScenarioSummary summary) {
        var dialog = new ConfirmDialog();
        dialog.addClassName("delete-confirm");
        dialog.setHeader(getTranslation("scenario.delete.title"));
        dialog.setText(getTranslation("scenario.delete.text", summary.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("scenario.action.cancel"));
        dialog.setConfirmText(getTranslation("scenario.action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            service.delete(summary.id());
            refresh();
        });
        dialog.open();
    }

    private void compareSelected() {
        List<Long> ids =
                grid.getSelectedItems().stream().map(ScenarioSummary::id).toList();
        if (ids.size() < 2) {
            return;
        }
        String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        UI.getCurrent()
                .navigate(
                        "compare",
                        QueryParameters.simple(Map.of("ids", joined, "base", String.valueOf(ids.getFirst()))));
    }

    private void notify(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
