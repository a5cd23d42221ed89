package org.workbench.web.scenario;

/** Where a scenario stands: drafts may be deleted, archived ones may not be changed until restored. */
public enum ScenarioStatus {
    DRAFT,
    FINAL,
    ARCHIVED
}
