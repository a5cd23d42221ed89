package org.workbench.web.base.explain;

/**
 * One key figure's definition in one language.
 *
 * @param key the model's name of the figure, e.g. {@code npv}
 * @param label the figure's name as the app shows it
 * @param formula how it is computed, in the calculation model's symbols
 * @param empty when the model leaves it empty ("never" for a figure that always has a value)
 * @param omits what it leaves out
 * @param uses which inputs it uses
 */
public record FigureDefinition(
        String key, String label, String formula, String unit, String empty, String omits, String uses) {}
