package org.workbench.web.scenario;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a scenario, without its content.
 *
 * @param revision 1, 2, 3... per scenario, never reused
 * @param restoredFrom for {@link VersionKind#RESTORED}: the revision brought back
 */
public record ScenarioVersionSummary(
        long scenarioId,
        int revision,
        VersionKind kind,
        String name,
        String author,
        Instant createdAt,
        @Nullable String comment,
        @Nullable Integer restoredFrom) {}
