package org.workbench.web.upload.ui;

import static org.workbench.web.base.Roles.ADMIN;
import static org.workbench.web.base.Roles.PLANNER;
import static org.workbench.web.base.Roles.STAFF;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Files;
import java.util.Locale;
import org.workbench.web.base.Formats;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.UserTimeZone;
import org.workbench.web.upload.UploadHistoryEntry;
import org.workbench.web.upload.UploadOutcome;
import org.workbench.web.upload.UploadService;

/** Every upload: who, when, which file, and where it went; the original for those allowed to have it. */
@Route("upload/history")
@Menu(order = 31, title = "upload.history.nav", icon = "vaadin:archive")
@RolesAllowed({ADMIN, PLANNER, STAFF})
class UploadHistoryView extends VerticalLayout implements HasDynamicTitle {
    private final UploadService service;
    final Grid<UploadHistoryEntry> grid = new Grid<>();

    UploadHistoryView(UploadService service) {
        this.service = service;
        addClassName("upload-history-view");
        setSizeFull();
        Locale locale = getLocale();
        grid.addClassName("upload-history");
        // Long file and scenario names and the "removed" note wrap instead of pushing the last columns out of sight.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> UserTimeZone.dateTime(e.uploadedAt(), locale))
                .setHeader(getTranslation("upload.history.when"))
                .setAutoWidth(true);
        grid.addColumn(UploadHistoryEntry::uploadedBy)
                .setHeader(getTranslation("upload.history.who"))
                .setAutoWidth(true);
        grid.addColumn(UploadHistoryEntry::fileName)
                .setHeader(getTranslation("upload.history.file"))
                .setTooltipGenerator(UploadHistoryEntry::fileName)
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(e -> Formats.fileSize(e.size(), locale))
                .setHeader(getTranslation("upload.history.size"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> {
                    var hash = new Span(e.sha256().substring(0, 12));
                    hash.getElement().setAttribute("title", e.sha256());
                    return hash;
                })
                .setHeader(getTranslation("upload.history.hash"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::result)
                .setHeader(getTranslation("upload.history.result"))
                .setTooltipGenerator(this::outcome)
                .setWidth("16rem")
                .setFlexGrow(3)
                .setPartNameGenerator(e -> e.outcome() == UploadOutcome.COMMITTED ? "committed" : "rejected");
        grid.addComponentColumn(this::download)
                .setHeader(getTranslation("upload.history.original"))
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.setItems(service.history());
        grid.setSizeFull();
        add(new H2(getTranslation("upload.history.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.history.title");
    }

    private String outcome(UploadHistoryEntry e) {
        return e.outcome() == UploadOutcome.COMMITTED
                ? getTranslation("upload.history.committed", String.valueOf(e.scenarioName()), e.scenarioRevision())
                : getTranslation("upload.history.rejected", e.errorCount());
    }

    /** A committed upload links to the scenario it went into (the editor says so if it was deleted since). */
    private Component result(UploadHistoryEntry e) {
        if (e.outcome() == UploadOutcome.COMMITTED && e.scenarioId() != null) {
            var link = ScenarioLinks.to(e.scenarioId(), outcome(e));
            link.addClassName("history-scenario-link");
            return link;
        }
        var text = new Span(outcome(e));
        text.addClassName("history-outcome");
        return text;
    }

    private Component download(UploadHistoryEntry e) {
        if (e.originalRemovedAt() != null) {
            var removed = new Span(getTranslation("upload.history.removed"));
            removed.addClassName("original-removed");
            removed.getElement().setAttribute("title", UserTimeZone.dateTime(e.originalRemovedAt(), getLocale()));
            return removed;
        }
        if (!e.canDownload()) {
            return new Span();
        }
        long id = e.id();
        var link = Downloads.link(
                DownloadHandler.fromInputStream(event -> service.original(id)
                        .map(original -> {
                            try {
                                return new com.vaadin.flow.server.streams.DownloadResponse(
                                        Files.newInputStream(original.path()),
                                        original.fileName(),
                                        "application/octet-stream",
                                        original.size());
                            } catch (java.io.IOException failure) {
                                return com.vaadin.flow.server.streams.DownloadResponse.error(500, failure);
                            }
                        })
                        .orElseGet(() -> com.vaadin.flow.server.streams.DownloadResponse.error(404))),
                getTranslation("upload.history.download"));
        link.addClassName("original-download");
        return link;
    }
}
