package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.workbench.domain.DomainProblem;

/**
 * Above the editor's tabs, every problem of the inputs in one list, each line saying where it is (item, field, and
 * whether it is a range or a recorded actual): a problem on a tab that is not open would otherwise go unseen. Hidden
 * while the inputs are valid.
 */
class ProblemList extends Div {

    ProblemList() {
        addClassName("problem-list");
    }

    void show(EditorState.Checked checked, Problems.Messages message) {
        removeAll();
        setVisible(!checked.valid());
        checked.values().forEach(p -> line(p, "", message));
        checked.ranges().forEach(p -> line(p.problem(), " " + getTranslation("scenario.range.suffix"), message));
        checked.actuals().forEach(p -> line(p, " " + getTranslation("scenario.actuals.suffix"), message));
    }

    private void line(DomainProblem p, String suffix, Problems.Messages message) {
        String where = getTranslation("item." + p.kind().name())
                + (p.item() == null ? "" : " " + p.item())
                + (p.fieldLabelKey() == null ? "" : " · " + getTranslation(p.fieldLabelKey()))
                + suffix;
        var line = new Div(new Span(where + ": "), new Span(message.of(p)));
        line.addClassName("problem");
        add(line);
    }
}
