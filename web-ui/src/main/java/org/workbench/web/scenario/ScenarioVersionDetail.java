package org.workbench.web.scenario;

import org.workbench.domain.Scenario;

/** One stored version of a scenario with its full content, as it was saved. */
public record ScenarioVersionDetail(ScenarioVersionSummary summary, Scenario scenario) {}
