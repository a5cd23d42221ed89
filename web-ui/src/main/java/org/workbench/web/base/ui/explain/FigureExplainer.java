package org.workbench.web.base.ui.explain;

import java.util.List;
import java.util.function.Supplier;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.web.base.explain.ExplainedScenario;

/**
 * Makes the buttons of a screen's key figures and knows which scenarios they explain: the one on screen, updated
 * with each new result, or those a supplier loads when a button is pressed (a comparison's columns).
 */
public final class FigureExplainer {
    private Supplier<List<ExplainedScenario>> scenarios = List::of;

    /** Explain the figures of this scenario and result from now on. */
    public void show(Scenario scenario, ProjectionResult result) {
        List<ExplainedScenario> now =
                List.of(new ExplainedScenario(scenario.settings().name(), scenario, result));
        scenarios = () -> now;
    }

    /** Explain the figures of the scenarios the supplier gives, asked each time a definition opens. */
    public void showLazily(Supplier<List<ExplainedScenario>> supplier) {
        scenarios = supplier;
    }

    public ExplainButton button(Kpi kpi) {
        return button(kpi.key());
    }

    /** A button for the figure with that key ({@code FigureDefinitions.keys()}). */
    public ExplainButton button(String figureKey) {
        return new ExplainButton(figureKey, () -> scenarios.get());
    }
}
