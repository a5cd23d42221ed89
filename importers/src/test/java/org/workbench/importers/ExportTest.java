package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.imported;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workbench.domain.Kpi;
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.YearResult;

class ExportTest {
    @TempDir
    Path dir;

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] scenarioWorkbook(Scenario scenario, ProjectionResult result, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeScenario(scenario, result, locale, out);
        return out.toByteArray();
    }

    private static ProjectionResult handBuilt() {
        Map<Kpi, Double> kpis = new EnumMap<>(Kpi.class);
        kpis.put(Kpi.NPV, 1.5e9);
        kpis.put(Kpi.NET_JOBS_FINAL, 1200.0);
        List<YearResult> years = List.of(
                new YearResult(2026, 10, 8, 16, 1e6, 2e5, 8e4, 5e9, 0, 1e5, -5e9, -5e9, 40),
                new YearResult(2027, 20, 16, 32, 2e6, 4e5, 1.6e5, 0, 0, 2e5, -4e4, -5.00004e9, 80));
        return new ProjectionResult("1", years, kpis);
    }

    @Test
    void the_results_workbook_holds_inputs_results_kpis_and_readme_in_that_order() throws Exception {
        Scenario scenario = imported(WorkbookImporter.read(
                TestWorkbook.valid().writeXlsx(dir, "v.xlsx"), "v.xlsx", ImportOptions.defaults()));

        try (XSSFWorkbook book = open(scenarioWorkbook(scenario, handBuilt(), Locale.ENGLISH))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "Scenario", "Industries", "Incentives", "Ranges", "Actuals", "Results", "KPIs", "README");
            Sheet results = book.getSheet("Results");
            assertThat(results.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Population inflow");
            assertThat(results.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(2027);
            assertThat(results.getRow(2).getCell(11).getNumericCellValue()).isEqualTo(-5.00004e9);
            Sheet kpis = book.getSheet("KPIs");
            assertThat(kpis.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Key");
            assertThat(kpis.getRow(1).getCell(0).getStringCellValue()).isEqualTo("netJobsFinal");
            assertThat(kpis.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Net jobs (final year)");
            assertThat(kpis.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1200);
            Row costPerNetJob = kpis.getRow(1 + Kpi.COST_PER_NET_JOB.ordinal());
            assertThat(costPerNetJob.getCell(0).getStringCellValue()).isEqualTo("costPerNetJob");
            assertThat(costPerNetJob.getCell(2))
                    .as("an empty key figure stays empty")
                    .isNull();
            assertThat(book.getSheet("README").getRow(3).getCell(0).getStringCellValue())
                    .contains("version 1");
        }
    }

    @Test
    void chinese_export_uses_chinese_sheet_names_and_headers_and_imports_back() throws Exception {
        Scenario scenario = SampleScenarios.all().get(0).scenario();
        byte[] bytes = scenarioWorkbook(scenario, ProjectionEngine.project(scenario), Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook book = open(bytes)) {
            assertThat(book.getSheetName(0)).isEqualTo("情景");
            assertThat(book.getSheet("政策").getRow(0).getCell(9).getStringCellValue())
                    .isEqualTo("金额");
            assertThat(book.getSheet("结果")).isNotNull();
            assertThat(book.getSheet("说明")).isNotNull();
        }
        Path file = Files.write(dir.resolve("zh.xlsx"), bytes);
        ImportResult result = WorkbookImporter.read(file, "zh.xlsx", ImportOptions.defaults());
        assertThat(imported(result)).isEqualTo(scenario);
        assertThat(result.problems())
                .as("results and readme sheets are known, not unknown")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void every_sample_scenario_round_trips_with_its_results(String language) throws Exception {
        for (SampleScenario sample : SampleScenarios.all()) {
            Scenario scenario = sample.scenario();
            Path file = Files.write(
                    dir.resolve(sample.id() + "-" + language + ".xlsx"),
                    scenarioWorkbook(scenario, ProjectionEngine.project(scenario), Locale.forLanguageTag(language)));
            assertThat(imported(WorkbookImporter.read(file, "sample.xlsx", ImportOptions.defaults())))
                    .as(sample.id())
                    .isEqualTo(scenario);
        }
    }

    @Test
    void text_that_looks_like_a_formula_is_written_as_protected_text() throws Exception {
        Scenario scenario = new ScenarioGenerator(11).scenario(2, 8);
        try (XSSFWorkbook book = open(scenarioWorkbook(scenario, handBuilt(), Locale.ENGLISH))) {
            XSSFSheet incentives = book.getSheet("Incentives");
            Cell code = incentives.getRow(4).getCell(0);
            assertThat(code.getStringCellValue()).isEqualTo("=X3");
            assertThat(code.getCellStyle().getQuotePrefixed()).isTrue();
            for (Row row : incentives) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void the_comparison_has_a_row_per_key_figure_a_column_per_scenario_and_deltas_against_the_base() throws Exception {
        List<NamedResult> results = new ArrayList<>();
        for (SampleScenario sample : SampleScenarios.illustrative()) {
            results.add(new NamedResult(sample.id(), ProjectionEngine.project(sample.scenario())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeComparison(new ComparisonExport(results, 1), Locale.ENGLISH, out);

        try (XSSFWorkbook book = open(out.toByteArray())) {
            Sheet sheet = book.getSheet("Comparison");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue())
                    .isEqualTo(results.get(0).name());
            assertThat(header.getCell(4).getStringCellValue())
                    .isEqualTo(
                            results.get(0).name() + " minus " + results.get(1).name());
            assertThat(header.getLastCellNum()).isEqualTo((short) 6);
            Row npv = sheet.getRow(1 + Kpi.NPV.ordinal());
            assertThat(npv.getCell(0).getStringCellValue()).isEqualTo("npv");
            double first = results.get(0).result().kpi(Kpi.NPV).orElseThrow();
            double base = results.get(1).result().kpi(Kpi.NPV).orElseThrow();
            assertThat(npv.getCell(1).getNumericCellValue()).isEqualTo(first);
            assertThat(npv.getCell(4).getNumericCellValue()).isEqualTo(first - base);
            assertThat(sheet.getLastRowNum()).isEqualTo(Kpi.values().length);
        }
    }

    @Test
    void scenario_names_that_look_like_formulas_stay_text_in_the_comparison_header_and_keep_its_bold_style()
            throws Exception {
        ProjectionResult result =
                ProjectionEngine.project(SampleScenarios.all().getFirst().scenario());
        String formula = "=HYPERLINK(\"http://evil.example\",\"open\")";
        var comparison =
                new ComparisonExport(List.of(new NamedResult(formula, result), new NamedResult("+base", result)), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeComparison(comparison, Locale.ENGLISH, out);

        try (XSSFWorkbook book = open(out.toByteArray())) {
            Row header = book.getSheet("Comparison").getRow(0);
            for (int col = 1; col <= 3; col++) {
                Cell cell = header.getCell(col);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("column %d", col)
                        .isTrue();
                assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                        .isTrue();
            }
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo(formula);
            assertThat(header.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void a_comparison_can_add_a_key_value_sheet_per_scenario_and_keeps_its_comparison_sheet() throws Exception {
        List<NamedResult> results = new ArrayList<>();
        for (SampleScenario sample : SampleScenarios.all()) {
            results.add(new NamedResult(sample.id(), ProjectionEngine.project(sample.scenario())));
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        WorkbookExporter.writeComparison(new ComparisonExport(results, 1), Locale.ENGLISH, plain);
        ByteArrayOutputStream withKpis = new ByteArrayOutputStream();
        WorkbookExporter.writeComparison(new ComparisonExport(results, 1), true, Locale.ENGLISH, withKpis);

        try (XSSFWorkbook without = open(plain.toByteArray());
                XSSFWorkbook book = open(withKpis.toByteArray())) {
            assertThat(without.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getNumberOfSheets()).isEqualTo(2 + results.size());
            assertThat(book.getSheetName(0)).isEqualTo("Comparison");
            assertThat(book.getSheetName(book.getNumberOfSheets() - 1)).isEqualTo("README");
            Sheet comparison = book.getSheet("Comparison");
            Sheet before = without.getSheet("Comparison");
            assertThat(comparison.getLastRowNum()).isEqualTo(before.getLastRowNum());
            for (int r = 0; r <= comparison.getLastRowNum(); r++) {
                assertThat(comparison.getRow(r).getLastCellNum())
                        .isEqualTo(before.getRow(r).getLastCellNum());
            }
            for (int i = 0; i < results.size(); i++) {
                NamedResult scenario = results.get(i);
                Sheet kpis = book.getSheetAt(1 + i);
                assertThat(kpis.getSheetName()).isEqualTo("KPIs " + scenario.name());
                assertThat(kpis.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Key");
                assertThat(kpis.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Key figure");
                assertThat(kpis.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Value");
                assertThat(kpis.getLastRowNum()).isEqualTo(Kpi.values().length);
                Row npv = kpis.getRow(1 + Kpi.NPV.ordinal());
                assertThat(npv.getCell(0).getStringCellValue()).isEqualTo("npv");
                assertThat(npv.getCell(2).getNumericCellValue())
                        .isEqualTo(scenario.result().kpi(Kpi.NPV).orElseThrow());
            }
            assertThat(book.getSheet("README").getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Sheet KPIs " + results.get(0).name() + " lists the key figures of "
                            + results.get(0).name() + ".");
        }
    }

    @Test
    void kpi_sheet_names_are_legal_excel_names_unique_without_regard_to_case() {
        ProjectionResult result =
                ProjectionEngine.project(SampleScenarios.all().get(0).scenario());
        String longName = "A very long scenario name that Excel could not hold";
        List<NamedResult> scenarios = List.of(
                new NamedResult("Growth [2030]: high/low? *\\", result),
                new NamedResult(longName, result),
                new NamedResult(longName + " too", result),
                new NamedResult("'quoted'", result),
                new NamedResult("  ", result),
                new NamedResult("growth [2030]: HIGH/LOW? *\\", result));

        List<String> names = WorkbookExporter.kpiSheetNames(scenarios, Locale.ENGLISH);

        assertThat(names)
                .containsExactly(
                        "KPIs Growth _2030__ high_low_",
                        "KPIs A very long scenario name",
                        "KPIs A very long scenario (2)",
                        "KPIs quoted",
                        "KPIs 5",
                        "KPIs growth _2030__ (2)");
        assertThat(names).allSatisfy(name -> {
            assertThat(name.length()).isLessThanOrEqualTo(31);
            assertThat(name).doesNotContain("[", "]", ":", "*", "?", "/", "\\").doesNotStartWith("'");
        });
    }

    @Test
    void kpi_sheet_names_follow_the_language_and_never_take_the_comparison_or_readme_name() {
        ProjectionResult result =
                ProjectionEngine.project(SampleScenarios.all().get(0).scenario());
        List<NamedResult> scenarios = List.of(new NamedResult("基准", result), new NamedResult("基准", result));

        assertThat(WorkbookExporter.kpiSheetNames(scenarios, Locale.SIMPLIFIED_CHINESE))
                .containsExactly("关键指标 基准", "关键指标 基准 (2)");
    }

    @Test
    void the_template_has_headers_instructions_and_drop_downs_for_type_and_industry() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeTemplate(Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook book = open(out.toByteArray())) {
            assertThat(book.getSheet("产业").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("代码");
            assertThat(book.getSheet("产业").getLastRowNum()).isZero();
            assertThat(book.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
                    .contains("情景");
            List<? extends DataValidation> validations = book.getSheet("政策").getDataValidations();
            assertThat(validations)
                    .as("Type, Amount, Industry and the four risk columns")
                    .hasSize(7);
            assertThat(validations)
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .contains("股权投资 · EQUITY", "研发资助 · RD_GRANT"));
            assertThat(validations)
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
                            .isEqualTo("'产业'!$A$2:$A$1001"));
        }
        Path file = Files.write(dir.resolve("template.xlsx"), out.toByteArray());
        ImportResult blank = WorkbookImporter.read(file, "template.xlsx", ImportOptions.defaults());
        assertThat(blank).isInstanceOf(ImportResult.Rejected.class);
        assertThat(blank.problems())
                .extracting(ImportProblem::messageKey)
                .as("the instructions sheet is ignored; the empty required fields are reported")
                .doesNotContain("problem.sheet.unknown")
                .contains("problem.cell.required");
    }

    @Test
    void the_problem_list_workbook_has_a_row_per_problem_in_the_users_language() throws Exception {
        ImportResult result = WorkbookImporter.read(
                TestWorkbook.valid()
                        .setColumn("Incentives", "Amount", 2, -5)
                        .setColumn("Incentives", "Name", 1, "=evil()")
                        .sheet("Notes", TestWorkbook.rows(List.of("x")))
                        .writeXlsx(dir, "bad.xlsx"),
                "bad.xlsx",
                ImportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeProblems(result.problems(), Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook book = open(out.toByteArray())) {
            Sheet sheet = book.getSheet("问题");
            assertThat(sheet.getLastRowNum()).isEqualTo(result.problems().size());
            Row error = sheet.getRow(1);
            assertThat(error.getCell(0).getStringCellValue()).isEqualTo("错误");
            assertThat(error.getCell(2).getStringCellValue()).isEqualTo("Incentives");
            assertThat(error.getCell(3).getStringCellValue()).isEqualTo("J3");
            assertThat(error.getCell(5).getStringCellValue()).isEqualTo("-5");
            assertThat(error.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(error.getCell(7).getStringCellValue()).isEqualTo("该值超出允许范围。");
        }
    }
}
