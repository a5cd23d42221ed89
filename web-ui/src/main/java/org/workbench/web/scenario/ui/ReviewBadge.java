package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.workbench.web.scenario.ScenarioStatus;
import org.workbench.web.scenario.ScenarioSummary;

/** The list's status cell: the state, and the approved revision when a newer one is worked on or archived. */
final class ReviewBadge {
    private ReviewBadge() {}

    static Span of(Component i18n, ScenarioSummary s) {
        var badge = new Span(i18n.getTranslation("scenario.status." + s.status().name()));
        badge.addClassName("status-badge");
        badge.getElement().setAttribute("data-status", s.status().name());
        Integer approved = s.approvedRevision();
        if (approved == null) {
            return badge;
        }
        String label = i18n.getTranslation("review.approvedShort", approved);
        badge.getElement().setAttribute("title", label);
        if (s.status() == ScenarioStatus.APPROVED) {
            return badge;
        }
        var approvedNote = new Span(" · " + label);
        approvedNote.addClassName("approved-note");
        var cell = new Span(badge, approvedNote);
        cell.addClassName("status-cell");
        return cell;
    }
}
