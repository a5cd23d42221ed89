package org.workbench.web.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
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
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/** The comparison page's "approved revisions only" checkbox, browserless. */
@SpringBootTest
@ActiveProfiles("test")
class CompareViewApprovedTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    ScenarioReviewService review;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void ticking_approved_revisions_only_compares_the_approved_revision_and_the_links_carry_the_option() {
        String tag = "View " + UUID.randomUUID().toString().substring(0, 8);
        long changed = approved(tag + " changed");
        long other = approved(tag + " other");
        review.startNewDraft(changed);
        var draft = TestScenarios.withDiscountRate(scenarios.get(changed).scenario(), 0.11);
        scenarios.save(new ScenarioId(changed), scenarios.get(changed).version(), draft, null);
        CompareView view = open("ids=" + changed + "," + other + "&base=" + other);
        assertThat(states()).first().asString().isEqualTo(tag + " changed: Draft, revision 3 · approved r1");
        assertThat(view.approvedOnly.getValue()).isFalse();

        test(view.approvedOnly).click();

        CompareView shown = find(CompareView.class).single();
        assertThat(shown.approvedOnly.getValue()).isTrue();
        assertThat(states())
                .containsExactly(
                        tag + " changed: approved revision 1 compared · now Draft",
                        tag + " other: approved revision 1 compared · now Approved");
        assertThat(reportHref()).endsWith("&revisions=approved");

        test(shown.approvedOnly).click();

        assertThat(states()).first().asString().isEqualTo(tag + " changed: Draft, revision 3 · approved r1");
        assertThat(reportHref()).doesNotContain("revisions");
    }

    @Test
    void ticking_it_with_a_scenario_never_approved_names_it_and_compares_nothing() {
        String tag = "View " + UUID.randomUUID().toString().substring(0, 8);
        long approved = approved(tag + " approved");
        long draft =
                scenarios.create(TestScenarios.evCity(tag + " draft"), null).id();
        CompareView view = open("ids=" + approved + "," + draft);
        assertThat(states()).hasSize(2);

        test(view.approvedOnly).click();

        assertThat(find(Paragraph.class)
                        .withClassName("compare-message")
                        .single()
                        .getText())
                .isEqualTo("Only approved revisions are compared, and “" + tag
                        + " draft” has never been approved: nothing was compared. Leave it out or compare the latest"
                        + " revisions.");
        assertThat(states()).isEmpty();
        assertThat(find(CompareView.class).single().approvedOnly.getValue()).isTrue();
    }

    private long approved(String name) {
        TestUsers.signIn("anna", Role.PLANNER);
        long id = scenarios.create(TestScenarios.evCity(name), null).id();
        review.submit(id, 1, null);
        TestUsers.signIn("rita", Role.REVIEWER);
        review.approve(id, 1, null);
        TestUsers.signIn("anna", Role.PLANNER);
        return id;
    }

    private CompareView open(String query) {
        UI.getCurrent().navigate(CompareView.class, QueryParameters.fromString(query));
        return find(CompareView.class).single();
    }

    private List<String> states() {
        return find(Span.class).withClassName("compared-state").all().stream()
                .map(Span::getText)
                .toList();
    }

    private String reportHref() {
        return find(Anchor.class).withClassName("compare-report").single().getHref();
    }
}
