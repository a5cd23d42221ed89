package org.workbench.web.upload;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the import history.
 *
 * @param scenarioId the scenario the file went into; null for a rejection
 * @param scenarioRevision the version it made; null for a rejection
 * @param canDownload whether the original is still kept and the current user may download it (uploader, planners,
 *     admins)
 * @param originalRemovedAt when the clean-up deleted a rejected upload's original; null while it is kept
 */
public record UploadHistoryEntry(
        long id,
        String fileName,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        UploadOutcome outcome,
        @Nullable Long scenarioId,
        @Nullable Integer scenarioRevision,
        @Nullable String scenarioName,
        int errorCount,
        int warningCount,
        boolean canDownload,
        @Nullable Instant originalRemovedAt) {}
