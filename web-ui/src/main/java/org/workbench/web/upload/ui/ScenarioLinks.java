package org.workbench.web.upload.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to a scenario's editor by its path: the editor's view belongs to the scenario feature and is not visible
 * here. Marked as a router link, so that following it navigates inside the app instead of loading the page again.
 */
final class ScenarioLinks {
    private ScenarioLinks() {}

    static Anchor to(long scenarioId, String text) {
        var link = new Anchor("scenarios/" + scenarioId, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("scenario-link");
        return link;
    }
}
