package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.workbench.web.scenario.ReviewAction;
import org.workbench.web.scenario.ReviewRuleException;
import org.workbench.web.scenario.ReviewState;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.scenario.ScenarioStatus;

/**
 * The editor header's part of the review: the steps the current user may take now (submit, approve, send back, start
 * a new draft), each asking for its note or reason, and after a step the editor rebuilt in the new state.
 */
class ReviewBar extends HorizontalLayout {
    private final ScenarioReviewService service;
    private final ReviewState state;
    private final BooleanSupplier dirty;
    private final IntSupplier shownRevision;
    private final Consumer<Long> reload;

    /**
     * @param dirty whether the editor has unsaved edits, which a step would leave out
     * @param shownRevision the revision the editor shows (a save moves it on): the one a step is taken on
     * @param reload builds the editor anew from the stored scenario with this id
     */
    ReviewBar(
            ScenarioReviewService service,
            ReviewState state,
            BooleanSupplier dirty,
            IntSupplier shownRevision,
            Consumer<Long> reload) {
        this.service = service;
        this.state = state;
        this.dirty = dirty;
        this.shownRevision = shownRevision;
        this.reload = reload;
        addClassName("review-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setPadding(false);
        if (state.canSubmit()) {
            add(button("submit", VaadinIcon.PAPERPLANE, ButtonVariant.LUMO_PRIMARY, ReviewAction.SUBMITTED));
        }
        if (state.canDecide()) {
            add(button("approve", VaadinIcon.CHECK_CIRCLE, ButtonVariant.LUMO_SUCCESS, ReviewAction.APPROVED));
            add(button("sendBack", VaadinIcon.REPLY, ButtonVariant.LUMO_ERROR, ReviewAction.SENT_BACK));
        }
        if (state.canStartNewDraft()) {
            add(button("newDraft", VaadinIcon.PENCIL, ButtonVariant.LUMO_PRIMARY, ReviewAction.NEW_DRAFT));
        }
    }

    /** For the header: why the editor is read only, if it is, and which revision was approved, if any. */
    static java.util.List<Span> notes(Component i18n, java.util.Locale locale, ReviewState state, boolean editable) {
        return java.util.stream.Stream.of(
                        readOnlyNote(i18n, state.status(), editable), approvedNote(i18n, locale, state))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Why the editor is read only, if it is, for the header. */
    static @Nullable Span readOnlyNote(Component i18n, ScenarioStatus status, boolean editable) {
        if (editable) {
            return null;
        }
        String key = switch (status) {
            case ARCHIVED -> "scenario.readOnly.archived";
            case IN_REVIEW, APPROVED -> "review.readOnly." + status.name();
            case DRAFT -> "scenario.readOnly.role";
        };
        var note = new Span(i18n.getTranslation(key));
        note.addClassName("read-only-note");
        return note;
    }

    /** Which revision was approved, by whom and when, if any ever was. */
    static @Nullable Span approvedNote(Component i18n, java.util.Locale locale, ReviewState state) {
        Integer revision = state.approvedRevision();
        java.time.Instant at = state.approvedAt();
        if (revision == null || at == null) {
            return null;
        }
        var note = new Span(
                i18n.getTranslation("review.approvedRevision", revision, state.approvedBy(), Display.time(at, locale)));
        note.addClassName("approved-note");
        return note;
    }

    private Button button(String key, VaadinIcon icon, ButtonVariant variant, ReviewAction action) {
        var button = new Button(getTranslation("review.action." + key), icon.create());
        button.addThemeVariants(variant);
        button.addClassName("review-" + key);
        button.addClickListener(e -> open(action, key));
        return button;
    }

    private void open(ReviewAction action, String key) {
        if (dirty.getAsBoolean()) {
            Notification.show(getTranslation("review.saveFirst"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        int revision = shownRevision.getAsInt();
        var dialog = new Dialog();
        dialog.addClassName("review-dialog");
        var text = new TextArea();
        text.addClassName("review-text");
        text.setWidth("28rem");
        text.setMaxLength(ScenarioReviewService.MAX_NOTE);
        if (action == ReviewAction.NEW_DRAFT) {
            dialog.setHeaderTitle(getTranslation("review.dialog.newDraft"));
            dialog.add(new Span(getTranslation("review.dialog.newDraftText", revision, revision + 1)));
        } else {
            dialog.setHeaderTitle(getTranslation("review.dialog." + key, revision));
            text.setLabel(getTranslation(action == ReviewAction.SENT_BACK ? "review.reason" : "review.note"));
            text.setRequired(action == ReviewAction.SENT_BACK);
            dialog.add(text);
        }
        var confirm = new Button(getTranslation("review.action." + key), e -> {
            try {
                ReviewState after = take(action, revision, text.getValue());
                dialog.close();
                Notification.show(
                                getTranslation("review.done." + action.name(), after.latestRevision()),
                                3000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload.accept(state.scenarioId());
            } catch (ReviewRuleException refused) {
                text.setInvalid(true);
                text.setErrorMessage(
                        getTranslation(refused.messageKey(), refused.args().toArray()));
                if (action == ReviewAction.NEW_DRAFT) {
                    Notification.show(text.getErrorMessage(), 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            } catch (AccessDeniedException denied) {
                // The rights changed since the editor opened (e.g. somebody else took the step): show what holds now.
                dialog.close();
                reload.accept(state.scenarioId());
            }
        });
        confirm.addClassName("review-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("review.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        if (action != ReviewAction.NEW_DRAFT) {
            text.focus();
        }
    }

    private ReviewState take(ReviewAction action, int revision, String text) {
        long id = state.scenarioId();
        return switch (action) {
            case SUBMITTED -> service.submit(id, revision, text);
            case APPROVED -> service.approve(id, revision, text);
            case SENT_BACK -> service.sendBack(id, revision, text);
            case NEW_DRAFT -> service.startNewDraft(id);
            case MIGRATED -> throw new IllegalArgumentException("not a step anyone takes");
        };
    }
}
