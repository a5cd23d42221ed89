package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioStatus;
import org.workbench.web.scenario.TestScenarios;

/**
 * A scenario's way through review in a real browser, in English and in Chinese: the planner submits, the reviewer
 * sends it back with a reason, the planner fixes and resubmits, the reviewer approves, and the planner can no longer
 * edit it but can start a new draft.
 */
class ReviewJourneyTest extends BrowserTestSupport {

    /** The texts one language shows along the way. */
    record Texts(
            String locale,
            String inReview,
            String approved,
            String draft,
            String reviewTab,
            String sentBackStep,
            String readOnlyApproved,
            String approvedShort) {}

    static final Texts ENGLISH = new Texts(
            "en",
            "In review",
            "Approved",
            "Draft",
            "Review",
            "Sent back",
            "Approved: read only. Start a new draft to change it.",
            "approved r2");
    static final Texts CHINESE = new Texts("zh-CN", "审核中", "已批准", "草稿", "审核", "退回", "已批准：只读。如需修改，请新建草稿。", "已批准第 2 版");

    @Autowired
    ScenarioService service;

    @Test
    void a_scenario_is_submitted_sent_back_fixed_resubmitted_approved_and_then_only_a_new_draft_changes_it() {
        journey(ENGLISH, "en");
    }

    @Test
    void the_same_review_in_chinese() {
        journey(CHINESE, "zh");
    }

    private void journey(Texts t, String suffix) {
        jdbc.update("update app_user set locale = ? where username in ('planner', 'reviewer')", t.locale());
        String name =
                "Review journey " + suffix + " " + UUID.randomUUID().toString().substring(0, 6);
        long id = createAsPlanner(name);

        // The planner submits.
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios/" + id);
        page.locator(".echart svg").first().waitFor();
        page.locator("vaadin-button.review-submit").click();
        page.locator("vaadin-text-area.review-text textarea").fill("Ready for a first look");
        page.locator("vaadin-button.review-confirm").click();
        assertThat(page.locator(".meta-box .status-badge")).hasText(t.inReview());
        assertThat(page.locator("vaadin-button.save-button")).hasCount(0);

        // The reviewer sends it back with a reason.
        BrowserContext reviewerContext = newContext();
        Page reviewer = reviewerContext.newPage();
        login(reviewer, "reviewer", DEMO_PASSWORD);
        reviewer.navigate("/scenarios/" + id);
        reviewer.locator(".echart svg").first().waitFor();
        assertThat(reviewer.locator(".meta-box .status-badge")).hasText(t.inReview());
        awaitOverlaysOpened(reviewer);
        screenshot(reviewer, "review-editor-in-review-" + suffix);
        reviewer.locator("vaadin-button.review-sendBack").click();
        reviewer.locator("vaadin-text-area.review-text textarea").fill("Cite a source for the multiplier");
        reviewer.locator("vaadin-button.review-confirm").click();
        assertThat(reviewer.locator(".meta-box .status-badge")).hasText(t.draft());
        assertThat(reviewer.locator("vaadin-button.review-approve")).hasCount(0);

        // The planner sees the reason, fixes the draft, saves and resubmits.
        page.reload();
        page.locator(".echart svg").first().waitFor();
        assertThat(page.locator(".meta-box .status-badge")).hasText(t.draft());
        page.locator("vaadin-tab.review-tab").click();
        page.locator("vaadin-tab.history-tab").click();
        assertThat(page.locator("vaadin-grid.review-timeline-grid")).containsText("Cite a source for the multiplier");
        assertThat(page.locator("vaadin-grid.review-timeline-grid")).containsText(t.sentBackStep());
        page.locator("vaadin-tab").first().click();
        page.locator("#settings-discountRate input").fill("0.04");
        page.locator("#settings-discountRate input").press("Tab");
        assertThat(page.locator(".unsaved-badge")).isVisible();
        page.locator("vaadin-text-field.save-comment input").fill("Source cited");
        page.locator("vaadin-button.save-button").click();
        assertThat(page.locator(".unsaved-badge")).isHidden();
        page.locator("vaadin-button.review-submit").click();
        page.locator("vaadin-button.review-confirm").click();
        assertThat(page.locator(".meta-box .status-badge")).hasText(t.inReview());

        // The reviewer approves revision 2 and says so in the discussion.
        reviewer.reload();
        reviewer.locator(".echart svg").first().waitFor();
        reviewer.locator("vaadin-button.review-approve").click();
        reviewer.locator("vaadin-button.review-confirm").click();
        assertThat(reviewer.locator(".meta-box .status-badge")).hasText(t.approved());
        reviewer.locator("vaadin-tab.review-tab").click();
        reviewer.locator("vaadin-text-area.comment-text-input textarea").fill("Approved for the council meeting");
        reviewer.locator("vaadin-button.comment-post").click();
        assertThat(reviewer.locator(".comment-thread")).containsText("Approved for the council meeting");
        reviewerContext.close();

        // The planner can no longer edit it, but can start a new draft, which keeps revision 2 as the approved one.
        page.reload();
        page.locator(".echart svg").first().waitFor();
        assertThat(page.locator(".meta-box .status-badge")).hasText(t.approved());
        assertThat(page.locator(".read-only-note")).hasText(t.readOnlyApproved());
        assertThat(page.locator("vaadin-button.save-button")).hasCount(0);
        assertThat(page.locator("#settings-discountRate")).hasAttribute("readonly", "");
        page.locator("vaadin-button.review-newDraft").click();
        page.locator("vaadin-button.review-confirm").click();
        assertThat(page.locator(".meta-box .status-badge")).hasText(t.draft());
        assertThat(page.locator("vaadin-button.save-button")).isVisible();
        assertThat(page.locator(".meta-box .approved-note")).containsText("2");

        TestUsers.signIn("planner", Role.PLANNER);
        assertThat(service.get(id).status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(service.get(id).approvedRevision()).isEqualTo(2);
        SecurityContextHolder.clearContext();

        page.navigate("/scenarios");
        page.locator("vaadin-text-field.scenario-search input").fill(name);
        assertThat(page.locator("vaadin-grid.scenario-grid-list")).containsText(t.approvedShort());
        screenshot(page, "review-list-" + suffix);
    }

    private long createAsPlanner(String name) {
        TestUsers.signIn("planner", Role.PLANNER);
        try {
            return service.create(TestScenarios.evCity(name), null).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
