package org.workbench.web.scenario;

import static org.workbench.web.base.Roles.ANY_ROLE;
import static org.workbench.web.base.Roles.COMMENTERS;
import static org.workbench.web.base.Roles.REVIEWERS;
import static org.workbench.web.base.Roles.SCENARIO_WRITERS;
import static org.workbench.web.scenario.ScenarioMapping.id;
import static org.workbench.web.scenario.ScenarioMapping.target;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workbench.domain.Scenario;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;

/**
 * Review and approval of scenarios, and their discussion. A draft goes to review (whoever may edit it sends it); a
 * reviewer approves it or sends it back with a reason, never on their own submission; an approved scenario changes
 * only by a new draft started from it, and its approved revision stays on record. Every step is audited and kept as
 * a {@link ReviewStep}. See {@link ScenarioAccess} for the rules on who.
 */
@Service
@PreAuthorize(ANY_ROLE)
@RequiredArgsConstructor
public class ScenarioReviewService {
    /** Longest note of a step or reason for sending back. */
    public static final int MAX_NOTE = 1000;
    /** Longest comment. */
    public static final int MAX_COMMENT = 2000;
    /** Most comments one scenario keeps: a discussion, not a store. */
    public static final int MAX_COMMENTS = 500;

    private final ScenarioRepository scenarios;
    private final ScenarioHistory history;
    private final ReviewStepRepository steps;
    private final CommentRepository comments;
    private final AuditTrail auditTrail;
    private final Clock clock;

    // ---- reading

    /** @throws ScenarioNotFoundException when there is no such scenario */
    @Transactional(readOnly = true)
    public ReviewState state(long id) {
        ScenarioEntity e = history.load(id);
        ScenarioAccess access = ScenarioAccess.current();
        return new ReviewState(
                id,
                e.getStatus(),
                e.getLatestRevision(),
                e.getSubmittedBy(),
                e.getApprovedRevision(),
                e.getApprovedBy(),
                e.getApprovedAt(),
                access.canSubmit(e),
                access.canDecide(e),
                access.canStartNewDraft(e),
                access.canComment(e));
    }

    /** Every step of the scenario's review, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewStep> steps(long id) {
        history.load(id);
        return steps.findByScenarioIdOrderByCreatedAtAscIdAsc(id).stream()
                .map(ReviewStepEntity::toStep)
                .toList();
    }

    /** The scenario's discussion, oldest first; every reader sees it. */
    @Transactional(readOnly = true)
    public List<ScenarioComment> comments(long id) {
        history.load(id);
        return comments.findByScenarioIdOrderByCreatedAtAscIdAsc(id).stream()
                .map(CommentEntity::toComment)
                .toList();
    }

    // ---- steps

    /**
     * Sends the draft to review as it stands in {@code revision}.
     *
     * @throws ReviewRuleException when it is not a draft, or somebody saved a newer revision since
     * @throws AccessDeniedException when the user may not edit the draft
     */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ReviewState submit(long id, int revision, @Nullable String note) {
        String cleaned = ReviewText.bounded(note, MAX_NOTE, "review.note.tooLong");
        ScenarioEntity e = lock(id, ScenarioStatus.DRAFT, revision);
        if (!ScenarioAccess.current().canSubmit(e)) {
            throw new AccessDeniedException("may not submit scenario " + id);
        }
        e.setSubmittedBy(user());
        return step(e, ScenarioStatus.IN_REVIEW, ReviewAction.SUBMITTED, AuditAction.SCENARIO_SUBMITTED, cleaned);
    }

    /**
     * Approves the scenario in review as it stands in {@code revision}, which then stays the approved one.
     *
     * @throws AccessDeniedException for the one who submitted it, and for anyone who is no reviewer
     */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public ReviewState approve(long id, int revision, @Nullable String note) {
        String cleaned = ReviewText.bounded(note, MAX_NOTE, "review.note.tooLong");
        ScenarioEntity e = decidable(id, revision);
        e.setApprovedRevision(e.getLatestRevision());
        e.setApprovedBy(user());
        e.setApprovedAt(now());
        return step(e, ScenarioStatus.APPROVED, ReviewAction.APPROVED, AuditAction.SCENARIO_APPROVED, cleaned);
    }

    /**
     * Back to draft, saying why.
     *
     * @throws ReviewRuleException when the reason is blank or too long
     */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public ReviewState sendBack(long id, int revision, String reason) {
        String cleaned = ReviewText.bounded(reason, MAX_NOTE, "review.note.tooLong");
        if (cleaned == null) {
            throw new ReviewRuleException("review.reason.required");
        }
        ScenarioEntity e = decidable(id, revision);
        return step(e, ScenarioStatus.DRAFT, ReviewAction.SENT_BACK, AuditAction.SCENARIO_SENT_BACK, cleaned);
    }

    /**
     * Makes an approved scenario a draft again, as a new revision with the approved content; the approved revision
     * stays what "approved" shows until another approval.
     */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ReviewState startNewDraft(long id) {
        ScenarioEntity e = scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id));
        if (e.getStatus() != ScenarioStatus.APPROVED) {
            throw new ReviewRuleException("review.refused.state", e.getStatus().name());
        }
        if (!ScenarioAccess.current().canStartNewDraft(e)) {
            throw new AccessDeniedException("may not start a new draft of scenario " + id);
        }
        int approved = e.getLatestRevision();
        e.setStatus(ScenarioStatus.DRAFT);
        Scenario content = ScenarioJson.read(e.getContent());
        history.addVersion(e, content, VersionKind.NEW_DRAFT, null, approved);
        record(e, ReviewAction.NEW_DRAFT, null);
        auditTrail.record(
                AuditAction.SCENARIO_NEW_DRAFT,
                target(e),
                Map.of("revision", String.valueOf(e.getLatestRevision()), "approved", String.valueOf(approved)));
        return state(id);
    }

    // ---- discussion

    /**
     * Adds a comment to the scenario's discussion.
     *
     * @throws ReviewRuleException when the text is blank or too long, or the scenario has its most comments
     * @throws AccessDeniedException for staff on a scenario they do not own
     */
    @PreAuthorize(COMMENTERS)
    @Transactional
    public ScenarioComment comment(long id, String text) {
        String cleaned = ReviewText.bounded(text, MAX_COMMENT, "review.comment.tooLong");
        if (cleaned == null) {
            throw new ReviewRuleException("review.comment.empty");
        }
        // Locked so that two writers at once cannot both take the last place.
        ScenarioEntity e = scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id));
        if (!ScenarioAccess.current().canComment(e)) {
            throw new AccessDeniedException("may not comment on scenario " + id);
        }
        if (comments.countByScenarioId(id) >= MAX_COMMENTS) {
            throw new ReviewRuleException("review.comment.tooMany", MAX_COMMENTS);
        }
        CommentEntity saved = comments.save(new CommentEntity(id, user(), now(), e.getLatestRevision(), cleaned));
        auditTrail.record(
                AuditAction.SCENARIO_COMMENTED,
                target(e),
                Map.of("revision", String.valueOf(e.getLatestRevision()), "length", String.valueOf(cleaned.length())));
        return saved.toComment();
    }

    // ---- internals

    private ScenarioEntity decidable(long id, int revision) {
        ScenarioEntity e = lock(id, ScenarioStatus.IN_REVIEW, revision);
        if (!ScenarioAccess.current().canDecide(e)) {
            throw new AccessDeniedException(
                    "may not decide on scenario " + id + " (submitted by " + e.getSubmittedBy() + ")");
        }
        return e;
    }

    private ScenarioEntity lock(long id, ScenarioStatus expected, int revision) {
        ScenarioEntity e = scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id));
        if (e.getStatus() != expected) {
            throw new ReviewRuleException("review.refused.state", e.getStatus().name());
        }
        if (e.getLatestRevision() != revision) {
            throw new ReviewRuleException("review.changedMeanwhile", e.getLatestRevision());
        }
        return e;
    }

    private ReviewState step(
            ScenarioEntity e, ScenarioStatus to, ReviewAction action, AuditAction audited, @Nullable String note) {
        ScenarioStatus from = e.getStatus();
        e.setStatus(to);
        history.touch(e, user());
        scenarios.saveAndFlush(e);
        record(e, action, note);
        auditTrail.record(
                audited,
                target(e),
                Map.of("from", from.name(), "to", to.name(), "revision", String.valueOf(e.getLatestRevision())));
        return state(id(e));
    }

    private void record(ScenarioEntity e, ReviewAction action, @Nullable String note) {
        steps.save(new ReviewStepEntity(id(e), action, user(), now(), e.getLatestRevision(), note));
    }

    private static String user() {
        return ScenarioAccess.current().username();
    }

    // The database keeps microseconds: cut here so that what we return equals what we read back later.
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
