package org.workbench.web.compare.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.ScenarioColumn;

/**
 * Where each compared scenario stands in its review, so that nobody takes a draft's figures for approved ones: the
 * state, the revision compared and, when a newer draft is compared, which revision was approved. When approved
 * revisions were asked for, each line says so, since the scenario's state now may be a newer draft's.
 */
class ComparedStates extends CompareSection {
    private final Div lines = new Div();

    ComparedStates() {
        super("review.compare.title");
        addClassName("compared-states");
        add(lines);
    }

    @Override
    void fill(Comparison result) {
        lines.removeAll();
        for (ScenarioColumn c : result.scenarios()) {
            String state = getTranslation("scenario.status." + c.status().name());
            Integer approved = c.approvedRevision();
            String text = c.approvedAsked()
                    ? getTranslation("review.compare.approvedCompared", c.label(), c.revision(), state)
                    : getTranslation("review.compare.state", c.label(), state, c.revision())
                            + (approved != null && !c.approved()
                                    ? " · " + getTranslation("review.approvedShort", approved)
                                    : "");
            var line = new Span(text);
            line.addClassName("compared-state");
            line.getElement().setAttribute("data-status", c.status().name());
            line.getElement().setAttribute("data-approved", String.valueOf(c.approved()));
            lines.add(new Div(line));
        }
    }
}
