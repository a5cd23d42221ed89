package org.workbench.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.web.TestUsers.signIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.web.account.Role;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioSummary;
import org.workbench.web.scenario.TestScenarios;

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

    private static final Set<String> SAMPLE_NAMES = SampleScenarios.all().stream()
            .map(s -> s.scenario().settings().name())
            .collect(Collectors.toSet());

    private List<ScenarioSummary> samples;

    @BeforeEach
    void signInAsViewer() {
        signIn("viewer", Role.VIEWER);
        samples = scenarios.list(ScenarioQuery.all(), Pageable.unpaged()).stream()
                .filter(s -> SAMPLE_NAMES.contains(s.name()))
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
        // A comparison takes at most six scenarios: the three illustrative samples.
        List<ScenarioSummary> compared = samples.stream()
                .filter(s -> SampleScenarios.illustrative().stream()
                        .anyMatch(sample -> sample.scenario().settings().name().equals(s.name())))
                .toList();
        assertThat(compared).hasSize(3);
        var request = new CompareRequest(
                compared.stream().map(ScenarioSummary::id).toList(),
                compared.get(1).id());
        for (Locale locale : List.of(Locale.ENGLISH, CHINESE)) {
            Report report = reports.comparison(request, locale, ZoneOffset.UTC);
            String text = text(reports.pdf(report, locale), "comparison-" + locale.getLanguage() + ".pdf");
            for (ScenarioSummary sample : compared) {
                assertThat(text).contains(sample.name());
            }
            assertThat(text)
                    .contains(locale == CHINESE ? "基准：" + compared.get(1).name() : "base: ");
        }
    }

    @Test
    void a_version_2_report_shows_every_view_the_risk_and_a_red_budget_and_scales_its_money_axes() throws Exception {
        signIn("planner", Role.PLANNER);
        Scenario rugao = version2(SampleScenarios.RUGAO_SINGLE_BET);
        long rugaoId = scenarios.create(rugao, "report test").id();
        long diversifiedId = scenarios
                .create(version2(SampleScenarios.DIVERSIFIED_SUBSIDIES), "report test")
                .id();
        signIn("viewer", Role.VIEWER);

        Report report = reports.scenario(rugaoId, Locale.ENGLISH, ZoneOffset.UTC);

        Report.Table views = block(report, Report.Table.class, "Key figures in every view");
        assertThat(views.header()).containsExactly("Key figure", "Promised", "Expected");
        ScenarioViews engine = ProjectionEngine.views(rugao);
        String promisedNpv = MoneyScale.format(engine.promised().kpi(Kpi.NPV).getAsDouble(), Locale.ENGLISH, "CNY");
        String expectedNpv = MoneyScale.format(engine.expected().kpi(Kpi.NPV).getAsDouble(), Locale.ENGLISH, "CNY");
        assertThat(views.rows().get(Kpi.NPV.ordinal())).containsExactly("Net present value", promisedNpv, expectedNpv);
        assertThat(block(report, Report.Figures.class, "Risk: Monte Carlo of").figures())
                .extracting(Report.Figure::label)
                .contains("Net present value, P5", "Probability of a loss, P(npv < 0)");
        assertThat(block(report, Report.Note.class, "Peak outlay share").text()).contains("endanger");
        Report.Chart fiscal = block(report, Report.Chart.class, "Net fiscal flow");
        assertThat(fiscal.axisName()).startsWith("CNY ");
        assertThat(fiscal.heading()).endsWith("(" + fiscal.axisName() + ")");
        assertThat(fiscal.series())
                .allSatisfy(s -> assertThat(java.util.Arrays.stream(s.values())
                                .map(Math::abs)
                                .max()
                                .orElse(0))
                        .isLessThan(1_000));
        String text = text(reports.pdf(report, Locale.ENGLISH), "rugao-en.pdf");
        assertThat(text).contains(rugao.settings().name()).contains(expectedNpv).contains(promisedNpv);

        Report comparison = reports.comparison(
                new CompareRequest(List.of(rugaoId, diversifiedId), diversifiedId), CHINESE, ZoneOffset.UTC);
        assertThat(block(comparison, Report.Note.class, "期限").text()).contains("前 8 年");
        Report.Table risk = block(comparison, Report.Table.class, "风险与财政承受能力");
        assertThat(risk.rows()).extracting(r -> r.getFirst()).contains("亏损概率 P(净现值 < 0)", "峰值支出占预算比例");
        assertThat(risk.rows().get(3).get(1)).contains("红色");
        text(reports.pdf(comparison, CHINESE), "comparison-v2-zh.pdf");
    }

    @Test
    void the_reports_print_where_each_sourced_input_comes_from_in_both_languages() throws Exception {
        signIn("planner", Role.PLANNER);
        Scenario plain = TestScenarios.evCity("Report sources");
        Scenario sourced = plain.withSources(List.of(
                new InputSource(ItemKind.INDUSTRY, "EV", "employmentMultiplier", "Provincial I-O table 2020, Type II"),
                new InputSource(ItemKind.SETTINGS, null, "discountRate", "财政部 2024 年贴现率指引")));
        long sourcedId = scenarios.create(sourced, "report test").id();
        long plainId = scenarios.create(plain, "report test").id();
        signIn("viewer", Role.VIEWER);

        Report english = reports.scenario(sourcedId, Locale.ENGLISH, ZoneOffset.UTC);
        Report.Table table = block(english, Report.Table.class, "Sources of the inputs");
        assertThat(table.header()).containsExactly("Input", "Value", "Source");
        assertThat(table.rows())
                .containsExactly(
                        List.of("Discount rate", "0.03", "财政部 2024 年贴现率指引"),
                        List.of("EV · Employment multiplier", "1.8", "Provincial I-O table 2020, Type II"));
        assertThat(text(reports.pdf(english, Locale.ENGLISH), "scenario-sources-en.pdf"))
                .contains("Provincial I-O table 2020, Type II");
        assertThat(reports.scenario(plainId, Locale.ENGLISH, ZoneOffset.UTC).blocks())
                .noneMatch(b -> b.heading().startsWith("Sources of the inputs"));

        Report chinese =
                reports.comparison(new CompareRequest(List.of(plainId, sourcedId), plainId), CHINESE, ZoneOffset.UTC);
        Report.Table compared = block(chinese, Report.Table.class, "输入项的来源");
        assertThat(compared.rows()).contains(List.of("EV · 就业乘数", "—", "Provincial I-O table 2020, Type II"));
    }

    private static <T extends Report.Block> T block(Report report, Class<T> type, String headingStart) {
        return report.blocks().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(b -> b.heading().startsWith(headingStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + headingStart));
    }

    private static Scenario version2(String id) {
        return SampleScenarios.version2().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .scenario()
                .withName(id + " " + System.nanoTime());
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
