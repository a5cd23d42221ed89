package org.workbench.web.base.explain;

import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;

/**
 * A scenario whose figures are explained, with the result they come from.
 *
 * @param label the scenario's name as the screen shows it (a comparison's column header)
 */
public record ExplainedScenario(String label, Scenario scenario, ProjectionResult result) {}
