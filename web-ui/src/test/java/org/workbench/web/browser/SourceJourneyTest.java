package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioSummary;
import org.workbench.web.scenario.TestScenarios;

/**
 * A source typed on a multiplier in a real browser, in English and in Chinese: it is saved, marks the value in the
 * comparison, goes out in the workbook's Sources sheet, is edited there as in a spreadsheet and comes back in with
 * the upload.
 */
class SourceJourneyTest extends BrowserTestSupport {
    private static final String TABLE = "Provincial input-output table 2020, Type II";

    record Texts(String locale, String sourcesSheet, String scenarioSheet, String industriesSheet) {}

    @Autowired
    ScenarioService service;

    @Test
    void a_source_typed_on_a_multiplier_shows_in_the_comparison_and_round_trips_through_the_workbook()
            throws Exception {
        journey(new Texts("en", "Sources", "Scenario", "Industries"), "en");
    }

    @Test
    void the_same_source_journey_in_chinese() throws Exception {
        journey(new Texts("zh-CN", "来源", "情景", "产业"), "zh");
    }

    private void journey(Texts t, String suffix) throws Exception {
        jdbc.update("update app_user set locale = ? where username in ('planner', 'staff')", t.locale());
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long sourced = createAsPlanner("Source journey " + suffix + " " + tag);
        long plain = createAsPlanner("Source journey plain " + suffix + " " + tag);

        // The planner gives the EV industry's multiplier its source and saves.
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios/" + sourced);
        page.locator(".echart svg").first().waitFor();
        page.locator("vaadin-tab").nth(1).click();
        Locator icon = page.locator("#industry-employmentMultiplier-source-button");
        icon.click();
        page.locator("#industry-employmentMultiplier-source-text textarea").fill(TABLE);
        page.locator("vaadin-popover:has(#industry-employmentMultiplier-source-text) vaadin-button.source-done")
                .click();
        assertThat(icon).hasClass(java.util.regex.Pattern.compile("has-source"));
        assertThat(page.locator(".unsaved-badge")).isVisible();
        awaitOverlaysOpened(page);
        screenshot(page, "source-editor-" + suffix);
        page.locator("vaadin-button.save-button").click();
        assertThat(page.locator(".unsaved-badge")).isHidden();

        // The comparison marks the multiplier whose source differs, with the text for the pointer.
        page.navigate("/compare?ids=" + plain + "," + sourced + "&base=" + plain);
        Locator marks = page.locator("vaadin-grid.compare-inputs vaadin-icon.input-source:not([hidden])");
        assertThat(marks).hasCount(1);
        assertThat(marks.first()).hasAttribute("aria-label", java.util.regex.Pattern.compile(".*" + TABLE + "$"));
        page.locator("vaadin-grid.compare-inputs").scrollIntoViewIfNeeded();
        screenshot(page, "source-compare-" + suffix);

        // The workbook carries it in its Sources sheet; a planner edits it there, as in a spreadsheet.
        page.navigate("/scenarios/" + sourced);
        page.locator(".echart svg").first().waitFor();
        Download download = page.waitForDownload(
                () -> page.locator("a.action-export").first().click());
        byte[] exported = Files.readAllBytes(download.path());
        String copyName = "Source journey copy " + suffix + " " + tag;
        String edited = TABLE + " — checked 2026";
        byte[] changed;
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sources = book.getSheet(t.sourcesSheet());
            assertThat(sources).as("sheet " + t.sourcesSheet()).isNotNull();
            var row = sources.getRow(1);
            assertThat(List.of(
                            row.getCell(0).getStringCellValue(),
                            row.getCell(1).getStringCellValue(),
                            row.getCell(3).getStringCellValue()))
                    .containsExactly(t.industriesSheet(), "EV", TABLE);
            retype(row, 3, edited);
            retype(book.getSheet(t.scenarioSheet()).getRow(1), 1, copyName);
            var out = new ByteArrayOutputStream();
            book.write(out);
            changed = out.toByteArray();
        }

        // Staff upload the edited workbook: the new scenario has the edited source.
        BrowserContext staffContext = newContext();
        Page staff = staffContext.newPage();
        login(staff, "staff", DEMO_PASSWORD);
        staff.navigate("/upload");
        uploadWorkbook(staff, "edited.xlsx", changed);
        staff.locator("vaadin-button.commit-button").click();
        assertThat(staff.locator(".commit-done")).containsText(copyName);
        staffContext.close();
        TestUsers.signIn("staff", Role.STAFF);
        List<ScenarioSummary> found =
                service.list(new ScenarioQuery(copyName, java.util.Set.of(), null), Pageable.unpaged());
        assertThat(found).hasSize(1);
        assertThat(service.get(found.getFirst().id()).scenario().sources())
                .containsExactly(new InputSource(ItemKind.INDUSTRY, "EV", "employmentMultiplier", edited));
    }

    // The export writes inline strings; a new cell holds only the typed text, as a spreadsheet program saves it.
    private static void retype(org.apache.poi.ss.usermodel.Row row, int column, String text) {
        row.removeCell(row.getCell(column));
        row.createCell(column).setCellValue(text);
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
