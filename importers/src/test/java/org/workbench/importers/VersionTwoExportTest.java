package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.imported;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workbench.domain.Kpi;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.TornadoRow;
import org.workbench.domain.YearResult;

class VersionTwoExportTest {
    @TempDir
    Path dir;

    private static ScenarioReport report(Scenario scenario) {
        return ScenarioReport.of(
                scenario, MonteCarlo.Options.of(scenario.settings()).withThreads(1));
    }

    private static byte[] write(Scenario scenario, ScenarioReport report, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeReport(scenario, report, locale, out);
        return out.toByteArray();
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Scenario risky(long seed) {
        Scenario scenario = new ScenarioGenerator(seed).riskyScenario(3, 12);
        assertThat(scenario.ranges()).as("the generator gives ranges").isNotEmpty();
        assertThat(scenario.actuals()).as("and actuals").isNotEmpty();
        assertThat(scenario.incentives()).anyMatch(i -> i.successProbability() < 1);
        return scenario;
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"1, en", "2, zh", "3, en", "4, zh", "5, en", "6, zh"})
    void a_version_two_scenario_round_trips_through_its_results_workbook(long seed, String language) throws Exception {
        Scenario scenario = risky(seed);
        Path file = Files.write(
                dir.resolve("v2-" + seed + ".xlsx"),
                write(scenario, report(scenario), Locale.forLanguageTag(language)));

        ImportResult result = WorkbookImporter.read(file, "v2.xlsx", ImportOptions.defaults());

        assertThat(imported(result)).isEqualTo(scenario);
        assertThat(result.problems()).as("every exported sheet is known").isEmpty();
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"7, en", "8, zh"})
    void a_version_two_scenario_round_trips_through_its_inputs_workbook(long seed, String language) throws Exception {
        Scenario scenario = risky(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeScenario(scenario, null, Locale.forLanguageTag(language), out);
        Path file = Files.write(dir.resolve("inputs.xlsx"), out.toByteArray());

        ImportResult result = WorkbookImporter.read(file, "inputs.xlsx", ImportOptions.defaults());

        assertThat(imported(result)).isEqualTo(scenario);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void the_results_workbook_has_every_sheet_of_version_two_in_order() throws Exception {
        Scenario scenario = risky(11);
        ScenarioReport report = report(scenario);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(scenario, report, Locale.ENGLISH)))) {
            assertThat(sheetNames(book))
                    .containsExactly(
                            "Scenario",
                            "Industries",
                            "Incentives",
                            "Ranges",
                            "Actuals",
                            "Results",
                            "Results (expected)",
                            "Results (monitored)",
                            "KPIs",
                            "Risk",
                            "Fan",
                            "README");
            assertResults(book.getSheet("Results"), report.views().promised());
            assertResults(book.getSheet("Results (expected)"), report.views().expected());
            assertResults(
                    book.getSheet("Results (monitored)"),
                    report.views().monitored().orElseThrow());

            Sheet kpis = book.getSheet("KPIs");
            assertThat(texts(kpis.getRow(0)))
                    .containsExactly(
                            "Key",
                            "Key figure",
                            "Promised",
                            "Expected",
                            "Monitored",
                            "Mean",
                            "P5",
                            "P50",
                            "P95",
                            "P(defined)");
            Row npv = kpis.getRow(1 + Kpi.NPV.ordinal());
            assertThat(npv.getCell(0).getStringCellValue()).isEqualTo("npv");
            assertThat(npv.getCell(1).getStringCellValue()).isEqualTo("Net present value");
            assertThat(npv.getCell(2).getNumericCellValue())
                    .isEqualTo(report.views().promised().kpi(Kpi.NPV).getAsDouble());
            assertThat(npv.getCell(3).getNumericCellValue())
                    .isEqualTo(report.views().expected().kpi(Kpi.NPV).getAsDouble());
            assertThat(npv.getCell(4).getNumericCellValue())
                    .isEqualTo(report.views()
                            .monitored()
                            .orElseThrow()
                            .kpi(Kpi.NPV)
                            .getAsDouble());
            assertThat(npv.getCell(5).getNumericCellValue())
                    .isEqualTo(report.monteCarlo().kpi(Kpi.NPV).mean().getAsDouble());
            assertThat(npv.getCell(8).getNumericCellValue())
                    .isEqualTo(report.monteCarlo().kpi(Kpi.NPV).p95().getAsDouble());
            assertThat(npv.getCell(9).getNumericCellValue()).isEqualTo(1.0);

            Sheet risk = book.getSheet("Risk");
            assertThat(risk.getRow(0).getCell(0).getStringCellValue()).isEqualTo("P(npv < 0)");
            assertThat(risk.getRow(0).getCell(1).getNumericCellValue())
                    .isEqualTo(report.monteCarlo().lossProbability());
            assertThat(texts(risk.getRow(5)))
                    .containsExactly("Sheet", "Code", "Field", "Low", "High", "npv at low", "npv at high", "Swing");
            List<TornadoRow> rows = report.tornado().rows();
            assertThat(risk.getLastRowNum()).isEqualTo(5 + rows.size());
            TornadoRow first = rows.get(0);
            assertThat(risk.getRow(6).getCell(5).getNumericCellValue()).isEqualTo(first.npvLow());
            assertThat(risk.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(first.swing());

            Sheet fan = book.getSheet("Fan");
            assertThat(texts(fan.getRow(0))).containsExactly("Year", "C P5", "C P50", "C P95");
            assertThat(fan.getLastRowNum()).isEqualTo(scenario.settings().horizonYears());
            assertThat(fan.getRow(1).getCell(2).getNumericCellValue())
                    .isEqualTo(report.monteCarlo().fan().get(0).p50());

            assertThat(book.getSheet("README").getRow(2).getCell(0).getStringCellValue())
                    .contains("version 2");
        }
    }

    private static void assertResults(Sheet sheet, ProjectionResult view) {
        assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Clawbacks");
        assertThat(sheet.getLastRowNum()).isEqualTo(view.years().size());
        for (int i = 0; i < view.years().size(); i++) {
            YearResult year = view.years().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(year.year());
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(year.cumulativeNetFiscalFlow());
            assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(year.clawbacks());
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    @Test
    void a_chinese_export_names_every_sheet_in_chinese_and_leaves_out_the_monitored_view_without_actuals()
            throws Exception {
        Scenario risky = risky(12);
        Scenario scenario = risky.with(risky.ranges(), List.of());
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(write(scenario, report(scenario), Locale.SIMPLIFIED_CHINESE)))) {
            assertThat(sheetNames(book))
                    .containsExactly("情景", "产业", "政策", "区间", "实际", "结果", "结果（预期）", "关键指标", "风险", "扇形图", "说明");
            assertThat(texts(book.getSheet("关键指标").getRow(0))).startsWith("指标", "指标名称", "承诺", "预期", "监测");
            assertThat(book.getSheet("区间").getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("下限");
            assertThat(book.getSheet("结果").getRow(0).getCell(13).getStringCellValue())
                    .isEqualTo("追回款");
        }
    }

    @Test
    void the_template_has_the_ranges_and_actuals_sheets_with_lists_and_help() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeTemplate(Locale.ENGLISH, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(texts(book.getSheet("Ranges").getRow(0)))
                    .containsExactly("Sheet", "Code", "Field", "Low", "High");
            assertThat(texts(book.getSheet("Actuals").getRow(0)))
                    .containsExactly("Incentive", "Year", "Actual gross jobs", "Actual outlay", "Actual money back");
            assertThat(texts(book.getSheet("Incentives").getRow(0)))
                    .contains("Success probability", "Failure year", "Recovery multiple", "Clawback share");
            List<? extends DataValidation> ranges = book.getSheet("Ranges").getDataValidations();
            assertThat(ranges)
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .containsExactly("Scenario", "Industries", "Incentives"));
            assertThat(ranges)
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .contains("Household size", "Tax rate", "Clawback share")
                            .doesNotContain("Start year", "Discount rate"));
            assertThat(ranges).allSatisfy(v -> assertThat(v.getPromptBoxText()).isNotBlank());
            assertThat(book.getSheet("Actuals").getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
                            .isEqualTo("'Incentives'!$A$2:$A$1001"));
            assertThat(book.getSheet("Incentives").getDataValidations())
                    .filteredOn(v -> v.getPromptBoxText() != null)
                    .as("the four risk columns, Type and Amount")
                    .hasSize(6);
            assertThat(book.getSheet("README").getRow(6).getCell(0).getStringCellValue())
                    .startsWith("Ranges (optional)");
        }
    }
}
