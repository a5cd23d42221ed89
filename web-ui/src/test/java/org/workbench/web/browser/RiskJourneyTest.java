package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.domain.Scenario;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.risk.RiskSamples;
import org.workbench.web.scenario.ScenarioService;

/**
 * The Risk tab in a real browser: a planner opens it on a sample with ranges and uncertain incentives, Monte Carlo
 * runs and the histogram, tornado and P(loss) appear, in English and in Chinese; a viewer sees it read-only; the
 * Rugao-style bet shows the red budget warning.
 */
class RiskJourneyTest extends BrowserTestSupport {
    @Autowired
    ScenarioService service;

    @Test
    void a_planner_opens_the_risk_tab_of_a_sample_with_ranges_and_sees_the_histogram_tornado_and_p_loss() {
        long id = create(RiskSamples.hefei(), "Risk journey");
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios/" + id);
        page.locator(".echart svg").first().waitFor();

        double millis = openRiskTabAndTime(page, "Risk");
        System.out.println("RISK_TAB_TO_RESULT_MS " + millis);
        assertThat(page.locator("#risk-loss")).hasText(java.util.regex.Pattern.compile("\\d.*%"));
        assertThat(page.locator("#risk-status")).hasText("2,000 draws, seed 1");
        assertThat(page.locator("#risk-histogram svg text").filter(hasText("P50")))
                .hasCount(1);
        assertThat(page.locator("#risk-histogram svg")).containsText("Below zero:");
        assertThat(page.locator("#risk-tornado svg")).containsText("success");
        assertThat(page.locator("#risk-fan svg")).containsText("P5 to P95");
        assertThat(page.locator(".kpi-range").first()).containsText("P5–P95");
        page.locator("#risk-run").click();
        assertThat(page.locator("#risk-status")).hasText("2,000 draws, seed 1");
        screenshot(page, "risk-tab-en");
    }

    @Test
    void a_planner_in_chinese_runs_monte_carlo_and_reads_the_cards_in_chinese() {
        long id = create(RiskSamples.withDraws(RiskSamples.hefei(), 2_000, 7), "风险旅程");
        jdbc.update("update app_user set locale = 'zh-CN' where username = 'planner'");
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios/" + id);
        page.locator(".echart svg").first().waitFor();

        double millis = openRiskTabAndTime(page, "风险");
        System.out.println("RISK_TAB_TO_RESULT_MS_ZH " + millis);
        assertThat(page.locator(".risk-tab")).containsText("亏损概率");
        assertThat(page.locator("#risk-status")).hasText("2,000 次抽样，随机种子 7");
        assertThat(page.locator("#risk-histogram svg")).containsText("低于零：");
        assertThat(page.locator("#risk-histogram svg")).containsText("亿元");
        assertThat(page.locator("#risk-tornado svg")).containsText("成功与否");
        screenshot(page, "risk-tab-zh");
    }

    @Test
    void a_planner_sets_a_range_and_a_success_probability_and_sees_the_tornado_reorder_and_p_loss_change() {
        long id = create(RiskSamples.withDraws(RiskSamples.hefei(), 2_000, 5), "Risk edits");
        login(page, "planner", DEMO_PASSWORD);
        changeRangeAndSuccess(page, id, "Risk", "Incentives", "DISP-FAB · But-for share");
        screenshot(page, "risk-tab-after-edits-en");
    }

    @Test
    void a_planner_in_chinese_sets_a_range_and_a_success_probability_and_sees_the_tornado_reorder() {
        long id = create(RiskSamples.withDraws(RiskSamples.hefei(), 2_000, 5), "风险编辑");
        jdbc.update("update app_user set locale = 'zh-CN' where username = 'planner'");
        login(page, "planner", DEMO_PASSWORD);
        changeRangeAndSuccess(page, id, "风险", "政策", "DISP-FAB · 增量比例");
        screenshot(page, "risk-tab-after-edits-zh");
    }

    /**
     * Runs Monte Carlo on the saved inputs, then makes the display fab a long shot (success 30%) and gives its
     * but-for share a wide range (20% to 95%) in the incentive's form, runs again from the Risk tab and checks that
     * the tornado gained that row and changed its order, and that P(loss) moved.
     */
    private static void changeRangeAndSuccess(Page page, long id, String riskTab, String incentivesTab, String row) {
        page.navigate("/scenarios/" + id + "?tab=risk");
        assertThat(page.locator("#risk-status[data-state=done]")).hasCount(1);
        String lossBefore = page.locator("#risk-loss").innerText();
        List<String> before = tornadoLabels(page);
        org.assertj.core.api.Assertions.assertThat(before).isNotEmpty().doesNotContain(row);

        page.locator("vaadin-tab").filter(hasText(incentivesTab)).click();
        page.locator("vaadin-grid.incentives-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^DISP-FAB$")))
                .first()
                .click();
        assertThat(page.locator(".incentives-form h4")).containsText("DISP-FAB");
        commit(page.locator("#incentive-successProbability input"), "30%");
        commit(page.locator("#incentive-butForShare-low input"), "20%");
        commit(page.locator("#incentive-butForShare-high input"), "95%");

        page.locator("vaadin-tab").filter(hasText(riskTab)).click();
        assertThat(page.locator(".risk-stale")).isVisible();
        page.locator("#risk-run").click();
        assertThat(page.locator(".risk-stale")).isHidden();
        assertThat(page.locator("#risk-status[data-state=done]")).hasCount(1);
        List<String> after = tornadoLabels(page);
        org.assertj.core.api.Assertions.assertThat(after).contains(row).isNotEqualTo(before);
        org.assertj.core.api.Assertions.assertThat(page.locator("#risk-loss").innerText())
                .isNotEqualTo(lossBefore);
    }

    private static void commit(Locator input, String text) {
        input.fill(text);
        input.press("Tab");
    }

    // The tornado's row labels, top to bottom as drawn: the y axis's texts with a code (NEV-ANCHOR · …).
    private static List<String> tornadoLabels(Page page) {
        page.locator("#risk-tornado svg text").first().waitFor();
        List<String> labels = page.locator("#risk-tornado svg text").allTextContents().stream()
                .filter(text -> text.contains(" · "))
                .toList();
        return labels;
    }

    @Test
    void a_viewer_sees_the_risk_tab_read_only_and_may_run_monte_carlo() {
        long id = create(RiskSamples.withDraws(RiskSamples.hefei(), 1_000, 3), "Risk viewer");
        login(page, "viewer", DEMO_PASSWORD);
        page.navigate("/scenarios/" + id);
        page.locator(".echart svg").first().waitFor();

        openRiskTabAndTime(page, "Risk");
        assertThat(page.locator(".risk-read-only"))
                .hasText("Read only: you can run Monte Carlo and see its results, but you cannot change the inputs.");
        assertThat(page.locator("#editor-save")).isHidden();
        assertThat(page.locator("#risk-loss")).containsText("%");
        assertThat(page.locator("#risk-run")).isEnabled();
        screenshot(page, "risk-tab-viewer-en");
    }

    @Test
    void the_rugao_style_single_bet_shows_the_red_warning_in_the_header_and_the_tab() {
        long id = create(RiskSamples.rugao(), "Risk Rugao");
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios/" + id);
        assertThat(page.locator(".affordability-badge[data-level=RED]")).isVisible();

        openRiskTabAndTime(page, "Risk");
        assertThat(page.locator("#afford-warning[data-level=RED]")).containsText("more than 30%");
        assertThat(page.locator(".afford-thresholds")).containsText("more than 10%");
        assertThat(page.locator(".afford-chart svg")).containsText("30% of the budget");
        page.locator(".affordability").scrollIntoViewIfNeeded();
        screenshot(page, "risk-affordability-rugao-en");
    }

    /** Clicks the tab and returns the milliseconds until P(loss) shows a figure. */
    private static double openRiskTabAndTime(Page page, String label) {
        page.evaluate("() => { window.__riskClickAt = performance.now(); window.__riskShownAt = undefined; }");
        page.evaluate("""
                () => {
                  const check = () => {
                    const card = document.querySelector('#risk-loss');
                    if (card && card.textContent.includes('%')
                        && document.querySelector('#risk-histogram svg path')) {
                      window.__riskShownAt = performance.now();
                    } else {
                      requestAnimationFrame(check);
                    }
                  };
                  requestAnimationFrame(check);
                }""");
        page.evaluate("() => { window.__riskClickAt = performance.now(); }");
        page.locator("vaadin-tab").filter(hasText(label)).click();
        page.waitForFunction("() => window.__riskShownAt !== undefined");
        return ((Number) page.evaluate("() => window.__riskShownAt - window.__riskClickAt")).doubleValue();
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private long create(Scenario scenario, String name) {
        TestUsers.signIn("planner", Role.PLANNER);
        try {
            return service.create(
                            scenario.withName(
                                    name + " " + UUID.randomUUID().toString().substring(0, 6)),
                            null)
                    .id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
