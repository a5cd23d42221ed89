package org.workbench.web.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioStatus;
import org.workbench.web.scenario.ScenarioSummary;
import org.workbench.web.scenario.TestScenarios;

/** The review in the editor and the list, browserless: the actions each user is offered, and what they do. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    ScenarioReviewService review;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_planner_submits_a_draft_from_the_header_and_the_editor_turns_read_only_in_review() {
        long id = draft("anna");
        ScenarioEditor editor = open(id);
        assertThat(buttons("review-approve")).isEmpty();
        assertThat(buttons("save-button")).hasSize(1);

        click("review-submit");
        find(TextArea.class).withClassName("review-text").single().setValue("please look");
        click("review-confirm");

        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.IN_REVIEW);
        ScenarioEditor reloaded = shownEditor();
        assertThat(reloaded).isNotSameAs(editor);
        assertThat(reloaded.settingsForm().field("discountRate").isReadOnly()).isTrue();
        assertThat(buttons("save-button")).isEmpty();
        assertThat(buttons("review-submit")).isEmpty();
        assertThat(notes()).contains("In review: read only until a reviewer approves it or sends it back.");
        assertThat(statusBadge()).isEqualTo("In review");
    }

    @Test
    void unsaved_edits_keep_a_draft_from_going_to_review() {
        long id = draft("anna");
        ScenarioEditor editor = open(id);
        editor.setDirty(true);
        click("review-submit");
        assertThat(find(TextArea.class).withClassName("review-text").all()).isEmpty();
        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.DRAFT);
    }

    @Test
    void a_reviewer_must_give_a_reason_to_send_back_and_then_approves_the_resubmission() {
        long id = submitted("anna");
        TestUsers.signIn("rita", Role.REVIEWER);
        open(id);
        assertThat(buttons("review-submit")).isEmpty();

        click("review-sendBack");
        click("review-confirm");
        TextArea reason = find(TextArea.class).withClassName("review-text").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why it goes back: nothing was changed.");
        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.IN_REVIEW);
        reason.setValue("Cite the multiplier");
        click("review-confirm");
        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.DRAFT);

        TestUsers.signIn("anna", Role.PLANNER);
        review.submit(id, 1, null);
        TestUsers.signIn("rita", Role.REVIEWER);
        open(id);
        click("review-approve");
        click("review-confirm");
        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.APPROVED);
        assertThat(notes()).anySatisfy(note -> assertThat(note).startsWith("Approved: revision 1 by rita"));
    }

    @Test
    void the_submitter_who_is_also_a_reviewer_is_offered_no_decision_on_their_own_submission() {
        long id = submitted("anna");
        TestUsers.signIn("anna", Role.PLANNER, Role.REVIEWER);
        open(id);
        assertThat(buttons("review-approve")).isEmpty();
        assertThat(buttons("review-sendBack")).isEmpty();
    }

    @Test
    void an_approved_scenario_offers_the_planner_a_new_draft_which_makes_it_editable_again() {
        long id = approved("anna");
        TestUsers.signIn("anna", Role.PLANNER);
        open(id);
        assertThat(buttons("save-button")).isEmpty();
        assertThat(notes()).contains("Approved: read only. Start a new draft to change it.");

        click("review-newDraft");
        click("review-confirm");

        assertThat(scenarios.get(id).status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(scenarios.get(id).latestRevision()).isEqualTo(2);
        assertThat(shownEditor().settingsForm().field("discountRate").isReadOnly())
                .isFalse();
        assertThat(buttons("save-button")).hasSize(1);
        assertThat(notes()).anySatisfy(note -> assertThat(note).startsWith("Approved: revision 1 by rita"));
    }

    @Test
    void a_comment_posted_in_the_review_tab_shows_in_the_thread_and_in_the_history_and_a_viewer_only_reads() {
        long id = draft("anna");
        open(id);
        selectTab("review-tab");
        ReviewPanel panel = find(ReviewPanel.class).single();
        panel.input().setValue("y".repeat(ScenarioReviewService.MAX_COMMENT + 1));
        click("comment-post");
        assertThat(panel.input().isInvalid()).isTrue();
        panel.input().setValue("Where does the 1.8 come from?");
        click("comment-post");

        assertThat(commentTexts()).containsExactly("Where does the 1.8 come from?");
        selectTab("history-tab");
        assertThat(find(ReviewTimeline.class).single().entries())
                .extracting(ReviewTimeline.Entry::whatKey, ReviewTimeline.Entry::text)
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        "review.timeline.COMMENT", "Where does the 1.8 come from?"));

        TestUsers.signIn("vic", Role.VIEWER);
        open(id);
        selectTab("review-tab");
        assertThat(commentTexts()).containsExactly("Where does the 1.8 come from?");
        assertThat(buttons("comment-post")).isEmpty();
    }

    @Test
    void the_list_shows_the_state_with_the_approved_revision_and_offers_every_state_in_its_filter() {
        long id = approved("anna");
        TestUsers.signIn("anna", Role.PLANNER);
        review.startNewDraft(id);
        ScenarioListView list = navigate(ScenarioListView.class);
        ScenarioSummary row = scenarios
                .list(
                        org.workbench.web.scenario.ScenarioQuery.all(),
                        org.springframework.data.domain.Pageable.unpaged())
                .stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
        Span cell = ReviewBadge.of(list, row);
        assertThat(cell.getElement().getTextRecursively()).isEqualTo("Draft · approved r1");
        var filter = find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
                .withClassName("status-filter")
                .single();
        assertThat(filter.getValue())
                .containsExactlyInAnyOrder(ScenarioStatus.DRAFT, ScenarioStatus.IN_REVIEW, ScenarioStatus.APPROVED);
    }

    // ---- helpers

    private long draft(String owner) {
        TestUsers.signIn(owner, Role.PLANNER);
        return scenarios
                .create(
                        TestScenarios.evCity(
                                "Review view " + UUID.randomUUID().toString().substring(0, 6)),
                        null)
                .id();
    }

    private long submitted(String owner) {
        long id = draft(owner);
        review.submit(id, 1, null);
        return id;
    }

    private long approved(String owner) {
        long id = submitted(owner);
        TestUsers.signIn("rita", Role.REVIEWER);
        review.approve(id, 1, null);
        return id;
    }

    private ScenarioEditor open(long id) {
        return navigate("scenarios/" + id, ScenarioEditorView.class).editor();
    }

    private ScenarioEditor shownEditor() {
        return find(ScenarioEditorView.class).single().editor();
    }

    private void selectTab(String className) {
        var tabs = find(com.vaadin.flow.component.tabs.TabSheet.class)
                .withClassName("editor-tabs")
                .single();
        var tab = find(com.vaadin.flow.component.tabs.Tab.class)
                .withClassName(className)
                .single();
        tabs.setSelectedTab(tab);
    }

    private List<Button> buttons(String className) {
        return find(Button.class).withClassName(className).all().stream()
                .filter(b -> b.isVisible())
                .toList();
    }

    private void click(String className) {
        test(find(Button.class).withClassName(className).single()).click();
    }

    private List<String> notes() {
        return find(Span.class).all().stream()
                .filter(s -> s.hasClassName("read-only-note") || s.hasClassName("approved-note"))
                .map(Span::getText)
                .toList();
    }

    private String statusBadge() {
        return find(Span.class).withClassName("status-badge").all().getFirst().getText();
    }

    private List<String> commentTexts() {
        return find(com.vaadin.flow.component.html.Div.class).withClassName("comment-text").all().stream()
                .map(d -> d.getText())
                .toList();
    }
}
