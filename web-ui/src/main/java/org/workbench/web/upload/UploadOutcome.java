package org.workbench.web.upload;

/** How an upload ended: its scenario stored, or refused for its errors. */
public enum UploadOutcome {
    COMMITTED,
    REJECTED
}
