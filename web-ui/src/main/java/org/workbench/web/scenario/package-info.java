/**
 * Scenarios as the workbench keeps them: current state, immutable versions, who may change what. Views and other
 * features use {@link org.workbench.web.scenario.ScenarioService} and its records, never the entities.
 */
@NullMarked
package org.workbench.web.scenario;

import org.jspecify.annotations.NullMarked;
