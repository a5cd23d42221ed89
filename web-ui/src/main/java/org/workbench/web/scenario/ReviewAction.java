package org.workbench.web.scenario;

/** One step of a scenario's review, as its history shows it. */
public enum ReviewAction {
    /** A draft went to review. */
    SUBMITTED,
    /** A reviewer sent it back to draft, with the reason. */
    SENT_BACK,
    APPROVED,
    /** An approved scenario became a draft again, to be changed; the approved revision stays on record. */
    NEW_DRAFT,
    /** Marked final before reviews existed, and so taken as approved when they came. */
    MIGRATED
}
