package org.workbench.web.scenario;

/** How a version came about, so that the history can say it. */
public enum VersionKind {
    /** The first version of a new scenario. */
    CREATED,
    /** A copy of another scenario (duplicate or save as copy). */
    COPIED,
    SAVED,
    RENAMED,
    /** An older version brought back as the newest. */
    RESTORED,
    /** A new draft started from the approved revision (which {@code restoredFrom} names). */
    NEW_DRAFT
}
