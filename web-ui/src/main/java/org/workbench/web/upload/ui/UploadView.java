package org.workbench.web.upload.ui;

import static org.workbench.web.security.Roles.ADMIN;
import static org.workbench.web.security.Roles.PLANNER;
import static org.workbench.web.security.Roles.STAFF;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.ProblemFormatter;
import org.workbench.importers.WorkbookExporter;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.Formats;
import org.workbench.web.scenario.ScenarioConflictException;
import org.workbench.web.scenario.ScenarioSummary;
import org.workbench.web.upload.AlreadyImportedException;
import org.workbench.web.upload.CommitResult;
import org.workbench.web.upload.FileTooLargeException;
import org.workbench.web.upload.ReceivedFile;
import org.workbench.web.upload.UploadHistoryEntry;
import org.workbench.web.upload.UploadPreview;
import org.workbench.web.upload.UploadProperties;
import org.workbench.web.upload.UploadService;

/**
 * Upload a scenario workbook, see what it would become, and commit it as a new scenario or a new version. Reading
 * runs on the upload executor; the view only shows progress and the result, pushed with {@code ui.access}.
 */
@Route("upload")
@Menu(order = 30, title = "upload.nav", icon = "vaadin:upload")
@RolesAllowed({ADMIN, PLANNER, STAFF})
class UploadView extends VerticalLayout implements HasDynamicTitle {
    static final String NEW_SCENARIO = "new";
    static final String NEW_VERSION = "version";

    private final UploadService service;
    private final long maxBytes;

    private final Upload upload;
    private final Div working = new Div();
    private final Span workingText = new Span();
    private final Div preview = new Div();
    private final Button commit = new Button();
    private final Checkbox importAgain = new Checkbox();
    private final RadioButtonGroup<String> target = new RadioButtonGroup<>();
    private final ComboBox<ScenarioSummary> scenario = new ComboBox<>();
    private final TextField comment = new TextField();

    private @Nullable ReceivedFile file;
    private @Nullable UploadPreview shown;
    private @Nullable CompletableFuture<UploadPreview> reading;
    private long receiveMillis;

    UploadView(UploadService service, UploadProperties properties) {
        this.service = service;
        this.maxBytes = properties.maxBytes();
        addClassName("upload-view");
        add(new H2(getTranslation("upload.title")));
        add(new Paragraph(getTranslation("upload.intro", Formats.decimals(maxBytes / 1048576.0, 0, getLocale()))));

        Locale locale = getLocale();
        String templateName = getTranslation("upload.template.fileName");
        var template = Downloads.link(
                Downloads.excel(() -> templateName, out -> WorkbookExporter.writeTemplate(locale, out)),
                getTranslation("upload.template"));
        template.addClassName("template-download");

        upload = new Upload(receiver());
        upload.addClassName("workbook-upload");
        upload.setId("workbook-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv", Downloads.XLSX, "application/vnd.ms-excel", "text/csv");
        var button = new Button(getTranslation("upload.choose"));
        upload.setUploadButton(button);
        upload.setDropLabel(new Span(getTranslation("upload.drop")));
        upload.addFileRejectedListener(e -> error(getTranslation("upload.refused.type", e.getFileName())));
        add(new HorizontalLayout(upload, template));

        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        var cancel = new Button(getTranslation("upload.cancel"), e -> cancel());
        cancel.addClassName("cancel-button");
        working.add(workingText, bar, cancel);
        working.addClassName("upload-working");
        working.setVisible(false);
        preview.addClassName("upload-preview");
        preview.setWidthFull();
        add(working, preview);

        target.setLabel(getTranslation("upload.target"));
        target.setItems(NEW_SCENARIO, NEW_VERSION);
        target.setItemLabelGenerator(value -> getTranslation("upload.target." + value));
        target.setValue(NEW_SCENARIO);
        target.addValueChangeListener(e -> updateCommitState());
        scenario.setLabel(getTranslation("upload.target.scenario"));
        scenario.setItemLabelGenerator(s -> getTranslation("upload.target.scenarioItem", s.name(), s.latestRevision()));
        scenario.setWidth("28em");
        scenario.addValueChangeListener(e -> updateCommitState());
        comment.setLabel(getTranslation("upload.comment"));
        comment.setWidth("28em");
        comment.setMaxLength(500);
        importAgain.setLabel(getTranslation("upload.duplicate.again"));
        importAgain.setId("upload-again");
        importAgain.addValueChangeListener(e -> updateCommitState());
        commit.setText(getTranslation("upload.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClassName("commit-button");
        commit.setId("upload-commit");
        commit.addClickListener(e -> commit());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        showIdle();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // Leaving the view ends whatever was in progress: the reading stops and the waiting file goes.
        stopReading();
        forgetFile();
        super.onDetach(event);
    }

    // ---- receiving

    private UploadHandler receiver() {
        return event -> {
            UI ui = event.getUI();
            if (event.getFileSize() > maxBytes) {
                event.reject(getTranslation("upload.refused.size"));
                ui.access(this::tooLarge);
                return;
            }
            long started = System.nanoTime();
            try {
                ReceivedFile received = service.receive(event.getInputStream(), event.getFileName());
                long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
                ui.access(() -> {
                    receiveMillis = took;
                    fileReceived(received);
                });
            } catch (FileTooLargeException tooLarge) {
                event.reject(getTranslation("upload.refused.size"));
                ui.access(this::tooLarge);
            }
        };
    }

    /** Starts reading a received file; the preview follows when the reading thread is done. */
    void fileReceived(ReceivedFile received) {
        stopReading();
        forgetFile();
        file = received;
        shown = null;
        // One file at a time: the list is emptied so that the next file can be chosen straight away.
        upload.clearFileList();
        preview.removeAll();
        workingText.setText(getTranslation("upload.reading", received.fileName()));
        working.setVisible(true);
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        CompletableFuture<UploadPreview> future = service.preview(
                received,
                rows -> ui.access(() -> workingText.setText(
                        getTranslation("upload.reading.rows", received.fileName(), Formats.count(rows, locale)))));
        reading = future;
        future.whenComplete((result, failure) -> ui.access(() -> {
            if (reading != future) {
                return;
            }
            reading = null;
            working.setVisible(false);
            if (failure == null) {
                showPreview(result);
            } else if (!(unwrap(failure) instanceof CancellationException)) {
                forgetFile();
                error(getTranslation("upload.failed"));
            }
        }));
    }

    // For tests: the view is a Spring bean behind a security proxy, so they reach its parts through methods.
    Button commitButton() {
        return commit;
    }

    Checkbox importAgainBox() {
        return importAgain;
    }

    RadioButtonGroup<String> targetGroup() {
        return target;
    }

    ComboBox<ScenarioSummary> scenarioBox() {
        return scenario;
    }

    /** The reading under way, for tests that wait for it. */
    @Nullable
    CompletableFuture<UploadPreview> reading() {
        return reading;
    }

    private void cancel() {
        stopReading();
        forgetFile();
        working.setVisible(false);
        showIdle();
        Notification.show(getTranslation("upload.cancelled"));
    }

    private void stopReading() {
        CompletableFuture<UploadPreview> running = reading;
        reading = null;
        if (running != null) {
            running.cancel(true);
        }
    }

    private void forgetFile() {
        ReceivedFile waiting = file;
        file = null;
        if (waiting != null) {
            service.discard(waiting);
        }
    }

    private void tooLarge() {
        error(getTranslation("upload.refused.size.detail", Formats.decimals(maxBytes / 1048576.0, 0, getLocale())));
    }

    // ---- preview

    private void showIdle() {
        preview.removeAll();
        var idle = new Paragraph(getTranslation("upload.idle"));
        idle.addClassName("upload-idle");
        preview.add(idle);
    }

    private void showPreview(UploadPreview result) {
        long started = System.nanoTime();
        shown = result;
        preview.removeAll();
        ReceivedFile received = result.file();
        var title = new H3(getTranslation("upload.preview.title", received.fileName()));
        var facts = new Span(getTranslation(
                "upload.preview.file",
                Formats.decimals(received.size() / 1024.0, 1, getLocale()),
                received.sha256().substring(0, 12)));
        facts.getElement().setAttribute("title", received.sha256());
        facts.addClassName("preview-file");
        preview.add(title, facts);

        result.scenario().ifPresent(s -> preview.add(settings(s)));
        ProjectionResult projection = result.projection();
        if (projection != null) {
            preview.add(new H3(getTranslation("upload.preview.kpis")), kpis(projection));
        }
        if (!result.problems().isEmpty()) {
            preview.add(problems(result));
        }
        if (result.canCommit()) {
            preview.add(commitForm(result));
        } else {
            var refused = new Paragraph(getTranslation("upload.rejected", result.errorCount()));
            refused.addClassNames("preview-rejected", "error-text");
            preview.add(refused);
            commit.setEnabled(false);
            file = null; // the service kept the original and deleted the temporary file
        }
        long renderMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        var timings = new Span(getTranslation(
                "upload.preview.timings", receiveMillis, result.parseTime().toMillis(), renderMillis));
        timings.addClassName("preview-timings");
        preview.add(timings);
    }

    private Div settings(Scenario scenario) {
        ScenarioSettings s = scenario.settings();
        Locale locale = getLocale();
        var box = new Div();
        box.addClassName("preview-settings");
        box.add(fact("upload.preview.name", s.name(), "preview-name"));
        box.add(fact("upload.preview.city", s.city() == null ? "—" : s.city(), "preview-city"));
        box.add(fact("upload.preview.years", s.firstYear() + "–" + s.lastYear(), "preview-years"));
        box.add(fact("upload.preview.discountRate", Formats.percent(s.discountRate(), locale), "preview-discount"));
        box.add(fact(
                "upload.preview.householdSize", Formats.decimals(s.householdSize(), 2, locale), "preview-household"));
        box.add(fact("upload.preview.inMigrantShare", Formats.percent(s.inMigrantShare(), locale), "preview-migrants"));
        box.add(fact(
                "upload.preview.serviceCost", Formats.money(s.serviceCostPerResident(), locale), "preview-service"));
        box.add(fact("upload.preview.currency", s.currency(), "preview-currency"));
        box.add(fact(
                "upload.preview.industries",
                Formats.count(scenario.industries().size(), locale),
                "preview-industries"));
        box.add(fact(
                "upload.preview.incentives",
                Formats.count(scenario.incentives().size(), locale),
                "preview-incentives"));
        return box;
    }

    private Div fact(String labelKey, String value, String className) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var fact = new Div(label, text);
        fact.addClassNames("preview-fact", className);
        return fact;
    }

    private Grid<Kpi> kpis(ProjectionResult projection) {
        Locale locale = getLocale();
        var grid = new Grid<Kpi>();
        grid.addClassName("preview-kpis");
        grid.addColumn(kpi -> getTranslation(kpi.labelKey()))
                .setHeader(getTranslation("upload.kpi.name"))
                .setFlexGrow(2);
        grid.addColumn(kpi -> Formats.kpi(kpi.unit(), projection.kpi(kpi), locale))
                .setHeader(getTranslation("upload.kpi.value"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(Kpi.values());
        grid.setAllRowsVisible(true);
        grid.setWidth("40em");
        return grid;
    }

    private Div problems(UploadPreview result) {
        Locale locale = getLocale();
        var box = new Div();
        box.addClassName("preview-problems");
        box.add(new H3(getTranslation("upload.problems.title", result.errorCount(), result.warningCount())));
        var grid = new Grid<ImportProblem>();
        grid.addClassName("problem-grid");
        grid.addColumn(p -> getTranslation("severity." + p.severity().name()))
                .setHeader(getTranslation("upload.problems.severity"))
                .setAutoWidth(true)
                .setPartNameGenerator(p -> p.isError() ? "problem-error" : "problem-warning");
        grid.addColumn(ImportProblem::location)
                .setHeader(getTranslation("upload.problems.cell"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.header() == null ? "" : p.header())
                .setHeader(getTranslation("upload.problems.header"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.found() == null ? "" : p.found())
                .setHeader(getTranslation("upload.problems.found"))
                .setAutoWidth(true);
        grid.addColumn(p -> ProblemFormatter.message(p, locale))
                .setHeader(getTranslation("upload.problems.message"))
                .setFlexGrow(3);
        grid.addColumn(p -> {
                    String expected = ProblemFormatter.expected(p, locale);
                    return expected == null ? "" : expected;
                })
                .setHeader(getTranslation("upload.problems.expected"))
                .setFlexGrow(2);
        List<ImportProblem> all = result.problems();
        grid.setItems(all);
        grid.setAllRowsVisible(all.size() <= 12);
        grid.setWidthFull();
        String problemsName = getTranslation("upload.problems.fileName");
        var download = Downloads.link(
                Downloads.excel(() -> problemsName, out -> WorkbookExporter.writeProblems(all, locale, out)),
                getTranslation("upload.problems.download"));
        download.addClassName("problems-download");
        box.add(grid, download);
        return box;
    }

    private Div commitForm(UploadPreview result) {
        var box = new Div();
        box.addClassName("commit-form");
        List<UploadHistoryEntry> earlier = result.earlierCommits();
        if (!earlier.isEmpty()) {
            var notice = new Div();
            notice.addClassName("duplicate-notice");
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(getLocale())
                    .withZone(ZoneId.systemDefault());
            for (UploadHistoryEntry e : earlier) {
                notice.add(new Paragraph(getTranslation(
                        "upload.duplicate",
                        e.fileName(),
                        when.format(e.uploadedAt()),
                        e.uploadedBy(),
                        String.valueOf(e.scenarioName()),
                        String.valueOf(e.scenarioRevision()))));
            }
            importAgain.setValue(false);
            notice.add(importAgain);
            box.add(notice);
        }
        List<ScenarioSummary> targets = service.targets();
        scenario.setItems(targets);
        scenario.clear();
        target.setValue(NEW_SCENARIO);
        target.setItemEnabledProvider(value -> NEW_SCENARIO.equals(value) || !targets.isEmpty());
        comment.clear();
        box.add(target, scenario, comment, commit);
        updateCommitState();
        return box;
    }

    private void updateCommitState() {
        UploadPreview current = shown;
        boolean ready = current != null && current.canCommit() && file != null;
        if (ready && !current.earlierCommits().isEmpty() && !importAgain.getValue()) {
            ready = false;
        }
        boolean asVersion = NEW_VERSION.equals(target.getValue());
        scenario.setVisible(asVersion);
        if (asVersion && scenario.getValue() == null) {
            ready = false;
        }
        commit.setEnabled(ready);
    }

    // ---- commit

    private void commit() {
        UploadPreview current = shown;
        if (current == null || file == null) {
            return;
        }
        boolean asVersion = NEW_VERSION.equals(target.getValue());
        ScenarioSummary chosen = scenario.getValue();
        if (asVersion && chosen == null) {
            return;
        }
        String note = comment.getValue();
        boolean again = importAgain.getValue();
        commit.setEnabled(false);
        workingText.setText(getTranslation("upload.committing", current.file().fileName()));
        working.setVisible(true);
        UI ui = UI.getCurrent();
        long started = System.nanoTime();
        // A scenario of tens of thousands of incentives takes seconds to store: not on the UI thread.
        service.inBackground(() -> asVersion && chosen != null
                        ? service.commitAsVersion(current, chosen.id(), chosen.version(), note, again)
                        : service.commitAsNew(current, note, again))
                .whenComplete((result, failure) -> ui.access(() -> {
                    working.setVisible(false);
                    if (failure == null) {
                        committed(
                                result,
                                Duration.ofNanos(System.nanoTime() - started).toMillis());
                    } else {
                        commitFailed(unwrap(failure));
                    }
                }));
    }

    private void committed(CommitResult result, long millis) {
        forgetFile();
        shown = null;
        preview.removeAll();
        String text = getTranslation("upload.committed", result.scenarioName(), result.revision());
        var done = new Paragraph(text);
        done.addClassName("commit-done");
        done.setId("upload-done");
        var timing = new Span(getTranslation("upload.committed.timing", millis));
        timing.addClassName("commit-timing");
        preview.add(done, timing, new Anchor("upload/history", getTranslation("upload.history.link")));
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        upload.clearFileList();
    }

    private void commitFailed(Throwable failure) {
        updateCommitState();
        if (failure instanceof AlreadyImportedException) {
            error(getTranslation("upload.duplicate.refused"));
        } else if (failure instanceof ScenarioConflictException) {
            error(getTranslation("upload.conflict"));
        } else if (failure instanceof AccessDeniedException) {
            error(getTranslation("upload.denied"));
        } else {
            error(getTranslation("upload.commit.failed"));
        }
    }

    private void error(String text) {
        var note = Notification.show(text, 8000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        note.addClassName("upload-error");
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
