package org.workbench.web.account;

/** What deleting a user did: removed it, or (because the user still owns data) disabled it instead. */
public enum DeleteOutcome {
    DELETED,
    DISABLED_INSTEAD
}
