package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/** A planner's day with scenarios, in a real browser: create, edit with live results, save, history, conflicts. */
class ScenarioJourneyTest extends BrowserTestSupport {
    private static final String NPV = ".kpi-card[data-kpi=npv] .kpi-value";

    @Autowired
    ScenarioService service;

    @Test
    void a_planner_creates_from_a_sample_edits_a_but_for_share_saves_diffs_and_restores() {
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios");
        assertThat(page.locator("vaadin-grid.scenario-grid-list")).containsText("Hefei-style concentrated bet");
        screenshot(page, "scenarios-list-en");

        String name = "Journey " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("vaadin-button.action-new").click();
        page.locator("vaadin-text-field.new-scenario-name input").fill(name);
        page.locator("vaadin-button.new-scenario-create").click();
        page.waitForURL(Pattern.compile(".*/scenarios/\\d+$"));
        assertThat(page.locator("h2.scenario-title")).hasText(name);
        page.locator(".echart svg").first().waitFor();
        String npvBefore = page.locator(NPV).textContent();
        screenshot(page, "scenario-editor-en");

        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Incentives"))
                .click();
        openIncentiveEditor(page, "NEV-ANCHOR");
        List<Double> millis = new ArrayList<>();
        // Within the sample's range for the share (0.3 to 0.7), which a value must stay inside.
        for (String share : new String[] {"0.3", "0.35", "0.4", "0.45", "0.65"}) {
            millis.add(editAndTimeKpiUpdate(page, share));
        }
        System.out.println("EDIT_TO_KPI_MS " + millis);
        assertThat(page.locator(NPV)).not().hasText(npvBefore);
        String npvEdited = page.locator(NPV).textContent();
        assertThat(page.locator(".unsaved-badge")).isVisible();
        screenshot(page, "scenario-editor-edited-en");

        page.locator("vaadin-text-field.save-comment input").fill("Anchor more likely caused by the deal");
        page.locator("vaadin-button.save-button").click();
        assertThat(page.locator(".scenario-meta")).containsText("Revision 2");
        assertThat(page.locator(".unsaved-badge")).isHidden();

        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("History"))
                .click();
        Locator versions = page.locator("vaadin-grid.versions-grid");
        assertThat(versions).containsText("Anchor more likely caused by the deal");
        rowCheckboxes(versions).nth(0).click();
        rowCheckboxes(versions).nth(1).click();
        page.locator("vaadin-button.history-compare").click();
        Locator changes = page.locator("vaadin-grid.changes-grid");
        assertThat(changes).containsText("But-for share");
        assertThat(changes).containsText("NEV-ANCHOR");
        screenshot(page, "scenario-history-diff-en");

        rowCheckboxes(versions).nth(0).click(); // keep only revision 1 ticked
        page.locator("vaadin-button.history-restore").click();
        page.locator(
                        "vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog vaadin-button[slot=confirm-button]")
                .first()
                .click();
        assertThat(page.locator(".scenario-meta")).containsText("Revision 3");
        assertThat(page.locator(NPV)).hasText(npvBefore);
        assertThat(page.locator(NPV)).not().hasText(npvEdited);
    }

    @Test
    void the_second_of_two_planners_saving_gets_the_conflict_dialog_and_keeps_their_edits_as_a_copy() {
        ScenarioDetail shared =
                createAsPlanner("Conflict " + UUID.randomUUID().toString().substring(0, 6));
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios/" + shared.id());
        page.locator(".echart svg").first().waitFor();

        BrowserContext otherContext = newContext();
        Page other = otherContext.newPage();
        login(other, "admin", ADMIN_PASSWORD);
        other.navigate("/scenarios/" + shared.id());
        other.locator("#settings-discountRate input").fill("0.07");
        other.locator("#settings-discountRate input").press("Tab");
        other.locator("vaadin-text-field.save-comment input").fill("Higher discount rate");
        other.locator("vaadin-button.save-button").click();
        assertThat(other.locator(".scenario-meta")).containsText("Revision 2");
        otherContext.close();

        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Incentives"))
                .click();
        openIncentiveEditor(page, "EQ1");
        Locator butFor = page.locator("#incentive-butForShare input");
        butFor.fill("0.55");
        butFor.press("Tab");
        assertThat(page.locator(".unsaved-badge")).isVisible();
        page.locator("vaadin-button.save-button").click();

        Locator dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog")
                .filter(new Locator.FilterOptions().setHasText("Somebody else saved this scenario meanwhile"));
        assertThat(page.getByText("Somebody else saved this scenario meanwhile"))
                .isVisible();
        assertThat(page.locator("vaadin-grid.changes-grid")).containsText("Discount rate");
        assertThat(page.getByText("Higher discount rate", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        awaitOverlaysOpened(page);
        screenshot(page, "scenario-conflict-en");

        page.locator("vaadin-button.conflict-save-copy").click();
        page.waitForURL(url -> !url.endsWith("/scenarios/" + shared.id()));
        assertThat(page.locator("h2.scenario-title")).containsText("(copy)");
        assertThat(dialog).hasCount(0);
        // The copy holds this planner's edit; the shared scenario holds the other one's.
        TestUsers.signIn("viewer", Role.VIEWER);
        ScenarioDetail original = service.get(shared.id());
        assertThat(original.scenario().settings().discountRate()).isEqualTo(0.07);
        assertThat(original.scenario().incentives().getFirst().butForShare()).isEqualTo(0.3);
    }

    @Test
    void the_scenario_pages_speak_chinese_list_editor_history_and_conflict() {
        Scenario sample = SampleScenarios.all().getFirst().scenario();
        ScenarioDetail created =
                createAsPlanner("中文旅程 " + UUID.randomUUID().toString().substring(0, 6), sample);
        TestUsers.signIn("planner", Role.PLANNER);
        ScenarioDetail v2 = service.save(
                new ScenarioId(created.id()),
                created.version(),
                TestScenarios.withButForShare(created.scenario(), "NEV-ANCHOR", 0.6),
                "提高锚定企业的增量比例");
        SecurityContextHolder.clearContext();

        login(page, "planner", DEMO_PASSWORD);
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("简体中文"))
                .click();
        page.locator(".app-name")
                .filter(new Locator.FilterOptions().setHasText("情景工作台"))
                .waitFor();
        page.navigate("/scenarios");
        assertThat(page.locator("h2")).containsText("情景");
        screenshot(page, "scenarios-list-zh");

        page.navigate("/scenarios/" + created.id());
        page.locator(".echart svg").first().waitFor();
        assertThat(page.locator(".kpi-card[data-kpi=npv] .kpi-label")).hasText("净现值");
        screenshot(page, "scenario-editor-zh");

        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("历史"))
                .click();
        Locator versions = page.locator("vaadin-grid.versions-grid");
        rowCheckboxes(versions).nth(0).click();
        rowCheckboxes(versions).nth(1).click();
        page.locator("vaadin-button.history-compare").click();
        assertThat(page.locator("vaadin-grid.changes-grid")).containsText("NEV-ANCHOR");
        screenshot(page, "scenario-history-diff-zh");

        // Somebody saves meanwhile; this planner's save then meets the conflict dialog.
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("基本设置"))
                .click();
        TestUsers.signIn("admin", Role.ADMIN);
        service.save(
                new ScenarioId(created.id()),
                v2.version(),
                TestScenarios.withDiscountRate(v2.scenario(), 0.06),
                "管理员调整贴现率");
        SecurityContextHolder.clearContext();
        page.locator("#settings-householdSize input").fill("2.9");
        page.locator("#settings-householdSize input").press("Tab");
        // The server has taken the edit once it marks the editor unsaved; saving before that would save nothing.
        assertThat(page.locator(".unsaved-badge")).isVisible();
        page.locator("vaadin-button.save-button").click();
        assertThat(page.getByText("在你编辑期间，别人保存了这个情景")).isVisible();
        assertThat(page.locator("vaadin-grid.changes-grid").last()).containsText("贴现率");
        awaitOverlaysOpened(page);
        screenshot(page, "scenario-conflict-zh");
    }

    private ScenarioDetail createAsPlanner(String name) {
        return createAsPlanner(name, TestScenarios.evCity(name));
    }

    private ScenarioDetail createAsPlanner(String name, Scenario scenario) {
        TestUsers.signIn("planner", Role.PLANNER);
        try {
            return service.create(scenario.withName(name), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void openIncentiveEditor(Page page, String code) {
        page.locator("vaadin-grid.incentives-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + code + "$")))
                .first()
                .click();
        assertThat(page.locator(".incentives-form h4")).containsText(code);
    }

    private static Locator rowCheckboxes(Locator grid) {
        return grid.locator("vaadin-grid-cell-content vaadin-checkbox:not(.vaadin-grid-select-all-checkbox)");
    }

    /** Commits a new but-for share and measures, in the page, from the change event to the NPV card's new text. */
    private static double editAndTimeKpiUpdate(Page page, String share) {
        page.evaluate("""
                () => {
                  window.__kpiChangedAt = undefined;
                  window.__editAt = undefined;
                  const card = document.querySelector('.kpi-card[data-kpi=npv] .kpi-value');
                  const before = card.textContent;
                  const observer = new MutationObserver(() => {
                    if (card.textContent !== before && window.__kpiChangedAt === undefined) {
                      window.__kpiChangedAt = performance.now();
                      observer.disconnect();
                    }
                  });
                  observer.observe(card, {childList: true, characterData: true, subtree: true});
                  document.addEventListener('change', () => {
                    if (window.__editAt === undefined) { window.__editAt = performance.now(); }
                  }, {capture: true, once: true});
                }""");
        Locator butFor = page.locator("#incentive-butForShare input");
        butFor.fill(share);
        butFor.press("Tab");
        page.waitForFunction("() => window.__kpiChangedAt !== undefined");
        Object elapsed = page.evaluate("() => window.__kpiChangedAt - window.__editAt");
        return ((Number) elapsed).doubleValue();
    }
}
