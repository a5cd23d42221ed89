package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.errors;
import static org.workbench.importers.ImportAssertions.imported;
import static org.workbench.importers.ImportAssertions.onlyError;
import static org.workbench.importers.TestWorkbook.rows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;

class SourceSheetImportTest {
    @TempDir
    Path dir;

    private ImportResult read(TestWorkbook book) throws Exception {
        return WorkbookImporter.read(book.writeXlsx(dir, "sources.xlsx"), "sources.xlsx", ImportOptions.defaults());
    }

    @SafeVarargs
    private static TestWorkbook withSources(TestWorkbook book, List<Object>... sourceRows) {
        List<List<Object>> rows = rows(List.of("Sheet", "Code", "Field", "Source"));
        for (List<Object> row : sourceRows) {
            rows.add(new ArrayList<>(row));
        }
        return book.sheet("Sources", rows);
    }

    private static List<Object> row(Object... cells) {
        return List.of(cells);
    }

    @Test
    void a_sources_sheet_in_english_gives_each_input_its_source_and_a_number_as_it_is_shown() throws Exception {
        TestWorkbook book = withSources(
                TestWorkbook.valid(),
                row("Scenario", "", "Discount rate", "  Treasury yield, 10 years, 2024  "),
                row("Industries", "EV", "Tax rate", "Provincial tax bureau 2023\r\nTable 4"),
                row("Scenario", "", "In-migrant share", new TestWorkbook.Percent(0.6)),
                row("Incentives", "SUB", "Committed jobs", 2027),
                row("incentives", "NIO", "amount", "Board minutes"));

        ImportResult result = read(book);

        assertThat(imported(result).sources())
                .containsExactly(
                        new InputSource(ItemKind.SETTINGS, null, "discountRate", "Treasury yield, 10 years, 2024"),
                        new InputSource(ItemKind.INDUSTRY, "EV", "taxRate", "Provincial tax bureau 2023\nTable 4"),
                        new InputSource(ItemKind.SETTINGS, null, "inMigrantShare", "60%"),
                        new InputSource(ItemKind.INCENTIVE, "SUB", "committedJobs", "2027"),
                        new InputSource(ItemKind.INCENTIVE, "NIO", "amount", "Board minutes"));
        assertThat(result.problems()).as("the sheet is known").isEmpty();
    }

    @Test
    void a_sources_sheet_in_chinese_gives_each_input_its_source() throws Exception {
        TestWorkbook book = TestWorkbook.valid()
                .sheet(
                        "来源",
                        rows(
                                List.of("工作表", "代码", "字段", "来源"),
                                row("情景", "", "贴现率", "十年期国债收益率（2024）"),
                                row("产业", "SEMI", "税率", "省税务局 2023 年报"),
                                row("政策", "NIO", "金额", "投资协议第 3 条")));

        Scenario scenario = imported(read(book));

        assertThat(scenario.sources())
                .containsExactly(
                        new InputSource(ItemKind.SETTINGS, null, "discountRate", "十年期国债收益率（2024）"),
                        new InputSource(ItemKind.INDUSTRY, "SEMI", "taxRate", "省税务局 2023 年报"),
                        new InputSource(ItemKind.INCENTIVE, "NIO", "amount", "投资协议第 3 条"));
        assertThat(scenario.sourceOf(ItemKind.INCENTIVE, "NIO", "amount")).isPresent();
    }

    @Test
    void a_workbook_without_a_sources_sheet_imports_as_before_with_no_sources() throws Exception {
        assertThat(imported(read(TestWorkbook.valid())).sources()).isEmpty();
    }

    @Test
    void every_source_problem_is_reported_at_its_cell_and_nothing_is_imported() throws Exception {
        TestWorkbook book = withSources(
                TestWorkbook.valid(),
                row("Budget", "", "Discount rate", "x"),
                row("Industries", "EV", "Colour", "x"),
                row("Scenario", "X", "Discount rate", "x"),
                row("Incentives", "", "Amount", "x"),
                row("Incentives", "GHOST", "Amount", "x"),
                row("Industries", "EV", "Tax rate", "tax bureau"),
                row("Industries", "EV", "税率", "tax bureau again"),
                row("Incentives", "SUB", "Amount", "x".repeat(501)),
                row("Incentives", "NIO", "Amount", ""),
                row("", "", "Amount", "x"));

        List<ImportProblem> problems = errors(read(book));

        assertThat(problems)
                .extracting(p -> p.location() + " " + p.messageKey())
                .containsExactlyInAnyOrder(
                        "Sources!A2 problem.sources.sheet",
                        "Sources!C3 problem.sources.unknownField",
                        "Sources!B4 problem.sources.codeForScenario",
                        "Sources!B5 problem.sources.codeMissing",
                        "Sources!B6 problem.sources.unknownCode",
                        "Sources!C8 problem.sources.duplicateRow",
                        "Sources!D9 problem.sources.tooLong",
                        "Sources!D10 problem.cell.required",
                        "Sources!A11 problem.cell.required");
        ImportProblem duplicate = at(problems, "C8");
        assertThat(ProblemFormatter.format(duplicate, Locale.ENGLISH)).contains("already has a source in row 7");
        assertThat(ProblemFormatter.format(duplicate, Locale.SIMPLIFIED_CHINESE))
                .contains("已在第 7 行填写了来源");
        ImportProblem field = at(problems, "C3");
        assertThat(field.header()).isEqualTo("Field");
        assertThat(ProblemFormatter.format(field, Locale.ENGLISH))
                .contains("\"Colour\" is not a field of that sheet")
                .contains("Tax rate");
        assertThat(ProblemFormatter.format(field, Locale.SIMPLIFIED_CHINESE)).contains("税率");
        assertThat(ProblemFormatter.format(at(problems, "B6"), Locale.ENGLISH))
                .contains("Code GHOST is not a code of that sheet")
                .contains("Incentives");
    }

    @Test
    void a_source_longer_than_500_characters_is_refused_at_its_cell() throws Exception {
        ImportProblem problem =
                onlyError(read(withSources(TestWorkbook.valid(), row("Incentives", "SUB", "Amount", "y".repeat(612)))));

        assertThat(problem.location()).isEqualTo("Sources!D2");
        assertThat(problem.header()).isEqualTo("Source");
        assertThat(problem.found()).hasSizeLessThanOrEqualTo(CellValue.SHOWN_CHARS + 1);
        assertThat(ProblemFormatter.format(problem, Locale.ENGLISH))
                .contains("The source has 612 characters; at most 500 are allowed");
        assertThat(ProblemFormatter.format(problem, Locale.SIMPLIFIED_CHINESE)).contains("来源有 612 个字符，最多允许 500 个");
    }

    @Test
    void the_limit_counts_characters_as_people_see_them_not_utf16_units() throws Exception {
        String faces = "😀".repeat(InputSource.MAX_LENGTH);
        Scenario scenario =
                imported(read(withSources(TestWorkbook.valid(), row("Industries", "EV", "Tax rate", faces))));

        assertThat(scenario.sources().getFirst().text()).isEqualTo(faces);
    }

    @Test
    void a_control_character_in_a_source_is_refused_at_its_cell_and_line_breaks_are_kept() throws Exception {
        TestWorkbook book = withSources(
                TestWorkbook.valid(),
                row("Industries", "EV", "Tax rate", "bell\u0007here"),
                row("Industries", "SEMI", "Tax rate", "first line\nsecond line"));

        for (Path file : List.of(
                book.writeXls(dir, "control.xls"),
                book.writeCsv(dir, "control-Sources.csv", "Sources", StandardCharsets.UTF_8, false))) {
            ImportResult result = WorkbookImporter.read(
                    file,
                    file.getFileName().toString(),
                    ImportOptions.defaults().withBase(imported(read(TestWorkbook.valid()))));

            ImportProblem problem = onlyError(result);
            assertThat(problem.location()).as(file.toString()).isEqualTo("Sources!D2");
            assertThat(problem.messageKey()).isEqualTo("problem.sources.control");
            assertThat(ProblemFormatter.format(problem, Locale.ENGLISH)).contains("U+0007");
        }
        book.rowsOf("Sources").remove(1);
        Scenario scenario = imported(read(book));
        assertThat(scenario.sources())
                .containsExactly(new InputSource(ItemKind.INDUSTRY, "SEMI", "taxRate", "first line\nsecond line"));
    }

    @Test
    void a_100000_character_source_cell_is_refused_at_its_cell_and_only_its_start_is_kept() throws Exception {
        Path valid = withSources(TestWorkbook.valid(), row("Incentives", "SUB", "Amount", "placeholder"))
                .writeXlsx(dir, "valid.xlsx");
        String giant = "z".repeat(100_000);
        Path inlined = Zips.replace(
                valid,
                dir.resolve("giant-inline.xlsx"),
                Map.of("xl/worksheets/sheet4.xml", sourcesSheet(inline("D2", giant))));
        Map<String, byte[]> parts = Zips.read(valid);
        String strings = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        int index = strings.split("<si>", -1).length - 1;
        parts.put("xl/sharedStrings.xml", Zips.utf8(strings.replace("</sst>", "<si><t>" + giant + "</t></si></sst>")));
        parts.put("xl/worksheets/sheet4.xml", sourcesSheet("<c r=\"D2\" t=\"s\"><v>" + index + "</v></c>"));
        Path shared = Zips.write(dir.resolve("giant-shared.xlsx"), parts);

        for (Path file : List.of(inlined, shared)) {
            ImportProblem problem = onlyError(WorkbookImporter.read(file, "giant.xlsx", ImportOptions.defaults()));

            assertThat(problem.location()).as(file.toString()).isEqualTo("Sources!D2");
            assertThat(problem.messageKey()).isEqualTo("problem.sources.tooLong");
            assertThat(ProblemFormatter.format(problem, Locale.ENGLISH))
                    .contains("100000 characters; at most 500")
                    .hasSizeLessThan(400);
            // the readers keep no more of a cell than a cell may hold, and the problem only what it shows
            assertThat(problem.found()).hasSizeLessThanOrEqualTo(CellValue.SHOWN_CHARS + 1);
        }
    }

    /** Sheet Sources with one row for the job subsidy's amount, its Source cell as given. */
    private static byte[] sourcesSheet(String sourceCell) {
        return Zips.utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\">" + inline("A1", "Sheet") + inline("B1", "Code") + inline("C1", "Field")
                + inline("D1", "Source") + "</row><row r=\"2\">" + inline("A2", "Incentives") + inline("B2", "SUB")
                + inline("C2", "Amount") + sourceCell + "</row></sheetData></worksheet>");
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void a_sources_csv_goes_into_a_base_scenario_and_keeps_its_other_inputs() throws Exception {
        Scenario base = imported(read(TestWorkbook.valid()));
        TestWorkbook book =
                withSources(TestWorkbook.valid(), row("Incentives", "NIO", "Amount", "Investment agreement, clause 3"));
        Path csv = book.writeCsv(dir, "plan-Sources.csv", "Sources", StandardCharsets.UTF_8, false);

        Scenario scenario = imported(WorkbookImporter.read(
                csv, "plan-Sources.csv", ImportOptions.defaults().withBase(base)));

        assertThat(scenario.sources())
                .containsExactly(
                        new InputSource(ItemKind.INCENTIVE, "NIO", "amount", "Investment agreement, clause 3"));
        assertThat(scenario.withSources(List.of())).isEqualTo(base);

        Path industries =
                TestWorkbook.valid().writeCsv(dir, "plan-Industries.csv", "Industries", StandardCharsets.UTF_8, false);
        Scenario again = imported(WorkbookImporter.read(
                industries, "plan-Industries.csv", ImportOptions.defaults().withBase(scenario)));
        assertThat(again.sources())
                .as("an upload of another sheet keeps the sources")
                .isEqualTo(scenario.sources());
    }

    private static ImportProblem at(List<ImportProblem> problems, String cell) {
        return problems.stream().filter(p -> cell.equals(p.cell())).findFirst().orElseThrow();
    }
}
