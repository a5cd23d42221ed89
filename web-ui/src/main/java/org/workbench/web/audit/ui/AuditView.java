package org.workbench.web.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditChainCheck;
import org.workbench.web.audit.AuditEntry;
import org.workbench.web.audit.AuditFilter;
import org.workbench.web.audit.AuditLogService;
import org.workbench.web.base.Roles;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.UserTimeZone;

/** Admins read the audit log, filtered by user, action and time range, and export it to Excel. */
@Route("admin/audit")
@Menu(order = 91, title = "nav.admin.audit", icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final AuditLogService auditLog;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>();
    private final DateTimePicker from = new DateTimePicker();
    private final DateTimePicker to = new DateTimePicker();
    private final Span count = new Span();
    private final Span zoneLabel = new Span();
    private final ZoneId zone = UserTimeZone.current();
    private volatile AuditFilter currentFilter = AuditFilter.ALL;
    private final Locale exportLocale;
    private final Span chainStatus = new Span();

    AuditView(AuditLogService auditLog) {
        this.auditLog = auditLog;
        this.exportLocale = getLocale();
        addClassName("audit-view");
        setSizeFull();

        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.addClassName("filter-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.addValueChangeListener(e -> refresh());
        actions.setLabel(getTranslation("audit.filter.actions"));
        actions.addClassName("filter-actions");
        actions.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(this::actionText))
                .toList());
        actions.setItemLabelGenerator(this::actionText);
        actions.setWidth("20rem");
        actions.addValueChangeListener(e -> refresh());
        from.setLabel(getTranslation("audit.filter.from"));
        from.addClassName("filter-from");
        from.addValueChangeListener(e -> refresh());
        to.setLabel(getTranslation("audit.filter.to"));
        to.addClassName("filter-to");
        to.addValueChangeListener(e -> refresh());
        var clear = new Button(getTranslation("audit.filter.clear"), e -> {
            actor.clear();
            actions.clear();
            from.clear();
            to.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var exportButton = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var export = new Anchor(excelDownload(), "");
        export.add(exportButton);
        export.addClassName("audit-export");

        var verify = new Button(getTranslation("audit.chain.verify"), e -> verifyChain());
        verify.addClassName("audit-verify");
        var filters = new HorizontalLayout(actor, actions, from, to, clear, export, verify);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        count.addClassName("audit-count");
        zoneLabel.addClassName("audit-zone");
        var status = new HorizontalLayout(count, zoneLabel);

        configureGrid();
        chainStatus.addClassName("audit-chain-status");
        add(new H2(getTranslation("audit.title")), filters, status, chainStatus, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addColumn(entry -> UserTimeZone.exact(entry.occurredAt()))
                .setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> actionText(entry.action()))
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::target)
                .setHeader(getTranslation("audit.column.target"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.details().entrySet().stream()
                        .map(detail -> detail.getKey() + ": " + detail.getValue())
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(1);
        grid.addColumn(entry -> entry.clientAddress() == null ? "" : entry.clientAddress())
                .setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private @Nullable AuditFilter filter() {
        Instant start = instant(from.getValue());
        Instant end = instant(to.getValue());
        if (start != null && end != null && end.isBefore(start)) {
            return null;
        }
        return new AuditFilter(actor.getValue(), actions.getValue(), start, end);
    }

    private @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private void refresh() {
        AuditFilter filter = filter();
        zoneLabel.setText(getTranslation("audit.zone", zone.getId()));
        if (filter == null) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("audit.filter.invalid-range"));
            return;
        }
        to.setInvalid(false);
        currentFilter = filter;
        grid.setItems(
                query -> auditLog.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> auditLog.count(filter));
        count.setText(getTranslation("audit.count", auditLog.count(filter)));
    }

    private DownloadHandler excelDownload() {
        // Runs in the download's own request: it reads what the last refresh left, not the components.
        return DownloadHandler.fromInputStream(event -> {
            AuditFilter filter = currentFilter;
            ZoneId exportZone = zone;
            Locale locale = exportLocale;
            return Downloads.excel(
                    "audit-" + FILE_TIME.format(LocalDateTime.now(exportZone)) + ".xlsx",
                    out -> auditLog.exportExcel(filter, exportZone, key -> getTranslation(locale, key), out));
        });
    }

    private String actionText(AuditAction action) {
        return getTranslation("audit.action." + action.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }

    private void verifyChain() {
        AuditChainCheck check = auditLog.verifyChain();
        if (check.intact()) {
            chainStatus.setText(getTranslation("audit.chain.intact", check.checked()));
        } else if (check.brokenAt() != null) {
            chainStatus.setText(getTranslation("audit.chain.broken", check.brokenAt()));
        } else {
            chainStatus.setText(getTranslation("audit.chain.tail", check.checked()));
        }
    }
}
