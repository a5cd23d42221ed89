package org.workbench.web.audit;

/** What happened, as the audit log records it. Features add their actions here (and a text per action). */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    ACCOUNT_LOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_DELETED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    SESSION_ENDED,
    SCENARIO_CREATED,
    SCENARIO_SAVED,
    SCENARIO_RESTORED,
    SCENARIO_RENAMED,
    SCENARIO_STATUS_CHANGED,
    SCENARIO_DELETED,
    /** A draft went to review. */
    SCENARIO_SUBMITTED,
    /** A reviewer sent a scenario in review back to draft, with a reason. */
    SCENARIO_SENT_BACK,
    SCENARIO_APPROVED,
    /** A new draft was started from an approved scenario. */
    SCENARIO_NEW_DRAFT,
    SCENARIO_COMMENTED,
    FILE_IMPORTED,
    FILE_REJECTED,
    MULTIPLIER_SET_REMOVED,
    EXPORTED,
    /** Sign-ins from one client address were refused for a while after too many failures. */
    ADDRESS_BLOCKED,
    /** A session ended because it was idle too long or reached its absolute lifetime. */
    SESSION_EXPIRED
}
