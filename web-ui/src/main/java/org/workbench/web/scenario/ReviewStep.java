package org.workbench.web.scenario;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A step of a scenario's review, as the history shows it.
 *
 * @param revision the scenario's revision the step was taken on
 * @param note the submitter's or approver's note, or the reason for sending it back
 */
public record ReviewStep(
        long scenarioId,
        ReviewAction action,
        String actor,
        Instant at,
        int revision,
        @Nullable String note) {}
