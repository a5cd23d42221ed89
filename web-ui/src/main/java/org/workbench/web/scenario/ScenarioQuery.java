package org.workbench.web.scenario;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the scenario list is filtered by. Every part is optional.
 *
 * @param text matches name or city, ignoring case; blank matches all
 * @param statuses the statuses to show; empty shows all
 * @param owner the owner's username; null for anybody's
 */
public record ScenarioQuery(
        @Nullable String text,
        Set<ScenarioStatus> statuses,
        @Nullable String owner) {
    /** Every status but archived. */
    public static final Set<ScenarioStatus> ACTIVE =
            Set.copyOf(EnumSet.of(ScenarioStatus.DRAFT, ScenarioStatus.IN_REVIEW, ScenarioStatus.APPROVED));

    public ScenarioQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        text = text == null || text.isBlank() ? null : text.strip();
        owner = owner == null || owner.isBlank() ? null : owner;
    }

    public static ScenarioQuery all() {
        return new ScenarioQuery(null, Set.of(), null);
    }

    /** Drafts, those in review and approved ones: what people work with, without the archive. */
    public static ScenarioQuery active() {
        return new ScenarioQuery(null, ACTIVE, null);
    }
}
