package org.workbench.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.web.TestUsers.signIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenarios;
import org.workbench.web.account.Role;
import org.workbench.web.base.Formats;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioSummary;

/** The reports of the seeded samples in both languages; their PDFs are kept in target/reports to be looked at. */
@SpringBootTest
@ActiveProfiles("test")
class ReportServiceTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ReportService reports;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    ReportFonts fonts;

    private List<ScenarioSummary> samples;

    @BeforeEach
    void signInAsViewer() {
        signIn("viewer", Role.VIEWER);
        samples = scenarios.list(ScenarioQuery.all(), Pageable.unpaged()).stream()
                .filter(s -> s.name().endsWith("(illustrative)"))
                .toList();
        assertThat(samples).hasSize(SampleScenarios.all().size());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_chinese_scenario_report_and_its_pdf_name_the_scenario_and_its_npv_in_chinese() throws Exception {
        var sample = SampleScenarios.all().getFirst().scenario();
        long id = samples.stream()
                .filter(s -> s.name().equals(sample.settings().name()))
                .findFirst()
                .orElseThrow()
                .id();
        String npv = Formats.kpi(
                Kpi.NPV.unit(), ProjectionEngine.project(sample).kpi(Kpi.NPV).orElseThrow(), CHINESE);

        Report report = reports.scenario(id, CHINESE, ZoneOffset.UTC);
        assertThat(report.title()).contains("情景报告").contains(sample.settings().name());
        assertThat(report.footer().text()).contains("viewer").contains("计算模型版本 " + ProjectionEngine.MODEL_VERSION);
        String text = text(reports.pdf(report, CHINESE), "scenario-zh.pdf");
        assertThat(text).contains(sample.settings().name()).contains(npv);
        if (fonts.cjkFontName().isEmpty()) {
            assertThat(text).contains("No font for Chinese characters");
        } else {
            assertThat(text).contains("净现值").contains("关键指标");
        }
        text(reports.pdf(reports.scenario(id, Locale.ENGLISH, ZoneOffset.UTC), Locale.ENGLISH), "scenario-en.pdf");
    }

    @Test
    void the_comparison_report_lists_every_scenario_against_the_base_in_both_languages() throws Exception {
        var request = new CompareRequest(
                samples.stream().map(ScenarioSummary::id).toList(),
                samples.get(1).id());
        for (Locale locale : List.of(Locale.ENGLISH, CHINESE)) {
            Report report = reports.comparison(request, locale, ZoneOffset.UTC);
            String text = text(reports.pdf(report, locale), "comparison-" + locale.getLanguage() + ".pdf");
            for (ScenarioSummary sample : samples) {
                assertThat(text).contains(sample.name());
            }
            assertThat(text).contains(locale == CHINESE ? "基准：" + samples.get(1).name() : "base: ");
        }
    }

    private static String text(byte[] pdf, String keptAs) throws Exception {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(keptAs), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
