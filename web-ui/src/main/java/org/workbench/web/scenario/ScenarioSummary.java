package org.workbench.web.scenario;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the scenario list. The key figures are those of the latest version, computed when it was saved.
 *
 * @param netJobsFinal the latest result's net jobs in the final year; null when it could not be computed
 * @param npv the latest result's net present value; null when it could not be computed
 * @param approvedRevision the revision last approved, also while a newer draft is worked on; null if none ever was
 */
public record ScenarioSummary(
        long id,
        String name,
        @Nullable String city,
        String owner,
        ScenarioStatus status,
        int baseYear,
        int horizonYears,
        @Nullable Double netJobsFinal,
        @Nullable Double npv,
        int latestRevision,
        long version,
        Instant updatedAt,
        String updatedBy,
        @Nullable Integer approvedRevision) {

    /** The first result year, Y0 + 1. */
    public int firstYear() {
        return baseYear + 1;
    }

    /** The last result year, Y0 + H. */
    public int lastYear() {
        return baseYear + horizonYears;
    }
}
