package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/** A planner reads what each incentive brings and asks goal seek for a but-for share, in English and Chinese. */
class GoalSeekJourneyTest extends BrowserTestSupport {
    private static final String NPV = ".kpi-card[data-kpi=npv] .kpi-value";

    @Autowired
    ScenarioService service;

    @Test
    void a_planner_sees_the_results_per_item_and_applies_a_goal_seek_in_english() {
        journey("en", "By incentive", "Own NPV by incentive", "Found: ");
    }

    @Test
    void a_planner_sees_the_results_per_item_and_applies_a_goal_seek_in_chinese() {
        journey("zh", "按政策", "各项政策的自身净现值", "求得：");
    }

    private void journey(String language, String byIncentive, String chartTitle, String found) {
        Scenario scenario = TestScenarios.evCity(
                "Goal seek " + language + " " + UUID.randomUUID().toString().substring(0, 6));
        ScenarioDetail created = createAsPlanner(scenario);
        login(page, "planner", DEMO_PASSWORD);
        if (language.equals("zh")) {
            page.locator("vaadin-select.language-switch").click();
            page.locator("vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText("简体中文"))
                    .click();
            page.locator(".app-name")
                    .filter(new Locator.FilterOptions().setHasText("情景工作台"))
                    .waitFor();
        }
        page.navigate("/scenarios/" + created.id());
        page.locator(".echart svg").first().waitFor();

        Locator byItem = page.locator(".item-results");
        byItem.scrollIntoViewIfNeeded();
        assertThat(byItem).containsText(byIncentive);
        assertThat(page.locator("vaadin-grid.item-results-incentives")).containsText("JS1");
        assertThat(page.locator("vaadin-grid.item-results-incentives")).containsText("EQ1");
        assertThat(page.locator("vaadin-grid.item-results-industries")).containsText("DSP");
        assertThat(page.locator(".item-npv-chart svg text").filter(new Locator.FilterOptions().setHasText(chartTitle)))
                .hasCount(1);
        // Two incentives, two bars (one per series holds each incentive's value).
        assertThat(page.locator(".item-npv-chart svg path[fill='" + "#2e7d32" + "'], .item-npv-chart svg path[fill='"
                                + "#c62828" + "']")
                        .first())
                .isVisible();
        byItem.screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", "item-results-" + language + ".png")));

        String npvBefore = page.locator(NPV).textContent();
        page.locator("vaadin-button.goal-seek-button").click();
        page.locator("vaadin-combo-box.goal-seek-item input").fill("JS1");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("JS1"))
                .first()
                .click();
        double target = ProjectionEngine.views(scenario).expected().kpi(Kpi.NPV).orElseThrow() + 5e6;
        Locator targetInput = page.locator("vaadin-number-field.goal-seek-target input");
        targetInput.fill(String.valueOf(Math.round(target)));
        targetInput.press("Tab");
        page.locator("vaadin-button.goal-seek-run").click();
        Locator outcome = page.locator(".goal-seek-outcome[data-state=found]");
        assertThat(outcome).containsText(found);
        assertThat(page.locator("vaadin-button.goal-seek-apply")).isEnabled();
        awaitOverlaysOpened(page);
        screenshot(page, "goal-seek-" + language);

        page.locator("vaadin-button.goal-seek-apply").click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog[opened]")).hasCount(0);
        assertThat(page.locator(".unsaved-badge")).isVisible();
        assertThat(page.locator(NPV)).not().hasText(npvBefore);
        screenshot(page, "goal-seek-applied-" + language);
    }

    private ScenarioDetail createAsPlanner(Scenario scenario) {
        TestUsers.signIn("planner", Role.PLANNER);
        try {
            return service.create(scenario, null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
