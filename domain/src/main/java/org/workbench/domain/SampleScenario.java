package org.workbench.domain;

/**
 * A ready-made, clearly illustrative scenario to start from. Its name and description for display are under
 * {@link #nameKey()} and {@link #descriptionKey()} in the domain's message bundle.
 *
 * @param id stable key, e.g. {@code hefei-concentrated-bet}
 */
public record SampleScenario(String id, String nameKey, String descriptionKey, Scenario scenario) {}
