package org.workbench.importers;

import org.workbench.domain.MonteCarlo;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.domain.Tornado;

/**
 * Everything calculation model version 2 says about one scenario, as a results workbook holds it: the views, the
 * Monte Carlo and the tornado.
 */
public record ScenarioReport(ScenarioViews views, MonteCarloResult monteCarlo, Tornado tornado) {

    /** With the scenario's own draws and seed, on every available core. */
    public static ScenarioReport of(Scenario scenario) {
        return of(scenario, MonteCarlo.Options.of(scenario.settings()));
    }

    public static ScenarioReport of(Scenario scenario, MonteCarlo.Options options) {
        return new ScenarioReport(
                ProjectionEngine.views(scenario), MonteCarlo.run(scenario, options), Tornado.of(scenario));
    }
}
