package org.workbench.web.multiplier.ui;

import static org.workbench.web.base.Roles.ADMIN;
import static org.workbench.web.base.Roles.PLANNER;
import static org.workbench.web.base.Roles.REVIEWER;
import static org.workbench.web.base.Roles.STAFF;
import static org.workbench.web.base.Roles.VIEWER;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.Locale;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.ProblemGrid;
import org.workbench.web.base.ui.UserTimeZone;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.multiplier.SetSummary;
import org.workbench.web.multiplier.SetUpload;

/** The stored multiplier sets, newest vintage first per name, and (for those who may) the upload of a new one. */
@Route("multipliers")
@Menu(order = 35, title = "multiplier.nav", icon = "vaadin:connect")
@RolesAllowed({ADMIN, PLANNER, STAFF, VIEWER, REVIEWER})
class MultiplierSetsView extends VerticalLayout implements HasDynamicTitle {
    private final MultiplierService service;
    final Grid<SetSummary> grid = new Grid<>();
    final Div outcome = new Div();

    MultiplierSetsView(MultiplierService service) {
        this.service = service;
        addClassName("multiplier-sets-view");
        setSizeFull();
        Locale locale = getLocale();
        add(new H2(getTranslation("multiplier.sets.title")), new Paragraph(getTranslation("multiplier.sets.intro")));
        if (service.canUpload()) {
            var upload = new Upload(receiver());
            upload.addClassName("table-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxBytes()));
            upload.setAcceptedFileTypes(".xlsx", ".xls", Downloads.XLSX, "application/vnd.ms-excel");
            upload.setUploadButton(new Button(getTranslation("multiplier.upload.choose")));
            upload.setDropLabel(new Span(getTranslation("multiplier.upload.drop")));
            upload.addFileRejectedListener(
                    e -> show(getTranslation("multiplier.upload.type", e.getFileName()), "upload-refused"));
            add(upload);
        }
        outcome.addClassName("upload-outcome");
        add(outcome);

        grid.addClassName("multiplier-sets");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SetSummary::name)
                .setHeader(getTranslation("multiplier.sets.name"))
                .setFlexGrow(2);
        grid.addColumn(SetSummary::vintage)
                .setHeader(getTranslation("multiplier.sets.vintage"))
                .setAutoWidth(true);
        grid.addColumn(SetSummary::source)
                .setHeader(getTranslation("multiplier.sets.source"))
                .setFlexGrow(3);
        grid.addColumn(SetSummary::sectors)
                .setHeader(getTranslation("multiplier.sets.sectors"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.regional() ? "multiplier.sets.regional" : "multiplier.sets.national"))
                .setHeader(getTranslation("multiplier.sets.kind"))
                .setAutoWidth(true);
        grid.addColumn(SetSummary::uploadedBy)
                .setHeader(getTranslation("multiplier.sets.uploadedBy"))
                .setAutoWidth(true);
        grid.addColumn(s -> UserTimeZone.dateTime(s.uploadedAt(), locale))
                .setHeader(getTranslation("multiplier.sets.uploadedAt"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("multiplier.sets.title");
    }

    // Views are proxied by method security, so tests reach their parts through methods, not fields.
    Grid<SetSummary> grid() {
        return grid;
    }

    private void refresh() {
        grid.setItems(service.list());
    }

    private static void open(long id) {
        UI.getCurrent().navigate(MultiplierSetView.class, new RouteParameters("id", String.valueOf(id)));
    }

    private UploadHandler receiver() {
        return event -> {
            UI ui = event.getUI();
            SetUpload result;
            try {
                result = service.upload(event.getInputStream(), event.getFileName());
            } catch (IOException failure) {
                ui.access(() -> show(getTranslation("multiplier.upload.failed"), "upload-refused"));
                return;
            }
            ui.access(() -> show(result));
        };
    }

    /** Shows what became of an upload; a stored set joins the list. */
    void show(SetUpload result) {
        outcome.removeAll();
        switch (result) {
            case SetUpload.Stored stored -> {
                SetSummary set = stored.set();
                var done = new Paragraph(
                        getTranslation("multiplier.upload.stored", set.name(), set.vintage(), set.sectors()));
                done.addClassName("upload-stored");
                var view = new Button(getTranslation("multiplier.upload.open"), e -> open(set.id()));
                view.addClassName("open-set");
                outcome.add(done, view);
                refresh();
            }
            case SetUpload.Refused refused -> {
                show(
                        getTranslation(
                                "multiplier.upload.refused", refused.problems().size()),
                        "upload-refused");
                outcome.add(ProblemGrid.of(refused.problems(), getLocale(), this::getTranslation));
            }
            case SetUpload.Duplicate duplicate ->
                show(
                        getTranslation("multiplier.upload.duplicate", duplicate.name(), duplicate.vintage()),
                        "upload-refused");
            case SetUpload.TooLarge tooLarge ->
                show(
                        getTranslation("multiplier.upload.tooLarge", tooLarge.maxBytes() / (1024 * 1024)),
                        "upload-refused");
        }
    }

    private void show(String text, String className) {
        outcome.removeAll();
        var line = new Paragraph(text);
        line.addClassName(className);
        outcome.add(line);
    }
}
