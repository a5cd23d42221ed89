package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.errors;
import static org.workbench.importers.ImportAssertions.imported;
import static org.workbench.importers.ImportAssertions.onlyError;
import static org.workbench.importers.TestWorkbook.rows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workbench.domain.Actual;
import org.workbench.domain.Incentive;
import org.workbench.domain.InputRange;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;

class VersionTwoImportTest {
    @TempDir
    Path dir;

    private ImportResult read(TestWorkbook book) throws Exception {
        return WorkbookImporter.read(book.writeXlsx(dir, "v2.xlsx"), "v2.xlsx", ImportOptions.defaults());
    }

    /** The valid workbook with risk inputs on the job subsidy (row 3 of Incentives). */
    private static TestWorkbook risky() {
        TestWorkbook book = TestWorkbook.valid()
                .field("Budget revenue", "93亿")
                .field("Budget growth", "3%")
                .field("Success correlation", 0.4)
                .field("Draws", 500)
                .field("Seed", 7)
                .field("Behind threshold", 0.7);
        List<List<Object>> incentives = book.rowsOf("Incentives");
        incentives.get(0).addAll(List.of("Success probability", "Failure year", "Recovery multiple", "Clawback share"));
        incentives.get(1).addAll(List.of(0.35, 2027, 1.1, ""));
        incentives.get(2).addAll(List.of("", "", "", ""));
        return book;
    }

    private static TestWorkbook withRanges(TestWorkbook book, List<Object>... rangeRows) {
        List<List<Object>> rows = rows(List.of("Sheet", "Code", "Field", "Low", "High"));
        for (List<Object> row : rangeRows) {
            rows.add(new java.util.ArrayList<>(row));
        }
        return book.sheet("Ranges", rows);
    }

    private static TestWorkbook withActuals(TestWorkbook book, List<Object>... actualRows) {
        List<List<Object>> rows =
                rows(List.of("Incentive", "Year", "Actual gross jobs", "Actual outlay", "Actual money back"));
        for (List<Object> row : actualRows) {
            rows.add(new java.util.ArrayList<>(row));
        }
        return book.sheet("Actuals", rows);
    }

    @Test
    void the_new_scenario_fields_and_incentive_columns_are_read() throws Exception {
        Scenario scenario = imported(read(risky()));

        assertThat(scenario.settings().budgetRevenue()).isEqualTo(9.3e9);
        assertThat(scenario.settings().budgetGrowth()).isEqualTo(0.03);
        assertThat(scenario.settings().successCorrelation()).isEqualTo(0.4);
        assertThat(scenario.settings().draws()).isEqualTo(500);
        assertThat(scenario.settings().seed()).isEqualTo(7);
        assertThat(scenario.settings().behindThreshold()).isEqualTo(0.7);
        Incentive nio = scenario.incentives().get(0);
        assertThat(nio.successProbability()).isEqualTo(0.35);
        assertThat(nio.failureYear()).isEqualTo(2027);
        assertThat(nio.recoveryMultiple()).isEqualTo(1.1);
        Incentive subsidy = scenario.incentives().get(1);
        assertThat(subsidy.successProbability()).isEqualTo(1.0);
        assertThat(subsidy.failureYear()).isNull();
        assertThat(subsidy.clawbackShare()).isZero();
    }

    @Test
    void a_version_one_workbook_gets_every_new_input_at_its_default() throws Exception {
        Scenario scenario = imported(read(TestWorkbook.valid()));

        assertThat(scenario.settings().draws()).isEqualTo(2000);
        assertThat(scenario.settings().seed()).isEqualTo(1);
        assertThat(scenario.settings().behindThreshold()).isEqualTo(0.8);
        assertThat(scenario.settings().budgetRevenue()).isZero();
        assertThat(scenario.incentives()).allMatch(i -> i.successProbability() == 1.0 && i.failureYear() == null);
        assertThat(scenario.ranges()).isEmpty();
        assertThat(scenario.actuals()).isEmpty();
    }

    @Test
    void ranges_and_actuals_are_read_by_english_or_chinese_names() throws Exception {
        TestWorkbook book = withRanges(
                risky(),
                List.of("Scenario", "", "In-migrant share", "50%", 0.7),
                List.of("产业", "EV", "税率", 0.06, 0.1),
                List.of("Incentives", "SUB", "Committed jobs", 500, 1200));
        withActuals(book, List.of("SUB", 2027, 400, 8e6, ""), List.of("NIO", 2026, "", "", "1亿"));
        book.renameSheet("Actuals", "实际");

        Scenario scenario = imported(read(book));

        assertThat(scenario.ranges())
                .containsExactly(
                        new InputRange(ItemKind.SETTINGS, null, "inMigrantShare", 0.5, 0.7),
                        new InputRange(ItemKind.INDUSTRY, "EV", "taxRate", 0.06, 0.1),
                        new InputRange(ItemKind.INCENTIVE, "SUB", "committedJobs", 500, 1200));
        assertThat(scenario.actuals())
                .containsExactly(new Actual("SUB", 2027, 400.0, 8e6, null), new Actual("NIO", 2026, null, null, 1e8));
    }

    @Test
    void every_range_problem_is_reported_at_its_cell() throws Exception {
        TestWorkbook book = withRanges(
                risky(),
                List.of("Incentives", "NOPE", "Committed jobs", 1, 2),
                List.of("Incentives", "SUB", "Start year", 2026, 2028),
                List.of("Industries", "EV", "Tax rate", 0.09, 0.1),
                List.of("Industries", "EV", "Tax rate", 0.01, 0.1),
                List.of("Incentives", "SUB", "Exit multiple", 1, 2),
                List.of("Incentives", "SUB", "Committed jobs", 800, 900),
                List.of("Budget", "", "Discount rate", 0, 1),
                List.of("Scenario", "X", "Household size", 2, 3),
                List.of("Industries", "SEMI", "Displacement", 0, 1));

        List<ImportProblem> problems = errors(read(book));

        assertThat(problems)
                .extracting(p -> p.location() + " " + p.messageKey())
                .containsExactlyInAnyOrder(
                        "Ranges!B2 problem.range.unknownCode",
                        "Ranges!C3 problem.range.fieldNotRangeable",
                        "Ranges!D4 problem.range.lowAboveValue",
                        "Ranges!C5 problem.range.duplicateRow",
                        "Ranges!C6 problem.range.typeUnused",
                        "Ranges!E7 problem.range.highBelowValue",
                        "Ranges!A8 problem.range.sheet",
                        "Ranges!B9 problem.range.codeForScenario",
                        "Ranges!E10 problem.cell.outOfRange");
        ImportProblem low =
                problems.stream().filter(p -> "D4".equals(p.cell())).findFirst().orElseThrow();
        assertThat(low.header()).isEqualTo("Low");
        assertThat(low.found()).isEqualTo("0.09");
        assertThat(ProblemFormatter.format(low, Locale.ENGLISH))
                .contains("0.08")
                .contains("at most 0.08");
        assertThat(ProblemFormatter.format(low, Locale.SIMPLIFIED_CHINESE)).contains("下限高于该输入项的取值 0.08");
    }

    @Test
    void every_actuals_problem_is_reported_at_its_cell() throws Exception {
        TestWorkbook book = withActuals(
                risky(),
                List.of("SUB", 2027, 400, "", ""),
                List.of("SUB", 2027, 500, "", ""),
                List.of("GHOST", 2028, 1, "", ""),
                List.of("SUB", 2040, 1, "", ""),
                List.of("SUB", 2029, -3, "", ""));

        List<ImportProblem> problems = errors(read(book));

        assertThat(problems)
                .extracting(p -> p.location() + " " + p.messageKey())
                .containsExactlyInAnyOrder(
                        "Actuals!B3 problem.actual.duplicateYear",
                        "Actuals!A4 problem.cell.unknownIncentive",
                        "Actuals!B5 problem.actual.yearOutside",
                        "Actuals!C6 problem.cell.outOfRange");
        ImportProblem duplicate = problems.stream()
                .filter(p -> p.messageKey().equals("problem.actual.duplicateYear"))
                .findFirst()
                .orElseThrow();
        assertThat(ProblemFormatter.format(duplicate, Locale.ENGLISH)).contains("in row 2");
    }

    @Test
    void a_bad_risk_input_is_reported_at_its_cell() throws Exception {
        TestWorkbook book = risky();
        book.setColumn("Incentives", "Failure year", 1, "");
        book.setColumn("Incentives", "Clawback share", 2, 1.5);

        List<ImportProblem> problems = errors(read(book));

        assertThat(problems)
                .extracting(ImportProblem::location)
                .containsExactlyInAnyOrder("Incentives!O2", "Incentives!Q3");
    }

    @Test
    void a_formula_without_a_saved_result_is_refused_at_its_cell() throws Exception {
        TestWorkbook book = TestWorkbook.valid()
                .setColumn("Incentives", "Committed jobs", 2, new TestWorkbook.Formula("1/0"))
                .unevaluated();

        ImportProblem problem = onlyError(read(book));

        assertThat(problem.location()).isEqualTo("Incentives!G3");
        assertThat(problem.messageKey()).isEqualTo("problem.cell.formulaWithoutValue");
        assertThat(problem.found()).isEqualTo("=1/0");
        assertThat(ProblemFormatter.format(problem, Locale.ENGLISH))
                .startsWith("Incentives!G3 [Committed jobs]")
                .contains("formula without a saved result");
        assertThat(ProblemFormatter.format(problem, Locale.SIMPLIFIED_CHINESE)).contains("没有保存计算结果的公式");
    }

    @Test
    void a_text_formula_without_a_saved_result_is_refused_too() throws Exception {
        TestWorkbook book = TestWorkbook.valid()
                .setColumn("Incentives", "Name", 1, new TestWorkbook.Formula("\"NIO\"&\" equity\""))
                .unevaluated();

        ImportProblem problem = onlyError(read(book));

        assertThat(problem.location()).isEqualTo("Incentives!B2");
        assertThat(problem.messageKey()).isEqualTo("problem.cell.formulaWithoutValue");
    }

    @Test
    void the_same_formula_calculated_by_a_spreadsheet_is_refused_for_its_error_value() throws Exception {
        ImportProblem problem = onlyError(read(
                TestWorkbook.valid().setColumn("Incentives", "Committed jobs", 2, new TestWorkbook.Formula("1/0"))));

        assertThat(problem.messageKey()).isEqualTo("problem.cell.errorValue");
        assertThat(problem.location()).isEqualTo("Incentives!G3");
    }

    @Test
    void without_stored_sets_to_look_in_the_sector_column_is_a_warning_and_the_typed_multiplier_counts()
            throws Exception {
        TestWorkbook book = risky().field("Multiplier set", "Anhui 2020");
        book.rowsOf("Industries").get(0).add("Sector");
        book.rowsOf("Industries").get(1).add("C36");

        ImportResult result = read(book);

        assertThat(imported(result)).isEqualTo(imported(read(risky())));
        assertThat(result.problems())
                .extracting(p -> p.location() + " " + p.messageKey())
                .containsExactly("Industries!J2 problem.link.notLookedUp");
    }

    @Test
    void a_ranges_csv_goes_into_a_base_scenario_and_its_problems_name_their_cells() throws Exception {
        Scenario base = imported(read(risky()));
        TestWorkbook book = withRanges(
                risky(),
                List.of("Industries", "EV", "Tax rate", 0.05, 0.12),
                List.of("Incentives", "NIO", "Clawback share", 0, 0.5));
        Path csv = book.writeCsv(dir, "plan-Ranges.csv", "Ranges", java.nio.charset.StandardCharsets.UTF_8, false);

        ImportResult result = WorkbookImporter.read(
                csv, "plan-Ranges.csv", ImportOptions.defaults().withBase(base));

        assertThat(errors(result))
                .extracting(p -> p.location() + " " + p.messageKey())
                .containsExactly("Ranges!C3 problem.range.typeUnused");

        book.rowsOf("Ranges").remove(2);
        Path good = book.writeCsv(dir, "plan-Ranges.csv", "Ranges", java.nio.charset.StandardCharsets.UTF_8, false);
        Scenario scenario = imported(WorkbookImporter.read(
                good, "plan-Ranges.csv", ImportOptions.defaults().withBase(base)));
        assertThat(scenario.ranges()).containsExactly(new InputRange(ItemKind.INDUSTRY, "EV", "taxRate", 0.05, 0.12));
        assertThat(scenario.incentives()).isEqualTo(base.incentives());
    }
}
