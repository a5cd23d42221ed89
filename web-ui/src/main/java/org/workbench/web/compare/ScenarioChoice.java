package org.workbench.web.compare;

/**
 * A scenario the user may pick for a comparison.
 *
 * @param label the name to show: the scenario's name, with its id when another scenario has the same name
 */
public record ScenarioChoice(long id, String label) {}
