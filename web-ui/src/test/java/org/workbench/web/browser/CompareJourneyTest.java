package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.workbench.domain.Kpi;
import org.workbench.domain.SampleScenarios;
import org.workbench.web.scenario.ScenarioService;

class CompareJourneyTest extends BrowserTestSupport {
    private static final List<String> CHARTS =
            List.of("compare-chart-jobs", "compare-chart-fiscal", "compare-chart-outlay", "compare-chart-chain");

    @Autowired
    ScenarioService scenarios;

    private List<Long> samples;
    private List<String> names;

    @BeforeEach
    void storeTheSamples() {
        samples = CompareFixtures.samples(scenarios);
        names = SampleScenarios.illustrative().stream()
                .map(s -> s.scenario().settings().name())
                .toList();
    }

    @Test
    void a_planner_picks_three_samples_chooses_a_base_reads_table_and_charts_and_exports_to_excel() throws Exception {
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/compare");
        assertThat(page.locator(".compare-message")).containsText("Pick 2 to 6 scenarios");

        for (String name : names) {
            pick(name);
        }
        page.keyboard().press("Escape");
        // As a person would: look at the comparison of all three before choosing another base.
        assertThat(page.locator("vaadin-grid.compare-kpis")).containsText(names.get(2));
        page.locator("vaadin-select.compare-base").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(names.get(1)))
                .click();
        String ids = samples.get(0) + "," + samples.get(1) + "," + samples.get(2);
        String shared = "/compare?ids=" + ids + "&base=" + samples.get(1);
        assertThat(page.locator("vaadin-grid.compare-kpis")).containsText(names.get(1) + " · base");
        page.waitForURL(url -> url.endsWith(shared));

        Locator kpis = page.locator("vaadin-grid.compare-kpis");
        assertThat(kpis).containsText("Net present value");
        assertThat(page.locator(".compare-legend").first()).containsText("higher is better");
        assertThat(page.locator(".kpi-cell.best").first()).isVisible();
        assertThat(page.locator(".kpi-delta").first()).isVisible();
        for (String chart : CHARTS) {
            page.locator("." + chart + " svg").waitFor();
            List<String> texts = page.locator("." + chart + " svg text").allTextContents();
            assertThat(texts).as(chart).containsAll(names);
        }

        Locator count = page.locator(".compare-input-count");
        String differencesOnly = count.textContent();
        page.locator("vaadin-checkbox.compare-differences-only").click();
        assertThat(count).not().hasText(differencesOnly);
        int shown = Integer.parseInt(count.textContent().split(" ")[0].replace(",", ""));
        int shownBefore = Integer.parseInt(differencesOnly.split(" ")[0].replace(",", ""));
        assertThat(shown).isGreaterThan(shownBefore);
        screenshot(page, "compare-journey");

        Download download =
                page.waitForDownload(() -> page.locator("a.compare-export").click());
        Path file = Files.createTempFile("comparison", ".xlsx");
        download.saveAs(file);
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheet("Comparison");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(0);
            assertThat(List.of(
                            header.getCell(1).getStringCellValue(),
                            header.getCell(2).getStringCellValue(),
                            header.getCell(3).getStringCellValue()))
                    .containsExactlyElementsOf(names);
            assertThat(sheet.getRow(1 + Kpi.NPV.ordinal()).getCell(0).getStringCellValue())
                    .isEqualTo("npv");
            assertThat(sheet.getRow(1 + Kpi.NPV.ordinal()).getCell(1).getNumericCellValue())
                    .isNotZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void a_viewer_opens_a_shared_link_and_sees_the_comparison() {
        login(page, "viewer", DEMO_PASSWORD);
        page.navigate("/compare?ids=" + samples.get(2) + "," + samples.get(0) + "&base=" + samples.get(0));

        assertThat(page.locator("vaadin-grid.compare-kpis")).containsText(names.get(0) + " · base");
        page.locator(".compare-chart-chain svg").waitFor();
        assertThat(page.locator("vaadin-side-nav-item[path='compare']")).isVisible();
    }

    @Test
    void a_broken_link_says_what_is_wrong_without_a_stack_trace() {
        login(page, "planner", DEMO_PASSWORD);

        page.navigate("/compare?ids=" + samples.getFirst() + ",abc");
        assertThat(page.locator(".compare-message")).hasText("\"abc\" is not a scenario number. Check the link.");

        page.navigate("/compare?ids=1,2,3,4,5,6,7");
        assertThat(page.locator(".compare-message")).containsText("at most 6 scenarios; 7 were asked for");

        page.navigate("/compare?ids=" + samples.getFirst() + ",987654321");
        assertThat(page.locator(".compare-message")).containsText("There is no scenario 987654321");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertThat(page.locator("vaadin-grid.compare-kpis")).hasCount(0);
    }

    private void pick(String name) {
        Locator input = page.locator("vaadin-multi-select-combo-box.compare-picker input");
        input.fill(name.substring(0, 12));
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(name))
                .first()
                .click();
    }
}
