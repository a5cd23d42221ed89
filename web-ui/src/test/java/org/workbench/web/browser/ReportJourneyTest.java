package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.web.base.Formats;
import org.workbench.web.scenario.ScenarioService;

class ReportJourneyTest extends BrowserTestSupport {
    @Autowired
    ScenarioService scenarios;

    private List<Long> samples;

    @BeforeEach
    void storeTheSamples() {
        samples = CompareFixtures.samples(scenarios);
    }

    @Test
    void a_planner_opens_the_report_from_the_editor_and_the_pdf_has_the_scenarios_name_and_npv() throws Exception {
        SampleScenario sample = SampleScenarios.all().getFirst();
        String name = sample.scenario().settings().name();
        double npv = ProjectionEngine.views(sample.scenario())
                .expected()
                .kpi(Kpi.NPV)
                .orElseThrow();
        String shownNpv = Formats.kpi(Kpi.NPV.unit(), npv, Locale.ENGLISH);

        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios/" + samples.getFirst());
        page.locator("a:has-text('Report')").click();
        page.waitForURL("**/scenarios/" + samples.getFirst() + "/report");
        assertThat(page.locator(".report-sheet h1")).containsText(name);
        assertThat(page.locator(".report-figures").first()).containsText("Net present value");
        assertThat(page.locator(".report-figures").first()).containsText(shownNpv);
        assertThat(page.locator(".report-footer")).containsText("planner");
        page.locator(".report-chart svg").first().waitFor();
        screenshot(page, "report-scenario-en");

        String text = pdfText(
                page.waitForDownload(() -> page.locator("a.report-download").click()));
        assertThat(text).contains(name).contains("Net present value").contains(shownNpv);
        assertThat(text).contains("calculation model version " + ProjectionEngine.MODEL_VERSION);
    }

    @Test
    void a_viewer_prints_a_comparison_of_the_three_samples_as_a_pdf() throws Exception {
        List<String> names = SampleScenarios.illustrative().stream()
                .map(s -> s.scenario().settings().name())
                .toList();
        login(page, "viewer", DEMO_PASSWORD);
        page.navigate("/compare/report?ids=" + samples.get(0) + "," + samples.get(1) + "," + samples.get(2) + "&base="
                + samples.get(1));
        assertThat(page.locator(".report-sheet h1")).containsText("Comparison report");
        for (String name : names) {
            assertThat(page.locator(".report-sheet")).containsText(name);
        }
        page.locator(".report-chart svg").first().waitFor();
        screenshot(page, "report-compare-en");

        String text = pdfText(
                page.waitForDownload(() -> page.locator("a.report-download").click()));
        for (String name : names) {
            assertThat(text).contains(name);
        }
        assertThat(text).contains("base: " + names.get(1));
    }

    private static String pdfText(Download download) throws Exception {
        Path file = Files.createTempFile("report", ".pdf");
        download.saveAs(file);
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        try (var pdf = Loader.loadPDF(file.toFile())) {
            // Lines break wherever the layout needs: compare the words.
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
