package org.workbench.web.compare;

/**
 * One compared scenario.
 *
 * @param label the name to show: the scenario's name, with its id when another compared scenario has the same name
 */
public record ScenarioColumn(long id, String name, String label, String currency, int firstYear, int lastYear) {}
