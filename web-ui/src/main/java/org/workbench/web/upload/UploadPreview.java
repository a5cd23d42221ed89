package org.workbench.web.upload;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.ImportResult;

/**
 * What a file would become, before anything is stored.
 *
 * @param views the results the scenario would have in every view of the model (promised, expected, monitored);
 *     null when the file was rejected
 * @param earlier the history entries of the same bytes (by SHA-256), newest first, this upload's own rejection left
 *     out
 * @param rejection the history entry just written for a rejected file; null when the file can be committed
 * @param parseTime how long reading (and projecting) took
 */
public record UploadPreview(
        ReceivedFile file,
        ImportResult result,
        @Nullable ScenarioViews views,
        List<UploadHistoryEntry> earlier,
        @Nullable UploadHistoryEntry rejection,
        Duration parseTime) {

    public UploadPreview {
        earlier = List.copyOf(earlier);
    }

    /** The promised view, the version 1 projection; null when the file was rejected. */
    public @Nullable ProjectionResult projection() {
        return views == null ? null : views.promised();
    }

    public Optional<Scenario> scenario() {
        return result instanceof ImportResult.Imported imported ? Optional.of(imported.scenario()) : Optional.empty();
    }

    public List<ImportProblem> problems() {
        return result.problems();
    }

    public long errorCount() {
        return result.problems().stream().filter(ImportProblem::isError).count();
    }

    public long warningCount() {
        return result.problems().size() - errorCount();
    }

    public boolean canCommit() {
        return result instanceof ImportResult.Imported;
    }

    /** The earlier uploads of the same bytes that went into a scenario. */
    public List<UploadHistoryEntry> earlierCommits() {
        return earlier.stream()
                .filter(e -> e.outcome() == UploadOutcome.COMMITTED)
                .toList();
    }
}
