package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/**
 * Monitoring a signed deal in a real browser, in English and in Chinese: a planner types two years of actuals into the
 * Actuals tab and saves, sees the incentive fall behind its promise, finds it among the behind ones on the monitoring
 * page, exports the list and reads the incentive's row in the workbook, and goes back to its actuals from there.
 */
class MonitoringJourneyTest extends BrowserTestSupport {

    /** The texts one language shows along the way. */
    record Texts(
            String locale,
            String actualsTab,
            String addYear,
            String behind,
            String ratio,
            String monitoredPrefix,
            String title,
            String scenarioHeader,
            String ratioHeader,
            String record,
            String count,
            String fileName) {}

    static final Texts ENGLISH = new Texts(
            "en",
            "Actuals",
            "Record a year",
            "Behind",
            "50% in 2027",
            "monitored ",
            "Monitoring signed deals",
            "Scenario",
            "Delivery ratio",
            "Record actuals",
            "One incentive, one behind",
            "monitoring-");
    static final Texts CHINESE = new Texts(
            "zh-CN",
            "实际",
            "记录一年",
            "滞后",
            "50%（2027 年）",
            "监测 ",
            "已签约项目监测",
            "情景",
            "兑现率",
            "记录实际数据",
            "1 项政策，其中 1 项滞后",
            "监测-");

    @Autowired
    ScenarioService service;

    @Test
    void a_planner_records_two_years_sees_the_incentive_behind_and_finds_and_exports_it_on_the_monitoring_page()
            throws Exception {
        journey(ENGLISH, "en");
    }

    @Test
    void the_same_monitoring_in_chinese() throws Exception {
        journey(CHINESE, "zh");
    }

    private void journey(Texts t, String suffix) throws Exception {
        try {
            steps(t, suffix);
        } catch (AssertionError | RuntimeException e) {
            screenshot(page, "debug-failure-" + suffix);
            System.out.println(
                    "DEBUG_CELLS " + page.locator("vaadin-grid-cell-content").allTextContents());
            throw e;
        }
    }

    private void steps(Texts t, String suffix) throws Exception {
        jdbc.update("update app_user set locale = ? where username = 'planner'", t.locale());
        String name = "Monitoring journey " + suffix + " "
                + UUID.randomUUID().toString().substring(0, 6);
        long id = createAsPlanner(name);
        page.setViewportSize(1280, 800);

        // The planner opens the scenario and types two years of JS1's actuals into the Actuals tab.
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios/" + id);
        page.locator(".echart svg").first().waitFor();
        assertThat(page.locator(".kpi-monitored:visible")).hasCount(0);
        Locator tab = page.locator("vaadin-tab.actuals-tab");
        assertThat(tab).hasText(t.actualsTab());
        tab.click();
        assertThat(page.locator("#add-actual")).hasText(t.addYear());
        // JS1 promised 500 gross jobs in 2026 and 1,000 from 2027. Each new year shows in the form before it is typed.
        page.locator("#add-actual").click();
        assertThat(page.locator("#actual-year input")).hasValue("2026");
        pick(page, "#actual-incentive", "JS1");
        commit(page.locator("#actual-grossJobs input"), "300");
        commit(page.locator("#actual-outlay input"), "6000000");
        page.locator("#add-actual").click();
        assertThat(page.locator("#actual-incentive input")).hasValue("JS1");
        assertThat(page.locator("#actual-year input")).hasValue("2027");
        commit(page.locator("#actual-grossJobs input"), "500");
        commit(page.locator("#actual-outlay input"), "10000000");
        Locator rows = page.locator("vaadin-grid.actuals-grid vaadin-grid-cell-content");
        assertThat(rows.filter(hasText("2027"))).hasCount(1);
        assertThat(rows.filter(exactly("500"))).hasCount(1);

        // The incentive is behind: 500 of 1,000 in 2027, under the threshold of 80%.
        Locator box = page.locator("#monitored-JS1");
        assertThat(box).hasAttribute("data-behind", "true");
        assertThat(box.locator(".monitoring-badge")).hasText(t.behind());
        assertThat(box.locator("[data-figure=ratio] .kpi-value-small")).hasText(t.ratio());
        assertThat(page.locator(".kpi-monitored:visible").first()).containsText(t.monitoredPrefix());
        page.locator(".actuals-note").scrollIntoViewIfNeeded();
        awaitOverlaysOpened(page);
        screenshot(page, "monitoring-actuals-tab-" + suffix);
        page.locator("#editor-save").click();
        assertThat(page.locator(".unsaved-badge")).isHidden();

        // Saved: a fresh page still shows it behind.
        page.reload();
        assertThat(page.locator("#monitored-JS1")).hasAttribute("data-behind", "true");

        // The monitoring page lists it among the behind ones.
        page.navigate("/monitoring");
        assertThat(page.locator(".monitoring-view h2")).hasText(t.title());
        Locator grid = page.locator("#monitoring-grid");
        assertThat(grid).containsText(t.ratioHeader());
        assertThat(grid.locator("vaadin-grid-cell-content").allTextContents())
                .contains(t.scenarioHeader(), t.ratioHeader());
        page.locator("#monitoring-behind-only input").check();
        page.locator("#monitoring-filter input").fill(name);
        assertThat(page.locator("#monitoring-count")).hasText(t.count());
        assertThat(grid.locator("vaadin-grid-cell-content a:visible").filter(exactly(name)))
                .hasCount(1);
        assertThat(grid.locator("vaadin-grid-cell-content:visible").filter(exactly("50%")))
                .hasCount(1);
        screenshot(page, "monitoring-page-" + suffix);

        // The export holds the incentive's row.
        Download download =
                page.waitForDownload(() -> page.locator("#monitoring-export").click());
        assertThat(download.suggestedFilename()).startsWith(t.fileName()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(download.path());
                var book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(t.scenarioHeader());
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(name);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("JS1 · Display job subsidy");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2027);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(500);
            assertThat(row.getCell(8).getNumericCellValue()).isCloseTo(0.5, within(1e-12));
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo(t.behind());
            assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(1.6e7);
        }

        // Record actuals leads back to the scenario's Actuals tab.
        Locator record = grid.locator("vaadin-button.monitoring-record:visible");
        assertThat(record).hasText(t.record());
        record.click();
        page.waitForURL(Pattern.compile(".*/scenarios/" + id + "\\?tab=actuals$"));
        assertThat(page.locator("vaadin-tab.actuals-tab")).hasAttribute("selected", "");
        assertThat(page.locator("#actual-grossJobs input")).isVisible();
    }

    /** Types into a combo box and picks the item offered, as a user does. */
    private static void pick(Page page, String comboId, String item) {
        page.locator(comboId + " input").fill(item);
        page.locator("vaadin-combo-box-item").filter(hasText(item)).first().click();
        assertThat(page.locator(comboId + " input")).hasValue(item);
    }

    private static void commit(Locator input, String text) {
        input.fill(text);
        input.press("Tab");
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    // Escaped by hand: Playwright hands the pattern to JavaScript, which does not know the \Q...\E of Pattern.quote.
    private static Locator.FilterOptions exactly(String text) {
        String escaped = text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return new Locator.FilterOptions().setHasText(Pattern.compile("^" + escaped + "$"));
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
