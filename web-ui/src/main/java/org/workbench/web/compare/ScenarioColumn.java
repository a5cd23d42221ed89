package org.workbench.web.compare;

import org.jspecify.annotations.Nullable;
import org.workbench.web.scenario.ScenarioStatus;

/**
 * One compared scenario.
 *
 * @param label the name to show: the scenario's name, with its id when another compared scenario has the same name
 * @param firstYear the first year of the span compared (the scenario's own or the common horizon's)
 * @param lastYear the last year of that span
 * @param ownYears the scenario's own horizon, in years
 * @param status where the scenario stands in its review
 * @param revision the revision compared: the latest, or the approved one when the request asks for approved revisions
 * @param approvedRevision the revision last approved, if any; when it differs from {@code revision}, what is compared
 *     is a newer draft, not the approved scenario
 * @param approvedAsked whether the request asked for approved revisions, so that {@code revision} is the approved one
 *     whatever the scenario's state now
 */
public record ScenarioColumn(
        long id,
        String name,
        String label,
        String currency,
        int firstYear,
        int lastYear,
        int ownYears,
        ScenarioStatus status,
        int revision,
        @Nullable Integer approvedRevision,
        boolean approvedAsked) {

    /** Whether the figures are those of the approved revision. */
    public boolean approved() {
        return approvedAsked
                || (approvedRevision != null && approvedRevision == revision && status != ScenarioStatus.IN_REVIEW);
    }
}
