package org.workbench.web.scenario;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Scenario;

/**
 * A scenario as it stands now.
 *
 * @param version the optimistic-lock version: pass it back to {@link ScenarioService#save} to save over this state
 * @param latestRevision the number of the newest stored version (1 for a new scenario)
 * @param copiedFrom the scenario this one was copied from, if any
 * @param approvedRevision the revision last approved, also while a newer draft is worked on; null if none ever was
 */
public record ScenarioDetail(
        long id,
        Scenario scenario,
        String owner,
        ScenarioStatus status,
        long version,
        int latestRevision,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable Double netJobsFinal,
        @Nullable Double npv,
        @Nullable Long copiedFrom,
        @Nullable Integer approvedRevision) {

    public String name() {
        return scenario.settings().name();
    }
}
