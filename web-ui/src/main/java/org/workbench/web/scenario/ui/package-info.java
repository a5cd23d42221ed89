/** The planner's views: the scenario list and the editor with live results, history and conflict handling. */
@NullMarked
package org.workbench.web.scenario.ui;

import org.jspecify.annotations.NullMarked;
