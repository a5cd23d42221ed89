package org.workbench.web.scenario;

import java.time.Instant;

/**
 * One contribution to a scenario's discussion.
 *
 * @param revision the scenario's latest revision when it was written, so a reader sees what it spoke of
 */
public record ScenarioComment(long id, long scenarioId, String author, Instant at, int revision, String text) {}
