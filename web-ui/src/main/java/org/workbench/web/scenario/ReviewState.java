package org.workbench.web.scenario;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a scenario stands in its review and what the current user may do about it.
 *
 * @param latestRevision the revision a step would be taken on
 * @param submittedBy who sent it to review last; null if nobody has
 * @param approvedRevision the revision last approved, also while a newer draft is worked on
 */
public record ReviewState(
        long scenarioId,
        ScenarioStatus status,
        int latestRevision,
        @Nullable String submittedBy,
        @Nullable Integer approvedRevision,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        boolean canSubmit,
        boolean canDecide,
        boolean canStartNewDraft,
        boolean canComment) {

    /** Whether the revision shown now is the approved one. */
    public boolean showsApproved() {
        return status == ScenarioStatus.APPROVED
                || (approvedRevision != null
                        && approvedRevision == latestRevision
                        && status == ScenarioStatus.ARCHIVED);
    }
}
