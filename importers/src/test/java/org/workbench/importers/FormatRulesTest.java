package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.errors;
import static org.workbench.importers.ImportAssertions.imported;
import static org.workbench.importers.ImportAssertions.keys;
import static org.workbench.importers.ImportAssertions.onlyError;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.Scenario;

/** One test per rule of the workbook format page (shared/spec/workbook-format.md). */
class FormatRulesTest {
    @TempDir
    Path dir;

    private ImportResult read(TestWorkbook book) throws Exception {
        Path file = book.writeXlsx(dir, "book.xlsx");
        return WorkbookImporter.read(file, "book.xlsx", ImportOptions.defaults());
    }

    private Scenario ok(TestWorkbook book) throws Exception {
        return imported(read(book));
    }

    private static TestWorkbook valid() {
        return TestWorkbook.valid();
    }

    // Files

    @Test
    void an_xls_workbook_is_read_like_an_xlsx() throws Exception {
        Path file = valid().writeXls(dir, "book.xls");
        Scenario scenario = imported(WorkbookImporter.read(file, "book.xls", ImportOptions.defaults()));
        assertThat(scenario).isEqualTo(ok(valid()));
    }

    @Test
    void a_csv_carries_the_sheet_named_by_the_last_part_of_its_file_name() throws Exception {
        Scenario base = ok(valid());
        TestWorkbook changed = valid().setColumn("Incentives", "Amount", 2, 99);
        Path file = changed.writeCsv(dir, "plan-2026-Incentives.csv", "Incentives", StandardCharsets.UTF_8, false);

        Scenario scenario = imported(WorkbookImporter.read(
                file, "plan-2026-Incentives.csv", ImportOptions.defaults().withBase(base)));

        assertThat(scenario.incentives().get(1).amount()).isEqualTo(99);
        assertThat(scenario.industries()).isEqualTo(base.industries());
    }

    @Test
    void a_csv_sheet_may_be_chosen_on_upload_instead() throws Exception {
        Scenario base = ok(valid());
        Path file = valid().writeCsv(dir, "upload.csv", "Industries", StandardCharsets.UTF_8, false);

        Scenario scenario = imported(WorkbookImporter.read(
                file, "upload.csv", ImportOptions.defaults().withBase(base).withCsvSheet("产业")));

        assertThat(scenario).isEqualTo(base);
    }

    @Test
    void a_csv_without_a_base_scenario_lacks_the_other_sheets() throws Exception {
        Path file = valid().writeCsv(dir, "x-Incentives.csv", "Incentives", StandardCharsets.UTF_8, false);
        List<ImportProblem> errors = errors(WorkbookImporter.read(file, "x-Incentives.csv", ImportOptions.defaults()));
        assertThat(keys(errors)).containsExactly("problem.sheet.missing", "problem.sheet.missing");
    }

    @Test
    void a_scenario_sheet_alone_still_reports_its_missing_fields() throws Exception {
        TestWorkbook book = valid().remove("Industries").remove("Incentives");
        book.rowsOf("Scenario").removeIf(row -> row.get(0).equals("Horizon years"));
        assertThat(keys(errors(read(book))))
                .containsExactlyInAnyOrder("problem.sheet.missing", "problem.sheet.missing", "problem.field.missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"book.ods", "book.xlsm", "book", "book.txt"})
    void other_file_types_are_refused(String name) throws Exception {
        Path file = valid().writeXlsx(dir, "any.bin");
        ImportProblem problem = onlyError(WorkbookImporter.read(file, name, ImportOptions.defaults()));
        assertThat(problem.messageKey()).isEqualTo("problem.file.unsupportedType");
        assertThat(problem.location()).isEqualTo(name);
    }

    @Test
    void a_file_whose_content_does_not_match_its_extension_is_refused() throws Exception {
        Path file = valid().writeXlsx(dir, "real.xlsx");
        ImportProblem problem = onlyError(WorkbookImporter.read(file, "renamed.csv", ImportOptions.defaults()));
        assertThat(problem.messageKey()).isEqualTo("problem.file.mismatch");
        assertThat(ProblemFormatter.message(problem, Locale.ENGLISH))
                .isEqualTo("The file is named .csv but its content is a zip archive (such as .xlsx).");
    }

    // Sheet Scenario

    @Test
    void scenario_fields_may_come_in_any_order() throws Exception {
        TestWorkbook book = valid();
        List<List<Object>> rows = book.rowsOf("Scenario");
        Collections.reverse(rows.subList(1, rows.size()));
        assertThat(ok(book)).isEqualTo(ok(valid()));
    }

    @Test
    void name_is_required_and_at_most_200_characters() throws Exception {
        assertThat(keys(errors(read(valid().field("Name", ""))))).containsExactly("problem.cell.required");
        assertThat(onlyError(read(valid().field("Name", "x".repeat(201)))).location())
                .isEqualTo("Scenario!B2");
        assertThat(ok(valid().field("Name", "x".repeat(200))).settings().name()).hasSize(200);
    }

    @Test
    void city_and_description_are_optional() throws Exception {
        Scenario scenario = ok(valid().field("City", "").field("Description", ""));
        assertThat(scenario.settings().city()).isNull();
        assertThat(scenario.settings().description()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "Base year, 1949, false",
        "Base year, 2020, true",
        "Base year, 2101, false",
        "Horizon years, 0, false",
        "Horizon years, 50, true",
        "Horizon years, 51, false",
        "Discount rate, 1.01, false",
        "Discount rate, 0, true",
        "Household size, 0, false",
        "Household size, 0.1, true",
        "In-migrant share, -0.01, false",
        "In-migrant share, 1, true",
        "Service cost per resident, -1, false",
        "Service cost per resident, 0, true"
    })
    void scenario_numbers_keep_to_their_ranges(String field, double value, boolean accepted) throws Exception {
        ImportResult result = read(valid().field(field, value));
        if (accepted) {
            imported(result);
        } else {
            ImportProblem problem = onlyError(result);
            assertThat(problem.header()).isEqualTo(field);
            assertThat(problem.expected()).isNotNull();
        }
    }

    @Test
    void base_and_horizon_years_must_be_whole_numbers() throws Exception {
        assertThat(onlyError(read(valid().field("Horizon years", 2.5))).messageKey())
                .isEqualTo("problem.cell.notInteger");
    }

    @Test
    void a_required_scenario_field_that_is_missing_is_reported_once() throws Exception {
        TestWorkbook book = valid();
        book.rowsOf("Scenario").removeIf(row -> row.get(0).equals("Household size"));
        ImportProblem problem = onlyError(read(book));
        assertThat(problem.messageKey()).isEqualTo("problem.field.missing");
        assertThat(problem.location()).isEqualTo("Scenario");
    }

    @Test
    void currency_is_an_iso_code_and_defaults_to_cny() throws Exception {
        assertThat(ok(valid().field("Currency", "")).settings().currency()).isEqualTo("CNY");
        assertThat(ok(valid().field("Currency", "usd")).settings().currency()).isEqualTo("USD");
        assertThat(onlyError(read(valid().field("Currency", "XYZ1"))).messageKey())
                .isEqualTo("problem.cell.currency");
    }

    // Sheet Industries

    @Test
    void the_header_is_the_first_non_empty_row() throws Exception {
        TestWorkbook book = valid();
        book.rowsOf("Industries").add(0, new ArrayList<>(List.of("")));
        book.rowsOf("Industries").add(0, new ArrayList<>(List.of("", "")));
        assertThat(ok(book)).isEqualTo(ok(valid()));
    }

    @Test
    void columns_may_come_in_any_order() throws Exception {
        TestWorkbook book = valid();
        for (List<Object> row : book.rowsOf("Incentives")) {
            Collections.reverse(row);
        }
        for (List<Object> row : book.rowsOf("Industries")) {
            Collections.rotate(row, 3);
        }
        assertThat(ok(book)).isEqualTo(ok(valid()));
    }

    @Test
    void industry_codes_are_required_and_unique() throws Exception {
        ImportProblem duplicate = onlyError(
                read(valid().setColumn("Industries", "Code", 2, "EV").setColumn("Incentives", "Industry", 2, "EV")));
        assertThat(duplicate.location()).isEqualTo("Industries!A3");
        assertThat(duplicate.messageKey()).isEqualTo("problem.cell.duplicateCode");
        assertThat(keys(errors(read(valid().setColumn("Industries", "Code", 2, "")))))
                .contains("problem.cell.required");
    }

    @Test
    void a_required_column_that_is_missing_is_reported_once_for_the_sheet() throws Exception {
        TestWorkbook book = valid();
        book.rowsOf("Industries").forEach(row -> row.remove(6));
        ImportProblem problem = onlyError(read(book));
        assertThat(problem.messageKey()).isEqualTo("problem.column.missing");
        assertThat(problem.args()).containsExactly("Tax rate / 税率");
    }

    @ParameterizedTest
    @CsvSource({
        "Baseline jobs, -1, false",
        "Value added per job, 0, false",
        "Value added per job, 0.01, true",
        "Productivity growth, -0.51, false",
        "Productivity growth, -0.5, true",
        "Productivity growth, 1.01, false",
        "Average wage, -1, false",
        "Tax rate, 1.5, false",
        "Tax rate, 1, true",
        "Employment multiplier, 0.99, false",
        "Employment multiplier, 1, true",
        "Displacement, 1, false",
        "Displacement, 0.99, true"
    })
    void industry_numbers_keep_to_their_ranges(String column, double value, boolean accepted) throws Exception {
        ImportResult result = read(valid().setColumn("Industries", column, 1, value));
        if (accepted) {
            imported(result);
        } else {
            assertThat(onlyError(result).header()).isEqualTo(column);
        }
    }

    @Test
    void blank_optional_industry_numbers_take_the_format_defaults() throws Exception {
        TestWorkbook book = valid();
        for (String column : List.of(
                "Baseline jobs", "Productivity growth", "Average wage", "Employment multiplier", "Displacement")) {
            book.setColumn("Industries", column, 1, "");
        }
        Industry industry = ok(book).industries().get(0);
        assertThat(industry.baselineJobs()).isZero();
        assertThat(industry.productivityGrowth()).isZero();
        assertThat(industry.averageWage()).isZero();
        assertThat(industry.employmentMultiplier()).isEqualTo(1);
        assertThat(industry.displacement()).isZero();
    }

    @Test
    void value_added_per_job_and_tax_rate_have_no_default() throws Exception {
        List<ImportProblem> errors = errors(read(valid().setColumn("Industries", "Value added per job", 1, "")
                .setColumn("Industries", "Tax rate", 1, "")));
        assertThat(errors).extracting(ImportProblem::location).containsExactly("Industries!D2", "Industries!G2");
    }

    // Sheet Incentives

    @Test
    void incentive_codes_are_unique() throws Exception {
        ImportProblem problem = onlyError(read(valid().setColumn("Incentives", "Code", 2, "NIO")));
        assertThat(problem.location()).isEqualTo("Incentives!A3");
    }

    @Test
    void types_are_read_by_canonical_name_or_chinese_alias() throws Exception {
        Scenario scenario = ok(
                valid().setColumn("Incentives", "Type", 1, "股权投资").setColumn("Incentives", "Type", 2, "job subsidy"));
        assertThat(scenario.incentives())
                .extracting(Incentive::type)
                .containsExactly(IncentiveType.EQUITY, IncentiveType.JOB_SUBSIDY);
        assertThat(onlyError(read(valid().setColumn("Incentives", "Type", 2, "GRANT")))
                        .messageKey())
                .isEqualTo("problem.cell.unknownType");
    }

    @Test
    void an_incentive_must_aim_at_an_industry_of_the_workbook() throws Exception {
        ImportProblem problem = onlyError(read(valid().setColumn("Incentives", "Industry", 2, "BIO")));
        assertThat(problem.location()).isEqualTo("Incentives!D3");
        assertThat(problem.messageKey()).isEqualTo("problem.cell.unknownIndustry");
    }

    @ParameterizedTest
    @CsvSource({"2025, false", "2026, true", "2035, true", "2036, false"})
    void the_start_year_lies_within_the_scenario_years(int year, boolean accepted) throws Exception {
        ImportResult result = read(valid().setColumn("Incentives", "Start year", 2, year));
        if (accepted) {
            imported(result);
        } else {
            ImportProblem problem = onlyError(result);
            assertThat(problem.messageKey()).isEqualTo("problem.cell.startYearOutside");
            assertThat(problem.expected()).isEqualTo(Message.of("expected.year.within", 2026, 2035));
        }
    }

    @Test
    void blank_duration_jobs_and_ramp_take_their_defaults() throws Exception {
        TestWorkbook book = valid();
        for (String column : List.of("Duration", "Committed jobs", "Ramp years")) {
            book.setColumn("Incentives", column, 2, "");
        }
        Incentive incentive = ok(book).incentives().get(1);
        assertThat(incentive.durationYears()).isEqualTo(1);
        assertThat(incentive.committedJobs()).isZero();
        assertThat(incentive.rampYears()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"Duration, 0", "Ramp years, 0", "Committed jobs, -1", "But-for share, 1.2", "Amount, -1"})
    void incentive_numbers_keep_to_their_ranges(String column, double value) throws Exception {
        assertThat(onlyError(read(valid().setColumn("Incentives", column, 2, value)))
                        .header())
                .isEqualTo(column);
    }

    @Test
    void but_for_share_and_amount_are_required() throws Exception {
        List<ImportProblem> errors = errors(
                read(valid().setColumn("Incentives", "But-for share", 2, "").setColumn("Incentives", "Amount", 2, "")));
        assertThat(errors).extracting(ImportProblem::location).containsExactly("Incentives!I3", "Incentives!J3");
    }

    @Test
    void a_tax_rebate_amount_is_a_share() throws Exception {
        TestWorkbook rebate = valid().setColumn("Incentives", "Type", 2, "TAX_REBATE");
        assertThat(onlyError(read(rebate.setColumn("Incentives", "Amount", 2, 2)))
                        .messageKey())
                .isEqualTo("problem.cell.rebateShare");
        assertThat(ok(rebate.setColumn("Incentives", "Amount", 2, "40%"))
                        .incentives()
                        .get(1)
                        .amount())
                .isEqualTo(0.4);
    }

    @Test
    void talents_only_matter_for_talent_subsidies_and_elsewhere_earn_a_warning() throws Exception {
        ImportResult result = read(valid().setColumn("Incentives", "Talents", 2, 30));
        imported(result);
        assertThat(keys(result.problems())).containsExactly("problem.cell.talentsOnly");
        assertThat(result.problems().get(0).location()).isEqualTo("Incentives!K3");
    }

    @Test
    void equity_needs_an_exit_year_after_its_start_and_an_exit_multiple() throws Exception {
        assertThat(keys(errors(read(valid().setColumn("Incentives", "Exit year", 1, "")
                        .setColumn("Incentives", "Exit multiple", 1, "")))))
                .containsExactly("problem.cell.requiredForEquity", "problem.cell.requiredForEquity");
        assertThat(onlyError(read(valid().setColumn("Incentives", "Exit year", 1, 2026)))
                        .messageKey())
                .isEqualTo("problem.cell.exitNotAfterStart");
        assertThat(onlyError(read(valid().setColumn("Incentives", "Exit multiple", 1, -1)))
                        .header())
                .isEqualTo("Exit multiple");
    }

    @Test
    void an_exit_on_another_type_is_dropped_with_a_warning() throws Exception {
        ImportResult result = read(valid().setColumn("Incentives", "Exit year", 2, 2031));
        assertThat(imported(result).incentives().get(1).exitYear()).isNull();
        assertThat(keys(result.problems())).containsExactly("problem.cell.equityOnly");
    }

    // Cell values

    @Test
    void a_share_may_be_a_fraction_a_percent_text_or_a_percent_formatted_cell() throws Exception {
        Scenario scenario = ok(valid().field("Discount rate", "15%")
                .field("In-migrant share", new TestWorkbook.Percent(0.45))
                .setColumn("Industries", "Tax rate", 1, 0.15));
        assertThat(scenario.settings().discountRate()).isEqualTo(0.15);
        assertThat(scenario.settings().inMigrantShare()).isEqualTo(0.45);
        assertThat(scenario.industries().get(0).taxRate()).isEqualTo(0.15);
    }

    @Test
    void a_formula_is_read_by_its_cached_value() throws Exception {
        Scenario scenario = ok(valid().setColumn("Incentives", "Amount", 2, new TestWorkbook.Formula("1000*20")));
        assertThat(scenario.incentives().get(1).amount()).isEqualTo(20000);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"1,200;1200", "1 200;1200", "12,345,678.5;12345678.5", "１２００;1200", "1\u00A0200;1200"})
    void numbers_may_be_text_with_thousands_separators(String text, double expected) throws Exception {
        assertThat(ok(valid().setColumn("Incentives", "Committed jobs", 2, text))
                        .incentives()
                        .get(1)
                        .committedJobs())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2", "12,34", "1.2.3", "abc", "0x10", "1e5000", "NaN", "Infinity", "=1+1"})
    void text_that_is_not_a_clean_number_is_refused(String text) throws Exception {
        ImportProblem problem = onlyError(read(valid().setColumn("Incentives", "Committed jobs", 2, text)));
        assertThat(problem.messageKey()).isIn("problem.cell.notNumber", "problem.cell.notFinite");
        assertThat(problem.found()).isEqualTo(text);
    }

    @Test
    void error_values_are_refused() throws Exception {
        ImportProblem problem = onlyError(
                read(valid().setColumn("Incentives", "Amount", 2, new TestWorkbook.ErrorValue(FormulaError.DIV0))));
        assertThat(problem.messageKey()).isEqualTo("problem.cell.errorValue");
        assertThat(problem.found()).isEqualTo("#DIV/0!");
    }

    @ParameterizedTest
    @CsvSource({"3亿, 300000000", "1.5万, 15000", "2K, 2000", "2.5M, 2500000", "1B, 1000000000", "0.1亿, 10000000"})
    void money_may_carry_a_scale_word(String text, double expected) throws Exception {
        assertThat(ok(valid().setColumn("Incentives", "Amount", 1, text))
                        .incentives()
                        .get(0)
                        .amount())
                .isEqualTo(expected);
    }

    @Test
    void a_scale_word_in_a_share_or_a_percent_in_money_is_refused() throws Exception {
        assertThat(onlyError(read(valid().field("Discount rate", "5K"))).messageKey())
                .isEqualTo("problem.cell.scaleNotAllowed");
        assertThat(onlyError(read(valid().field("Service cost per resident", "5%")))
                        .messageKey())
                .isEqualTo("problem.cell.percentNotAllowed");
    }

    @Test
    void a_date_cell_where_a_number_belongs_is_refused_but_a_year_column_takes_its_year() throws Exception {
        LocalDate date = LocalDate.of(2027, 3, 1);
        assertThat(onlyError(read(valid().setColumn("Incentives", "Amount", 2, new TestWorkbook.DateCell(date))))
                        .messageKey())
                .isEqualTo("problem.cell.date");
        ImportResult result = read(valid().setColumn("Incentives", "Start year", 2, new TestWorkbook.DateCell(date)));
        assertThat(imported(result).incentives().get(1).startYear()).isEqualTo(2027);
        assertThat(keys(result.problems())).containsExactly("problem.cell.dateAsYear");
    }

    @Test
    void blank_rows_are_skipped() throws Exception {
        TestWorkbook book = valid();
        book.rowsOf("Incentives").add(2, new ArrayList<>(List.of("", "  ")));
        book.rowsOf("Industries").add(new ArrayList<>(List.of("")));
        assertThat(ok(book)).isEqualTo(ok(valid()));
    }

    @Test
    void a_readme_sheet_is_ignored_in_either_language() throws Exception {
        TestWorkbook book = valid().sheet("README", TestWorkbook.rows(List.of("anything", 1)))
                .sheet("说明", TestWorkbook.rows(List.of("随便")));
        ImportResult result = read(book);
        assertThat(imported(result)).isEqualTo(ok(valid()));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void an_unknown_column_is_a_warning_and_ignored() throws Exception {
        ImportResult result = read(valid().set("Incentives", 0, 13, "Notes").set("Incentives", 1, 13, "call back"));
        assertThat(imported(result)).isEqualTo(ok(valid()));
        ImportProblem warning = result.problems().get(0);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.location()).isEqualTo("Incentives!N1");
        assertThat(warning.messageKey()).isEqualTo("problem.column.unknown");
    }

    @Test
    void an_unknown_sheet_is_a_warning() throws Exception {
        ImportResult result = read(valid().sheet("Notes", TestWorkbook.rows(List.of("x"))));
        imported(result);
        assertThat(keys(result.problems())).containsExactly("problem.sheet.unknown");
    }

    @Test
    void headers_match_chinese_aliases_ignoring_case_spaces_and_full_width_forms() throws Exception {
        TestWorkbook book = valid().renameSheet("Scenario", "情景")
                .renameSheet("Industries", " ＩＮＤＵＳＴＲＩＥＳ ")
                .renameSheet("Incentives", "政策");
        book.set("情景", 0, 0, "字段").set("情景", 0, 1, "值").set("情景", 4, 0, "  预测年数 ");
        book.set(" ＩＮＤＵＳＴＲＩＥＳ ", 0, 0, "代码").set(" ＩＮＤＵＳＴＲＩＥＳ ", 0, 3, "VALUE ADDED PER JOB");
        book.set("政策", 0, 8, "增量比例").set("政策", 0, 9, "ａｍｏｕｎｔ");
        assertThat(ok(book)).isEqualTo(ok(valid()));
    }

    // Problems

    @Test
    void every_problem_of_a_file_is_reported_at_once() throws Exception {
        TestWorkbook book = valid().field("Discount rate", 3)
                .setColumn("Industries", "Tax rate", 2, "high")
                .setColumn("Incentives", "Amount", 1, -1)
                .setColumn("Incentives", "Industry", 2, "NOPE");
        assertThat(errors(read(book)))
                .extracting(ImportProblem::location)
                .containsExactly("Scenario!B6", "Industries!G3", "Incentives!J2", "Incentives!D3");
    }

    @Test
    void problems_read_in_chinese_too() throws Exception {
        ImportProblem problem = onlyError(read(valid().setColumn("Incentives", "Amount", 2, -5)));
        assertThat(ProblemFormatter.format(problem, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("Incentives!J3 [Amount] 错误: 该值超出允许范围。 (实际值: \"-5\"; 应为: 不小于 0 的金额（税收返还类为 0 至 1 的比例）)");
    }
}
