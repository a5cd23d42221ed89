package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.imported;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;

/**
 * Exports read like the app: each key figure by its label in the export's language beside its key, values rounded by
 * their number format as the app rounds them (the exact value stays in the cell), and the template names each type
 * and says what its Amount means.
 */
class ExportLabelsTest {
    @TempDir
    Path dir;

    private static XSSFWorkbook scenarioWorkbook(Locale locale) throws Exception {
        Scenario scenario = SampleScenarios.all().getFirst().scenario();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeScenario(scenario, ProjectionEngine.project(scenario), locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @ParameterizedTest
    @CsvSource({"en, KPIs, Key figure, Net present value, Net jobs (final year)", "zh, 关键指标, 指标名称, 净现值, 净增就业（末年）"})
    void key_figures_carry_their_label_in_the_language_of_the_export(
            String language, String sheetName, String header, String npvLabel, String jobsLabel) throws Exception {
        try (XSSFWorkbook book = scenarioWorkbook(Locale.forLanguageTag(language))) {
            Sheet kpis = book.getSheet(sheetName);
            assertThat(kpis.getRow(0).getCell(1).getStringCellValue()).isEqualTo(header);
            Row npv = kpis.getRow(1 + Kpi.NPV.ordinal());
            assertThat(npv.getCell(0).getStringCellValue()).isEqualTo("npv");
            assertThat(npv.getCell(1).getStringCellValue()).isEqualTo(npvLabel);
            Row jobs = kpis.getRow(1 + Kpi.NET_JOBS_FINAL.ordinal());
            assertThat(jobs.getCell(0).getStringCellValue()).isEqualTo("netJobsFinal");
            assertThat(jobs.getCell(1).getStringCellValue()).isEqualTo(jobsLabel);
        }
    }

    @Test
    void jobs_show_whole_money_shows_its_currency_and_the_cells_keep_the_exact_values() throws Exception {
        Scenario scenario = SampleScenarios.all().getFirst().scenario();
        ProjectionResult result = ProjectionEngine.project(scenario);
        try (XSSFWorkbook book = scenarioWorkbook(Locale.ENGLISH)) {
            Sheet kpis = book.getSheet("KPIs");
            Cell jobs = kpis.getRow(1 + Kpi.NET_JOBS_FINAL.ordinal()).getCell(2);
            assertThat(jobs.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(jobs.getNumericCellValue())
                    .isEqualTo(result.kpi(Kpi.NET_JOBS_FINAL).getAsDouble());
            Cell npv = kpis.getRow(1 + Kpi.NPV.ordinal()).getCell(2);
            assertThat(npv.getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"CNY\"");
            assertThat(npv.getNumericCellValue()).isEqualTo(result.kpi(Kpi.NPV).getAsDouble());
            Cell ratio = kpis.getRow(1 + Kpi.BENEFIT_COST_RATIO.ordinal()).getCell(2);
            assertThat(ratio.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            Cell hhi = kpis.getRow(1 + Kpi.CONCENTRATION_HHI.ordinal()).getCell(2);
            assertThat(hhi.getCellStyle().getDataFormatString()).isEqualTo("0.000");

            Sheet results = book.getSheet("Results");
            Row first = results.getRow(1);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString())
                    .as("gross direct jobs")
                    .isEqualTo("#,##0");
            assertThat(first.getCell(4).getCellStyle().getDataFormatString())
                    .as("value added")
                    .isEqualTo("#,##0 \"CNY\"");
            assertThat(first.getCell(4).getNumericCellValue())
                    .isEqualTo(result.years().getFirst().valueAdded());
        }
    }

    @Test
    void the_template_lists_each_type_by_code_and_name_and_says_what_its_amount_means() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WorkbookExporter.writeTemplate(locale, out);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                List<String> readme = new ArrayList<>();
                book.getSheet(SheetRole.README.title(locale)).forEach(row -> {
                    if (row.getCell(0) != null) {
                        readme.add(row.getCell(0).getStringCellValue());
                    }
                });
                boolean chinese = locale.getLanguage().equals("zh");
                assertThat(readme)
                        .contains(
                                chinese
                                        ? "税收返还（TAX_REBATE）：金额 = 返还企业自身地方税收的比例（0-1）。"
                                        : "TAX_REBATE · Tax rebate: Amount = Rebated share (0-1) of the firm's own local"
                                                + " tax.",
                                chinese
                                        ? "就业补贴（JOB_SUBSIDY）：金额 = 每个总直接岗位每年。"
                                        : "JOB_SUBSIDY · Job subsidy: Amount = Per gross job per year.");
                List<? extends DataValidation> validations =
                        book.getSheet(SheetRole.INCENTIVES.title(locale)).getDataValidations();
                DataValidation types = validations.stream()
                        .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                        .findFirst()
                        .orElseThrow();
                assertThat(types.getValidationConstraint().getExplicitListValues())
                        .hasSize(IncentiveType.values().length)
                        .contains(chinese ? "股权投资 · EQUITY" : "EQUITY · Guidance-fund equity");
                assertThat(String.join(",", types.getValidationConstraint().getExplicitListValues()))
                        .as("Excel's limit for a list typed into a validation")
                        .hasSizeLessThanOrEqualTo(255);
                assertThat(types.getPromptBoxText()).isNotBlank().hasSizeLessThanOrEqualTo(255);
                assertThat(validations)
                        .as("the Amount column's help")
                        .anySatisfy(v -> assertThat(v.getPromptBoxText())
                                .contains(chinese ? "税收返还" : "TAX_REBATE")
                                .hasSizeLessThanOrEqualTo(255));
            }
        }
    }

    @Test
    void an_entry_picked_from_the_template_list_is_read_as_its_type() throws Exception {
        for (IncentiveType type : IncentiveType.values()) {
            assertThat(IncentiveTypes.parse(IncentiveTypes.listEntry(type, Locale.ENGLISH)))
                    .contains(type);
            assertThat(IncentiveTypes.parse(IncentiveTypes.listEntry(type, Locale.SIMPLIFIED_CHINESE)))
                    .contains(type);
        }
        assertThat(IncentiveTypes.parse("· EQUITY")).isEmpty();
        Path file = TestWorkbook.valid()
                .setColumn("Incentives", "Type", 1, "EQUITY · Guidance-fund equity")
                .writeXlsx(dir, "picked.xlsx");
        Scenario read = imported(WorkbookImporter.read(file, "picked.xlsx", ImportOptions.defaults()));
        assertThat(read.incentives().getFirst().type()).isEqualTo(IncentiveType.EQUITY);
    }
}
