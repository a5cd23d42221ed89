package org.workbench.web.upload;

/** Where a committed upload went. */
public record CommitResult(long uploadId, long scenarioId, int revision, String scenarioName) {}
