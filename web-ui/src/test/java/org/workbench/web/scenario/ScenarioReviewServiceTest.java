package org.workbench.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.workbench.web.TestUsers.signIn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.account.Role;

/**
 * Every review step by every role, allowed and refused: a refused step changes nothing. Shares the application
 * context of {@link ScenarioServiceTest} (no mock beans); the audit trail is checked through its log.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ScenarioReviewServiceTest {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    ScenarioReviewService review;

    @Autowired
    CommentRepository commentRows;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_draft_goes_to_review_back_with_a_reason_again_and_is_approved_with_who_and_when_for_each_step(
            CapturedOutput log) {
        ScenarioDetail draft = draftOf("anna", Role.PLANNER);
        long id = draft.id();

        ReviewState submitted = review.submit(id, 1, "  first look, please ");
        assertThat(submitted.status()).isEqualTo(ScenarioStatus.IN_REVIEW);
        assertThat(submitted.submittedBy()).isEqualTo("anna");
        assertThat(scenarios.canEdit(id))
                .as("a scenario in review is read only")
                .isFalse();

        signIn("rita", Role.REVIEWER);
        assertThat(review.state(id).canDecide()).isTrue();
        ReviewState back = review.sendBack(id, 1, "The displays' multiplier needs a source");
        assertThat(back.status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(back.approvedRevision()).isNull();

        signIn("anna", Role.PLANNER);
        ScenarioDetail fixed = scenarios.save(
                new ScenarioId(id),
                scenarios.get(id).version(),
                TestScenarios.withDiscountRate(draft.scenario(), 0.04),
                "source added");
        assertThat(fixed.latestRevision()).isEqualTo(2);
        review.submit(id, 2, null);

        signIn("rita", Role.REVIEWER);
        ReviewState approved = review.approve(id, 2, "fine");
        assertThat(approved.status()).isEqualTo(ScenarioStatus.APPROVED);
        assertThat(approved.approvedRevision()).isEqualTo(2);
        assertThat(approved.approvedBy()).isEqualTo("rita");
        assertThat(approved.approvedAt()).isNotNull();
        assertThat(scenarios.get(id).approvedRevision()).isEqualTo(2);

        assertThat(review.steps(id))
                .extracting(ReviewStep::action, ReviewStep::actor, ReviewStep::revision, ReviewStep::note)
                .containsExactly(
                        tuple(ReviewAction.SUBMITTED, "anna", 1, "first look, please"),
                        tuple(ReviewAction.SENT_BACK, "rita", 1, "The displays' multiplier needs a source"),
                        tuple(ReviewAction.SUBMITTED, "anna", 2, null),
                        tuple(ReviewAction.APPROVED, "rita", 2, "fine"));
        assertThat(review.steps(id)).allSatisfy(step -> assertThat(step.at()).isAfter(Instant.EPOCH));
        assertThat(log.getOut())
                .containsPattern("audit SCENARIO_SUBMITTED by anna .*on scenario:" + id)
                .containsPattern("audit SCENARIO_SENT_BACK by rita .*on scenario:" + id)
                .containsPattern("audit SCENARIO_APPROVED by rita .*on scenario:" + id + " .*revision=2");
    }

    @Test
    void planners_admins_and_staff_on_their_own_submit_while_other_staff_viewers_and_reviewers_are_refused() {
        for (Role allowed : new Role[] {Role.PLANNER, Role.ADMIN}) {
            long id = draftOf("owner", Role.PLANNER).id();
            signIn("someone-" + allowed, allowed);
            assertThat(review.submit(id, 1, null).status()).as("%s", allowed).isEqualTo(ScenarioStatus.IN_REVIEW);
        }
        long staffOwn = draftOf("stan", Role.STAFF).id();
        assertThat(review.submit(staffOwn, 1, null).status()).isEqualTo(ScenarioStatus.IN_REVIEW);

        long other = draftOf("stan", Role.STAFF).id();
        signIn("sue", Role.STAFF);
        assertThat(review.state(other).canSubmit()).isFalse();
        assertThatThrownBy(() -> review.submit(other, 1, null)).isInstanceOf(AccessDeniedException.class);
        signIn("vic", Role.VIEWER);
        assertThatThrownBy(() -> review.submit(other, 1, null)).isInstanceOf(AccessDeniedException.class);
        signIn("rita", Role.REVIEWER);
        assertThat(review.state(other).canSubmit()).isFalse();
        assertThatThrownBy(() -> review.submit(other, 1, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(scenarios.get(other).status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(review.steps(other)).isEmpty();
    }

    @Test
    void only_a_reviewer_approves_or_sends_back_and_nobody_decides_on_their_own_submission() {
        long id = submittedBy("anna", Role.PLANNER, Role.REVIEWER);
        // Anna is a reviewer too, but this one is her own submission.
        assertThat(review.state(id).canDecide()).isFalse();
        assertThatThrownBy(() -> review.approve(id, 1, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.sendBack(id, 1, "mine")).isInstanceOf(AccessDeniedException.class);
        for (Role notReviewer : new Role[] {Role.ADMIN, Role.PLANNER, Role.STAFF, Role.VIEWER}) {
            signIn("other-" + notReviewer, notReviewer);
            assertThat(review.state(id).canDecide()).as("%s", notReviewer).isFalse();
            assertThatThrownBy(() -> review.approve(id, 1, null))
                    .as("%s approves", notReviewer)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.sendBack(id, 1, "no"))
                    .as("%s sends back", notReviewer)
                    .isInstanceOf(AccessDeniedException.class);
        }
        // The submitter's name in another spelling of case is still the submitter.
        signIn("ANNA", Role.REVIEWER);
        assertThatThrownBy(() -> review.approve(id, 1, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.IN_REVIEW);
        assertThat(review.steps(id)).extracting(ReviewStep::action).containsExactly(ReviewAction.SUBMITTED);

        signIn("rita", Role.REVIEWER);
        assertThat(review.approve(id, 1, null).status()).isEqualTo(ScenarioStatus.APPROVED);
    }

    @Test
    void sending_back_needs_a_reason_and_a_note_is_bounded_and_a_refusal_changes_nothing() {
        long id = submittedBy("anna", Role.PLANNER);
        signIn("rita", Role.REVIEWER);
        for (String blank : new String[] {"", "   ", "\u202E\n\t"}) {
            assertThatThrownBy(() -> review.sendBack(id, 1, blank))
                    .isInstanceOfSatisfying(
                            ReviewRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("review.reason.required"));
        }
        String tooLong = "x".repeat(ScenarioReviewService.MAX_NOTE + 1);
        assertThatThrownBy(() -> review.approve(id, 1, tooLong))
                .isInstanceOfSatisfying(
                        ReviewRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.note.tooLong"));
        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.IN_REVIEW);
        assertThat(review.steps(id)).hasSize(1);
    }

    @Test
    void a_step_the_state_does_not_allow_or_on_a_revision_other_than_the_latest_is_refused() {
        long id = draftOf("anna", Role.PLANNER).id();
        signIn("rita", Role.REVIEWER);
        assertThatThrownBy(() -> review.approve(id, 1, null))
                .isInstanceOfSatisfying(
                        ReviewRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.refused.state"));
        signIn("anna", Role.PLANNER);
        assertThatThrownBy(() -> review.submit(id, 2, null))
                .isInstanceOfSatisfying(
                        ReviewRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.changedMeanwhile"));
        assertThatThrownBy(() -> review.startNewDraft(id)).isInstanceOf(ReviewRuleException.class);
        review.submit(id, 1, null);
        assertThatThrownBy(() -> review.submit(id, 1, null)).isInstanceOf(ReviewRuleException.class);
        assertThatThrownBy(() -> scenarios.archive(id))
                .as("a scenario in review is not archived")
                .isInstanceOf(ReviewRuleException.class);
        assertThatThrownBy(() -> scenarios.changeStatus(id, ScenarioStatus.APPROVED))
                .as("no approval through the status")
                .isInstanceOf(ReviewRuleException.class);
        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.IN_REVIEW);
    }

    @Test
    void an_approved_scenario_is_read_only_for_everyone_until_a_new_draft_is_started_which_keeps_the_approval() {
        long id = approved("anna");
        ScenarioDetail approved = scenarios.get(id);
        for (Role role : Role.values()) {
            signIn("any-" + role, role);
            assertThat(scenarios.canEdit(id)).as("%s edits", role).isFalse();
        }
        signIn("anna", Role.ADMIN);
        assertThatThrownBy(() -> scenarios.save(
                        new ScenarioId(id),
                        approved.version(),
                        TestScenarios.withDiscountRate(approved.scenario(), 0.06),
                        null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarios.rename(new ScenarioId(id), approved.version(), "Other"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarios.restore(id, 1, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(scenarios.canDelete(id)).isFalse();

        for (Role refused : new Role[] {Role.VIEWER, Role.REVIEWER}) {
            signIn("other-" + refused, refused);
            assertThat(review.state(id).canStartNewDraft()).isFalse();
            assertThatThrownBy(() -> review.startNewDraft(id)).isInstanceOf(AccessDeniedException.class);
        }
        signIn("sue", Role.STAFF);
        assertThatThrownBy(() -> review.startNewDraft(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.APPROVED);

        signIn("bo", Role.PLANNER);
        ReviewState draft = review.startNewDraft(id);
        assertThat(draft.status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(draft.latestRevision()).isEqualTo(approved.latestRevision() + 1);
        assertThat(draft.approvedRevision()).isEqualTo(approved.latestRevision());
        assertThat(scenarios.get(id).scenario()).isEqualTo(approved.scenario());
        assertThat(scenarios.versions(id).getFirst())
                .extracting(ScenarioVersionSummary::kind, ScenarioVersionSummary::restoredFrom)
                .containsExactly(VersionKind.NEW_DRAFT, approved.latestRevision());
        assertThat(scenarios.canEdit(id)).isTrue();
        assertThat(scenarios.canDelete(id)).as("an approval stays on record").isFalse();
        assertThat(review.steps(id).getLast().action()).isEqualTo(ReviewAction.NEW_DRAFT);
    }

    @Test
    void staff_start_a_new_draft_of_their_own_approved_scenario_and_admins_of_any() {
        long own = approved("stan", Role.STAFF);
        signIn("stan", Role.STAFF);
        assertThat(review.startNewDraft(own).status()).isEqualTo(ScenarioStatus.DRAFT);
        long any = approved("anna");
        signIn("root", Role.ADMIN);
        assertThat(review.startNewDraft(any).status()).isEqualTo(ScenarioStatus.DRAFT);
    }

    @Test
    void an_archived_approved_scenario_comes_back_approved_and_a_changed_one_as_a_draft() {
        long id = approved("anna");
        signIn("anna", Role.PLANNER);
        scenarios.archive(id);
        assertThat(review.state(id).showsApproved()).isTrue();
        assertThat(scenarios.unarchive(id).status()).isEqualTo(ScenarioStatus.APPROVED);

        review.startNewDraft(id);
        scenarios.archive(id);
        assertThatThrownBy(() -> scenarios.changeStatus(id, ScenarioStatus.APPROVED))
                .as("the latest revision is not the approved one")
                .isInstanceOf(ReviewRuleException.class);
        assertThat(scenarios.unarchive(id).status()).isEqualTo(ScenarioStatus.DRAFT);
    }

    @Test
    void the_list_shows_and_filters_by_the_review_state_and_the_approved_revision() {
        String tag = "ReviewList " + UUID.randomUUID().toString().substring(0, 8);
        signIn("anna", Role.PLANNER);
        long draft = scenarios.create(TestScenarios.evCity(tag + " a"), null).id();
        long inReview = scenarios.create(TestScenarios.evCity(tag + " b"), null).id();
        review.submit(inReview, 1, null);
        long approved = scenarios.create(TestScenarios.evCity(tag + " c"), null).id();
        review.submit(approved, 1, null);
        signIn("rita", Role.REVIEWER);
        review.approve(approved, 1, null);

        var onlyInReview = new ScenarioQuery(tag, java.util.Set.of(ScenarioStatus.IN_REVIEW), null);
        assertThat(scenarios.list(onlyInReview, PageRequest.of(0, 10)))
                .extracting(ScenarioSummary::id)
                .containsExactly(inReview);
        var all = new ScenarioQuery(tag, ScenarioQuery.ACTIVE, null);
        assertThat(scenarios.list(all, PageRequest.of(0, 10, org.springframework.data.domain.Sort.by("name"))))
                .extracting(ScenarioSummary::id, ScenarioSummary::status, ScenarioSummary::approvedRevision)
                .containsExactly(
                        tuple(draft, ScenarioStatus.DRAFT, null),
                        tuple(inReview, ScenarioStatus.IN_REVIEW, null),
                        tuple(approved, ScenarioStatus.APPROVED, 1));
    }

    @Test
    void planners_staff_owners_reviewers_and_admins_comment_and_every_reader_sees_the_thread(CapturedOutput log) {
        long id = draftOf("stan", Role.STAFF).id();
        review.comment(id, "uploaded from the bureau's file");
        for (Role role : new Role[] {Role.PLANNER, Role.REVIEWER, Role.ADMIN}) {
            signIn("c-" + role, role);
            assertThat(review.state(id).canComment()).isTrue();
            review.comment(id, "from " + role);
        }
        signIn("sue", Role.STAFF);
        assertThat(review.state(id).canComment()).isFalse();
        assertThatThrownBy(() -> review.comment(id, "not mine")).isInstanceOf(AccessDeniedException.class);
        signIn("vic", Role.VIEWER);
        assertThatThrownBy(() -> review.comment(id, "a visitor")).isInstanceOf(AccessDeniedException.class);

        assertThat(review.comments(id))
                .extracting(ScenarioComment::author, ScenarioComment::text, ScenarioComment::revision)
                .containsExactly(
                        tuple("stan", "uploaded from the bureau's file", 1),
                        tuple("c-PLANNER", "from PLANNER", 1),
                        tuple("c-REVIEWER", "from REVIEWER", 1),
                        tuple("c-ADMIN", "from ADMIN", 1));
        assertThat(log.getOut()).containsPattern("audit SCENARIO_COMMENTED by c-REVIEWER .*on scenario:" + id);
    }

    @Test
    void a_comment_is_composed_to_nfc_without_hidden_overrides_bounded_in_length_and_in_number() {
        long id = draftOf("anna", Role.PLANNER).id();
        // "é" as e + combining accent, a right-to-left override, a control character, and Chinese punctuation.
        ScenarioComment stored = review.comment(id, "  Cafe\u0301 \u202Eevil\u202C\u0007 ok，好  ");
        assertThat(stored.text()).isEqualTo("Café evil ok，好");

        assertThatThrownBy(() -> review.comment(id, "y".repeat(ScenarioReviewService.MAX_COMMENT + 1)))
                .isInstanceOfSatisfying(
                        ReviewRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.comment.tooLong"));
        assertThat(review.comment(id, "z".repeat(ScenarioReviewService.MAX_COMMENT))
                        .text())
                .hasSize(ScenarioReviewService.MAX_COMMENT);
        assertThatThrownBy(() -> review.comment(id, " \n ")).isInstanceOf(ReviewRuleException.class);

        var filler = new ArrayList<CommentEntity>();
        for (int i = review.comments(id).size(); i < ScenarioReviewService.MAX_COMMENTS; i++) {
            filler.add(new CommentEntity(id, "anna", Instant.now(), 1, "filler " + i));
        }
        commentRows.saveAll(filler);
        assertThatThrownBy(() -> review.comment(id, "one too many"))
                .isInstanceOfSatisfying(
                        ReviewRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.comment.tooMany"));
        assertThat(review.comments(id)).hasSize(ScenarioReviewService.MAX_COMMENTS);
    }

    // ---- fixtures

    private ScenarioDetail draftOf(String owner, Role... roles) {
        signIn(owner, roles);
        return scenarios.create(
                TestScenarios.evCity("Review " + UUID.randomUUID().toString().substring(0, 8)), null);
    }

    private long submittedBy(String owner, Role... roles) {
        long id = draftOf(owner, roles).id();
        review.submit(id, 1, null);
        return id;
    }

    private long approved(String owner, Role... roles) {
        long id = submittedBy(owner, roles.length == 0 ? new Role[] {Role.PLANNER} : roles);
        signIn("rita", Role.REVIEWER);
        review.approve(id, 1, null);
        return id;
    }
}
