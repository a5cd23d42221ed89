package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.workbench.web.scenario.ReviewRuleException;
import org.workbench.web.scenario.ReviewState;
import org.workbench.web.scenario.ScenarioComment;
import org.workbench.web.scenario.ScenarioReviewService;

/**
 * The Review tab: where the scenario stands, and its discussion, which every reader sees and those who work on or
 * review it write in.
 */
class ReviewPanel extends VerticalLayout {
    private final ScenarioReviewService service;
    private final long scenarioId;
    private final Runnable posted;
    private final Div thread = new Div();
    private final TextArea text = new TextArea();

    /** @param posted called after a comment is stored, e.g. to refresh the history */
    ReviewPanel(ScenarioReviewService service, ReviewState state, Runnable posted) {
        this.service = service;
        this.scenarioId = state.scenarioId();
        this.posted = posted;
        addClassName("review-panel");
        setPadding(false);
        var status = new Span(getTranslation("scenario.status." + state.status().name()));
        status.addClassName("status-badge");
        status.getElement().setAttribute("data-status", state.status().name());
        var standing = new Div(status);
        standing.addClassName("review-standing");
        if (state.submittedBy() != null) {
            standing.add(new Span(" " + getTranslation("review.submittedBy", state.submittedBy())));
        }
        add(standing);
        var approved = ReviewBar.approvedNote(this, getLocale(), state);
        if (approved != null) {
            add(approved);
        }
        add(new H4(getTranslation("review.thread.title")));
        thread.addClassName("comment-thread");
        thread.setWidthFull();
        add(thread);
        if (state.canComment()) {
            text.addClassName("comment-text-input");
            text.setPlaceholder(getTranslation("review.thread.placeholder"));
            text.setAriaLabel(getTranslation("review.thread.placeholder"));
            text.setMaxLength(ScenarioReviewService.MAX_COMMENT);
            text.setWidthFull();
            var post = new Button(getTranslation("review.thread.post"), e -> post());
            post.addClassName("comment-post");
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(text, post);
        } else {
            var note = new Span(getTranslation("review.thread.readOnly"));
            note.addClassName("hint");
            add(note);
        }
        refresh();
    }

    /** Adds the Review tab, and the review's steps and comments to the history. */
    static void addTo(
            com.vaadin.flow.component.tabs.TabSheet tabs,
            VerticalLayout history,
            ScenarioReviewService service,
            ReviewState state) {
        var timeline = new ReviewTimeline(service, state.scenarioId());
        history.add(timeline);
        tabs.add(tabs.getTranslation("review.tab"), new ReviewPanel(service, state, timeline::refresh))
                .addClassName("review-tab");
    }

    void refresh() {
        thread.removeAll();
        var comments = service.comments(scenarioId);
        if (comments.isEmpty()) {
            var empty = new Span(getTranslation("review.thread.empty"));
            empty.addClassName("hint");
            thread.add(empty);
        }
        for (ScenarioComment c : comments) {
            var meta = new Div(
                    getTranslation("review.thread.meta", c.author(), Display.time(c.at(), getLocale()), c.revision()));
            meta.addClassName("comment-meta");
            // Shown as text, never as HTML: a comment is whatever somebody typed.
            var body = new Div(c.text());
            body.addClassName("comment-text");
            var card = new Div(meta, body);
            card.addClassName("comment-card");
            thread.add(card);
        }
    }

    private void post() {
        try {
            service.comment(scenarioId, text.getValue());
            text.clear();
            text.setInvalid(false);
            refresh();
            posted.run();
        } catch (ReviewRuleException refused) {
            text.setInvalid(true);
            text.setErrorMessage(
                    getTranslation(refused.messageKey(), refused.args().toArray()));
        } catch (AccessDeniedException denied) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("review.thread.readOnly"));
        }
    }

    /** The comment box, for browserless tests. */
    TextArea input() {
        return text;
    }
}
