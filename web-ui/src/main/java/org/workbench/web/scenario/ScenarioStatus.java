package org.workbench.web.scenario;

/**
 * Where a scenario stands in its review: only drafts are edited; one in review waits for a reviewer; an approved one
 * is frozen until somebody starts a new draft from it; an archived one is set aside until restored. See
 * {@link ScenarioReviewService} for who moves it from one to the next.
 */
public enum ScenarioStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    ARCHIVED
}
