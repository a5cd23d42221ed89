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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.Scenario;

class SourceSheetExportTest {
    @TempDir
    Path dir;

    /** A version 2 scenario whose sources sit on a setting, an industry field and incentive fields, out of order. */
    private static Scenario sourced() {
        Scenario scenario = new ScenarioGenerator(21).riskyScenario(3, 6);
        String industry = scenario.industries().get(1).code();
        String first = scenario.incentives().get(0).code();
        String last = scenario.incentives().get(5).code();
        return scenario.withSources(List.of(
                new InputSource(ItemKind.INCENTIVE, last, "amount", "=HYPERLINK(\"http://example.org\",\"deal\")"),
                new InputSource(ItemKind.INCENTIVE, first, "butForShare", "+1 on the 2019 survey"),
                new InputSource(ItemKind.INCENTIVE, first, "committedJobs", "-1\nsecond line · 第二行"),
                new InputSource(ItemKind.INDUSTRY, industry, "taxRate", "@x provincial tax bureau"),
                new InputSource(ItemKind.SETTINGS, null, "householdSize", "Census 2020 · 第七次人口普查")));
    }

    private Path export(Scenario scenario, Locale locale, boolean report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (report) {
            WorkbookExporter.writeReport(
                    scenario,
                    ScenarioReport.of(
                            scenario, MonteCarlo.Options.of(scenario.settings()).withThreads(1)),
                    locale,
                    out);
        } else {
            WorkbookExporter.writeScenario(scenario, null, locale, out);
        }
        return Files.write(dir.resolve("sourced-" + locale + report + ".xlsx"), out.toByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh"})
    void sources_round_trip_through_the_inputs_and_the_results_workbook(String language) throws Exception {
        Scenario scenario = sourced();
        for (boolean report : List.of(false, true)) {
            Path file = export(scenario, Locale.forLanguageTag(language), report);

            ImportResult result = WorkbookImporter.read(file, "sourced.xlsx", ImportOptions.defaults());

            Scenario back = imported(result);
            assertThat(back.sources()).containsExactlyInAnyOrderElementsOf(scenario.sources());
            assertThat(back.withSources(scenario.sources())).isEqualTo(scenario);
            assertThat(result.problems()).isEmpty();
        }
    }

    @Test
    void the_sources_sheet_lists_settings_then_industries_then_incentives_each_in_field_order() throws Exception {
        Scenario scenario = sourced();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(export(scenario, Locale.ENGLISH, false)))) {
            Sheet sheet = book.getSheet("Sources");
            assertThat(texts(sheet.getRow(0))).containsExactly("Sheet", "Code", "Field", "Source");
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(String.join("|", texts(sheet.getRow(r))));
            }
            String industry = scenario.industries().get(1).code();
            String first = scenario.incentives().get(0).code();
            String last = scenario.incentives().get(5).code();
            assertThat(rows)
                    .containsExactly(
                            "Scenario|Household size|Census 2020 · 第七次人口普查",
                            "Industries|" + industry + "|Tax rate|@x provincial tax bureau",
                            "Incentives|" + first + "|Committed jobs|-1\nsecond line · 第二行",
                            "Incentives|" + first + "|But-for share|+1 on the 2019 survey",
                            "Incentives|" + last + "|Amount|=HYPERLINK(\"http://example.org\",\"deal\")");
        }
    }

    @Test
    void a_source_that_looks_like_a_formula_is_written_as_text_and_never_evaluated() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(export(sourced(), Locale.ENGLISH, true)))) {
            Sheet sheet = book.getSheet("Sources");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    String text = cell.getStringCellValue();
                    assertThat(cell.getCellStyle().getQuotePrefixed())
                            .as(text)
                            .isEqualTo(XlsxWriter.looksLikeFormula(text));
                }
            }
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).startsWith("=HYPERLINK(");
        }
    }

    @Test
    void the_sources_sheet_follows_the_export_language() throws Exception {
        try (XSSFWorkbook book =
                new XSSFWorkbook(Files.newInputStream(export(sourced(), Locale.SIMPLIFIED_CHINESE, false)))) {
            Sheet sheet = book.getSheet("来源");
            assertThat(texts(sheet.getRow(0))).containsExactly("工作表", "代码", "字段", "来源");
            assertThat(texts(sheet.getRow(1))).containsExactly("情景", "户均人口", "Census 2020 · 第七次人口普查");
            assertThat(book.getSheetIndex("来源")).isEqualTo(book.getSheetIndex("实际") + 1);
        }
    }

    @Test
    void a_scenario_without_sources_gets_no_sources_sheet() throws Exception {
        Scenario plain = sourced().withSources(List.of());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(export(plain, Locale.ENGLISH, false)))) {
            assertThat(book.getSheet("Sources")).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh"})
    void the_template_has_the_sources_sheet_with_lists_and_help(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeTemplate(locale, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sources = book.getSheet(SheetRole.SOURCES.title(locale));
            assertThat(texts(sources.getRow(0)))
                    .containsExactlyElementsOf(SourceSheet.COLUMNS.stream()
                            .map(c -> c.title(locale))
                            .toList());
            List<? extends DataValidation> validations = sources.getDataValidations();
            assertThat(validations)
                    .hasSize(4)
                    .allSatisfy(v -> assertThat(v.getPromptBoxText()).isNotBlank());
            assertThat(validations)
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .containsExactlyElementsOf(SheetRole.REQUIRED.stream()
                                    .map(r -> r.title(locale))
                                    .toList()));
            String formula = validations.stream()
                    .map(v -> v.getValidationConstraint().getFormula1())
                    .filter(f -> f != null && f.contains("!"))
                    .findFirst()
                    .orElseThrow();
            String readme = SheetRole.README.title(locale);
            assertThat(formula).startsWith("'" + readme + "'!$A$");
            int first = Integer.parseInt(formula.replaceAll(".*\\$A\\$(\\d+):.*", "$1"));
            int last = Integer.parseInt(formula.replaceAll(".*:\\$A\\$(\\d+)$", "$1"));
            List<String> listed = new ArrayList<>();
            for (int r = first; r <= last; r++) {
                listed.add(book.getSheet(readme).getRow(r - 1).getCell(0).getStringCellValue());
            }
            List<String> expected = new ArrayList<>();
            for (List<FieldColumn> columns :
                    List.of(FieldColumn.SCENARIO, FieldColumn.INDUSTRIES, FieldColumn.INCENTIVES)) {
                columns.stream()
                        .map(c -> c.title(locale))
                        .filter(t -> !expected.contains(t))
                        .forEach(expected::add);
            }
            assertThat(listed).as("every field's header, from the descriptors").isEqualTo(expected);
            assertThat((Object) book.getSheet(readme).getRow(last))
                    .as("the list ends the sheet")
                    .isNull();
        }
        Path file = Files.write(dir.resolve("template-" + language + ".xlsx"), out.toByteArray());
        ImportResult blank = WorkbookImporter.read(file, "template.xlsx", ImportOptions.defaults());
        assertThat(blank.problems())
                .as("the empty Sources sheet has nothing to say")
                .noneMatch(p -> SheetRole.SOURCES.title(locale).equals(p.sheet()));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
