package org.workbench.web.upload.ui;

import static org.workbench.web.base.Roles.ADMIN;
import static org.workbench.web.base.Roles.PLANNER;
import static org.workbench.web.base.Roles.STAFF;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.workbench.importers.WorkbookExporter;
import org.workbench.web.base.Formats;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.scenario.ScenarioConflictException;
import org.workbench.web.scenario.ScenarioSummary;
import org.workbench.web.upload.AlreadyImportedException;
import org.workbench.web.upload.CommitResult;
import org.workbench.web.upload.FileTooLargeException;
import org.workbench.web.upload.ReceivedFile;
import org.workbench.web.upload.UploadPreview;
import org.workbench.web.upload.UploadProperties;
import org.workbench.web.upload.UploadQueueFullException;
import org.workbench.web.upload.UploadQuotaExceededException;
import org.workbench.web.upload.UploadService;

/**
 * Upload a scenario workbook, see what it would become, and commit it as a new scenario or a new version. Reading
 * runs on the upload executor; the view only shows progress and the result, pushed with {@code ui.access}.
 */
@Route("upload")
@Menu(order = 30, title = "upload.nav", icon = "vaadin:upload")
@RolesAllowed({ADMIN, PLANNER, STAFF})
class UploadView extends VerticalLayout implements HasDynamicTitle {
    private final UploadService service;
    private final long maxBytes;

    private final Upload upload;
    private final Div working = new Div();
    private final Span workingText = new Span();
    final PreviewPanel preview = new PreviewPanel();
    final CommitForm commitForm;

    private @Nullable ReceivedFile file;
    private @Nullable UploadPreview shown;
    /** The reading under way, if any; tests wait for it to end. */
    @Nullable
    CompletableFuture<UploadPreview> reading;

    private long receiveMillis;

    UploadView(UploadService service, UploadProperties properties) {
        this.service = service;
        this.maxBytes = properties.maxBytes();
        this.commitForm = new CommitForm(() -> file != null, this::commit);
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
        upload.setId("workbook-upload");
        upload.addClassName("workbook-upload");
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
        add(working, preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        preview.showIdle();
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
            } catch (UploadQuotaExceededException full) {
                event.reject(getTranslation("upload.refused.quota.short"));
                ui.access(() -> quotaFull(full));
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
        CompletableFuture<UploadPreview> future;
        try {
            future = service.preview(
                    received,
                    rows -> ui.access(() -> workingText.setText(
                            getTranslation("upload.reading.rows", received.fileName(), Formats.count(rows, locale)))));
        } catch (UploadQueueFullException busy) {
            forgetFile();
            working.setVisible(false);
            preview.showIdle();
            error(getTranslation("upload.refused.busy"));
            return;
        }
        reading = future;
        future.whenComplete((result, failure) -> ui.access(() -> {
            if (reading != future) {
                return;
            }
            reading = null;
            working.setVisible(false);
            if (failure == null) {
                showPreview(result);
            } else if (unwrap(failure) instanceof UploadQuotaExceededException full) {
                forgetFile();
                quotaFull(full);
            } else if (!(unwrap(failure) instanceof CancellationException)) {
                forgetFile();
                error(getTranslation("upload.failed"));
            }
        }));
    }

    private void cancel() {
        stopReading();
        forgetFile();
        working.setVisible(false);
        preview.showIdle();
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

    private void quotaFull(UploadQuotaExceededException full) {
        error(getTranslation("upload.refused.quota", megabytes(full.usedBytes()), megabytes(full.limitBytes())));
    }

    private String megabytes(long bytes) {
        double mb = bytes / 1048576.0;
        return Formats.decimals(mb, mb < 10 ? 2 : 1, getLocale());
    }

    private void tooLarge() {
        error(getTranslation("upload.refused.size.detail", Formats.decimals(maxBytes / 1048576.0, 0, getLocale())));
    }

    // ---- preview

    private void showPreview(UploadPreview result) {
        long started = System.nanoTime();
        shown = result;
        preview.show(result);
        if (result.canCommit()) {
            commitForm.prepare(result, service.targets());
            preview.add(commitForm);
        } else {
            var refused = new Paragraph(getTranslation("upload.rejected", result.errorCount()));
            refused.addClassNames("preview-rejected", "error-text");
            preview.add(refused);
            commitForm.disable();
            file = null; // the service kept the original and deleted the temporary file
        }
        long renderMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        var timings = new Span(getTranslation(
                "upload.preview.timings", receiveMillis, result.parseTime().toMillis(), renderMillis));
        timings.addClassName("preview-timings");
        preview.add(timings);
    }

    // ---- commit

    private void commit(CommitForm.Choice choice) {
        UploadPreview current = shown;
        if (current == null || file == null) {
            return;
        }
        ScenarioSummary chosen = choice.version();
        commitForm.commit.setEnabled(false);
        workingText.setText(getTranslation("upload.committing", current.file().fileName()));
        working.setVisible(true);
        UI ui = UI.getCurrent();
        long started = System.nanoTime();
        // A scenario of tens of thousands of incentives takes seconds to store: not on the UI thread.
        CompletableFuture<CommitResult> storing;
        try {
            storing = service.inBackground(() -> chosen != null
                    ? service.commitAsVersion(
                            current, chosen.id(), chosen.version(), choice.comment(), choice.importAgain())
                    : service.commitAsNew(current, choice.comment(), choice.importAgain()));
        } catch (UploadQueueFullException busy) {
            working.setVisible(false);
            commitFailed(busy);
            return;
        }
        storing.whenComplete((result, failure) -> ui.access(() -> {
            working.setVisible(false);
            if (failure == null) {
                committed(result, Duration.ofNanos(System.nanoTime() - started).toMillis());
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
        var open =
                ScenarioLinks.to(result.scenarioId(), getTranslation("upload.committed.open", result.scenarioName()));
        open.setId("upload-open-scenario");
        var links = new HorizontalLayout(open, new Anchor("upload/history", getTranslation("upload.history.link")));
        links.addClassName("commit-links");
        preview.add(done, timing, links);
        var note = new Notification();
        note.setDuration(8000);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        note.addClassName("commit-note");
        var noteLink = ScenarioLinks.to(result.scenarioId(), getTranslation("upload.committed.openShort"));
        noteLink.getElement().addEventListener("click", e -> note.close());
        var noteLine = new HorizontalLayout(new Span(text), noteLink);
        noteLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        note.add(noteLine);
        note.open();
        upload.clearFileList();
    }

    private void commitFailed(Throwable failure) {
        commitForm.updateState();
        if (failure instanceof AlreadyImportedException) {
            error(getTranslation("upload.duplicate.refused"));
        } else if (failure instanceof ScenarioConflictException) {
            error(getTranslation("upload.conflict"));
        } else if (failure instanceof AccessDeniedException) {
            error(getTranslation("upload.denied"));
        } else if (failure instanceof UploadQuotaExceededException full) {
            quotaFull(full);
        } else if (failure instanceof UploadQueueFullException) {
            error(getTranslation("upload.refused.busy"));
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
