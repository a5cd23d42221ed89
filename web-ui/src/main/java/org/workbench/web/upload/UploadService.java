package org.workbench.web.upload;

import static org.workbench.web.base.Roles.ADMIN;
import static org.workbench.web.base.Roles.PLANNER;
import static org.workbench.web.base.Roles.SCENARIO_WRITERS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ScenarioViews;
import org.workbench.importers.ImportOptions;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.ImportResult;
import org.workbench.importers.WorkbookImporter;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.audit.ClientAddress;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioSummary;

/**
 * Uploads from receipt to history: a file is received into a temporary file, read off the UI thread into an
 * {@link UploadPreview}, then committed as a new scenario or a new version in one transaction, or — when it has
 * errors — recorded as rejected. The original is kept for the history (a rejected one only for a while, see
 * {@link RejectedOriginalsCleanup}) within the user's cap ({@link UploadQuota}); temporary files never are.
 */
@Service
@PreAuthorize(SCENARIO_WRITERS)
public class UploadService {
    private final UploadStore store;
    private final UploadQuota quota;
    private final FileUploadRepository uploads;
    private final ScenarioService scenarios;
    private final MultiplierService multipliers;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final ExecutorService executor;
    private final TransactionTemplate transaction;

    UploadService(
            UploadStore store,
            UploadQuota quota,
            FileUploadRepository uploads,
            ScenarioService scenarios,
            MultiplierService multipliers,
            AuditTrail auditTrail,
            Clock clock,
            @Qualifier("uploadParsingExecutor") ExecutorService executor,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.quota = quota;
        this.uploads = uploads;
        this.scenarios = scenarios;
        this.multipliers = multipliers;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.executor = executor;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // ---- receiving and reading

    /**
     * Copies the upload into a temporary file and hashes it; the caller owns the file until {@link #discard}.
     *
     * @throws FileTooLargeException when the upload is larger than the configured limit; nothing is kept
     * @throws UploadQuotaExceededException when keeping it would take the user over their storage cap; none kept
     */
    public ReceivedFile receive(InputStream in, String fileName) throws IOException {
        String user = currentUser();
        ReceivedFile file = store.receive(in, fileName);
        try {
            quota.check(user, file.sha256(), file.size());
            return file;
        } catch (RuntimeException refused) {
            store.discard(file);
            throw refused;
        }
    }

    /** Deletes the temporary file (again); harmless when it is gone. */
    public void discard(ReceivedFile file) {
        store.discard(file);
    }

    /**
     * Reads the file on the upload executor. Cancelling the returned future stops the reading. A file with errors
     * is recorded in the history as rejected (its original kept, its temporary file deleted) before the future
     * completes; nothing else is stored.
     * @param rowsRead told the rows read so far, from the reading thread
     * @throws UploadQueueFullException when too many uploads wait already; the temporary file is deleted
     */
    public CompletableFuture<UploadPreview> preview(ReceivedFile file, LongConsumer rowsRead) {
        var preview = new CompletableFuture<UploadPreview>();
        // The reading thread acts for the user who uploaded: the rejection it may record names them and their address.
        Runnable task = DelegatingSecurityContextRunnable.create(
                ClientAddress.carriedInto(() -> {
                    try {
                        preview.complete(read(file, rowsRead, preview::isDone));
                    } catch (Throwable failure) {
                        preview.completeExceptionally(failure);
                    }
                }),
                SecurityContextHolder.getContext());
        Future<?> running;
        try {
            running = executor.submit(task);
        } catch (RejectedExecutionException full) {
            store.discard(file);
            throw new UploadQueueFullException();
        }
        preview.whenComplete((done, failure) -> {
            if (preview.isCancelled()) {
                running.cancel(true);
            }
        });
        return preview;
    }

    /**
     * Runs work for the current user on the upload executor, e.g. a commit of a large scenario, so that the UI
     * thread stays free. The work calls this service's public methods, which check the user as usual.
     * @throws UploadQueueFullException when too many uploads wait already; the work is not done
     */
    public <T> CompletableFuture<T> inBackground(java.util.function.Supplier<T> work) {
        var result = new CompletableFuture<T>();
        try {
            executor.execute(DelegatingSecurityContextRunnable.create(
                    ClientAddress.carriedInto(() -> {
                        try {
                            result.complete(work.get());
                        } catch (Throwable failure) {
                            result.completeExceptionally(failure);
                        }
                    }),
                    SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException full) {
            throw new UploadQueueFullException();
        }
        return result;
    }

    private UploadPreview read(ReceivedFile file, LongConsumer rowsRead, java.util.function.BooleanSupplier stop) {
        long started = System.nanoTime();
        var options = ImportOptions.defaults().withSectors(multipliers.sectorLookup());
        options = options.withProgress(rowsRead).withCancellation(stop);
        ImportResult result = WorkbookImporter.read(file.path(), file.fileName(), options);
        ScenarioViews views =
                result instanceof ImportResult.Imported imported ? ProjectionEngine.views(imported.scenario()) : null;
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<UploadHistoryEntry> earlier = historyOf(file.sha256());
        UploadHistoryEntry rejection = null;
        if (result instanceof ImportResult.Rejected rejected) {
            try {
                rejection = transaction.execute(status -> recordRejection(file, rejected));
            } finally {
                store.discard(file);
            }
        }
        return new UploadPreview(file, result, views, earlier, rejection, took);
    }

    private UploadHistoryEntry recordRejection(ReceivedFile file, ImportResult.Rejected rejected) {
        quota.reserve(currentUser(), file.sha256(), file.size());
        store.keep(file);
        FileUploadEntity entity = newEntry(file, UploadOutcome.REJECTED, rejected.problems());
        uploads.saveAndFlush(entity);
        auditTrail.record(
                AuditAction.FILE_REJECTED,
                target(entity),
                Map.of(
                        "fileName", file.fileName(),
                        "sha256", file.sha256(),
                        "errors", String.valueOf(entity.getErrorCount())));
        return toEntry(entity);
    }

    // ---- committing

    /** The scenarios the current user may add a version to, by name. */
    @Transactional(readOnly = true)
    public List<ScenarioSummary> targets() {
        return scenarios.list(ScenarioQuery.active(), Pageable.unpaged()).stream()
                .filter(s -> scenarios.canEdit(s.id()))
                .sorted(java.util.Comparator.comparing(ScenarioSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Stores the previewed scenario as a new scenario, the upload's history entry and the original, all or nothing.
     *
     * @param evenIfImportedBefore import the same bytes again although they went into a scenario before
     * @throws AlreadyImportedException when the file was committed before and {@code evenIfImportedBefore} is off
     * @throws UploadQuotaExceededException when keeping the original would take the user over their storage cap
     */
    @Transactional
    public CommitResult commitAsNew(UploadPreview preview, @Nullable String comment, boolean evenIfImportedBefore) {
        ImportResult.Imported imported = committable(preview, evenIfImportedBefore);
        ScenarioDetail created = scenarios.create(imported.scenario(), versionComment(preview, comment));
        return finish(preview, imported, created);
    }

    /**
     * Stores the previewed scenario as the next version of scenario {@code scenarioId}, with the history entry and
     * the original, all or nothing.
     * @param expectedVersion {@link ScenarioSummary#version()} as the user chose it, so that a newer save by
     *     somebody else is not overwritten unseen
     */
    @Transactional
    public CommitResult commitAsVersion(
            UploadPreview preview,
            long scenarioId,
            long expectedVersion,
            @Nullable String comment,
            boolean evenIfImportedBefore) {
        ImportResult.Imported imported = committable(preview, evenIfImportedBefore);
        ScenarioDetail saved = scenarios.save(
                new ScenarioId(scenarioId), expectedVersion, imported.scenario(), versionComment(preview, comment));
        return finish(preview, imported, saved);
    }

    private ImportResult.Imported committable(UploadPreview preview, boolean evenIfImportedBefore) {
        if (!(preview.result() instanceof ImportResult.Imported imported)) {
            throw new IllegalArgumentException("a file with errors cannot be committed");
        }
        if (!evenIfImportedBefore) {
            List<UploadHistoryEntry> before = historyOf(preview.file().sha256()).stream()
                    .filter(e -> e.outcome() == UploadOutcome.COMMITTED)
                    .toList();
            if (!before.isEmpty()) {
                throw new AlreadyImportedException(before);
            }
        }
        quota.reserve(currentUser(), preview.file().sha256(), preview.file().size()); // held until the commit ends
        return imported;
    }

    private CommitResult finish(UploadPreview preview, ImportResult.Imported imported, ScenarioDetail scenario) {
        ReceivedFile file = preview.file();
        FileUploadEntity entity = newEntry(file, UploadOutcome.COMMITTED, imported.warnings());
        entity.setScenarioId(scenario.id());
        entity.setScenarioRevision(scenario.latestRevision());
        entity.setScenarioName(scenario.name());
        uploads.saveAndFlush(entity);
        store.keep(file);
        auditTrail.record(
                AuditAction.FILE_IMPORTED,
                target(entity),
                Map.of(
                        "fileName", file.fileName(),
                        "sha256", file.sha256(),
                        "scenario", String.valueOf(scenario.id()),
                        "revision", String.valueOf(scenario.latestRevision())));
        return new CommitResult(id(entity), scenario.id(), scenario.latestRevision(), scenario.name());
    }

    private static String versionComment(UploadPreview preview, @Nullable String comment) {
        String fileName = preview.file().fileName();
        return comment == null || comment.isBlank() ? fileName : fileName + " — " + comment.strip();
    }

    // ---- history

    /** Every upload, newest first. */
    @Transactional(readOnly = true)
    public List<UploadHistoryEntry> history() {
        return uploads.findAllByOrderByUploadedAtDescIdDesc().stream()
                .map(this::toEntry)
                .toList();
    }

    /**
     * The kept original of an upload.
     * @throws AccessDeniedException unless the current user uploaded it, plans or administers
     */
    @Transactional(readOnly = true)
    public Optional<StoredOriginal> original(long uploadId) {
        Optional<FileUploadEntity> found = uploads.findById(uploadId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FileUploadEntity entity = found.get();
        if (!mayDownload(entity)) {
            throw new AccessDeniedException("may not download upload " + uploadId);
        }
        if (entity.getOriginalRemovedAt() != null) {
            return Optional.empty();
        }
        return store.original(entity.getSha256())
                .map(path -> new StoredOriginal(path, entity.getFileName(), entity.getSizeBytes()));
    }

    /** A kept original on disk, to be streamed to the user. */
    public record StoredOriginal(Path path, String fileName, long size) {}

    private List<UploadHistoryEntry> historyOf(String sha256) {
        return transaction.execute(status -> uploads.findBySha256OrderByUploadedAtDesc(sha256).stream()
                .map(this::toEntry)
                .toList());
    }

    // ---- internals

    private FileUploadEntity newEntry(ReceivedFile file, UploadOutcome outcome, List<ImportProblem> problems) {
        var entity = new FileUploadEntity();
        entity.setFileName(file.fileName());
        entity.setSizeBytes(file.size());
        entity.setSha256(file.sha256());
        entity.setUploadedBy(currentUser());
        entity.setUploadedAt(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        entity.setOutcome(outcome);
        int errors = (int) problems.stream().filter(ImportProblem::isError).count();
        entity.setErrorCount(errors);
        entity.setWarningCount(problems.size() - errors);
        return entity;
    }

    private UploadHistoryEntry toEntry(FileUploadEntity e) {
        return new UploadHistoryEntry(
                id(e),
                e.getFileName(),
                e.getSizeBytes(),
                e.getSha256(),
                e.getUploadedBy(),
                e.getUploadedAt(),
                e.getOutcome(),
                e.getScenarioId(),
                e.getScenarioRevision(),
                e.getScenarioName(),
                e.getErrorCount(),
                e.getWarningCount(),
                e.getOriginalRemovedAt() == null && mayDownload(e),
                e.getOriginalRemovedAt());
    }

    private static boolean mayDownload(FileUploadEntity entity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        var authorities = new HashMap<String, Boolean>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            authorities.put(a.getAuthority(), true);
        }
        return authorities.containsKey("ROLE_" + ADMIN)
                || authorities.containsKey("ROLE_" + PLANNER)
                || entity.getUploadedBy().equalsIgnoreCase(auth.getName());
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("no signed-in user");
        }
        return auth.getName();
    }

    private static long id(FileUploadEntity entity) {
        Long id = entity.getId();
        if (id == null) {
            throw new IllegalStateException("upload not stored yet");
        }
        return id;
    }

    private static String target(FileUploadEntity entity) {
        return "upload:" + id(entity);
    }
}
