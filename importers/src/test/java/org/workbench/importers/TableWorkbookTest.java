package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.domain.multiplier.SectorMultipliers;

class TableWorkbookTest {
    @TempDir
    Path dir;

    private TableImportResult read(TestWorkbook book, String name) throws Exception {
        Path file = name.endsWith(".xls") ? book.writeXls(dir, name) : book.writeXlsx(dir, name);
        return TableImporter.read(file, name, ImportOptions.defaults());
    }

    private static MultiplierSet imported(TableImportResult result) {
        assertThat(result)
                .as("expected an import, got %s", result.problems())
                .isInstanceOf(TableImportResult.Imported.class);
        return ((TableImportResult.Imported) result).set();
    }

    private static List<ImportProblem> errors(TableImportResult result) {
        assertThat(result).as("expected a rejection").isInstanceOf(TableImportResult.Rejected.class);
        return result.problems().stream().filter(ImportProblem::isError).toList();
    }

    @Test
    void the_textbook_workbook_gives_the_textbook_multipliers() throws Exception {
        MultiplierSet set = imported(read(TableWorkbooks.textbook(), "table.xlsx"));

        assertThat(set.label().name()).isEqualTo("Textbook");
        assertThat(set.label().delta()).isEqualTo(0.3);
        assertThat(set.multipliers())
                .extracting(SectorMultipliers::output)
                .satisfiesExactly(
                        m -> assertThat(m).isCloseTo(1.5182, within(0.00005)),
                        m -> assertThat(m).isCloseTo(1.4521, within(0.00005)));
    }

    @Test
    void chinese_sheet_names_and_headers_and_an_xls_file_read_the_same() throws Exception {
        TestWorkbook book = TableWorkbooks.textbook()
                .renameSheet("Set", "说明")
                .renameSheet("Sectors", "部门")
                .renameSheet("Flows", "中间流量");
        book.rowsOf("部门").set(0, List.of("代码", "名称", "总产出", "就业人数", "劳动者报酬", "居民消费"));
        book.rowsOf("说明").set(0, List.of("字段", "值"));
        book.set("说明", 1, 0, "名称").set("说明", 2, 0, "年份").set("说明", 3, 0, "来源");

        MultiplierSet set = imported(read(book, "表.xls"));

        assertThat(set.multipliers().get(1).output()).isCloseTo(1.4521, within(0.00005));
    }

    @Test
    void a_set_reads_back_from_its_workbook_as_the_same_set() throws Exception {
        InputOutputTable table = TableWorkbooks.random(3, 12);
        MultiplierSet set = MultiplierSet.derive(table);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            TableExporter.writeSet(set, locale, bytes);

            MultiplierSet back = imported(TableImporter.read(
                    new ByteArrayInputStream(bytes.toByteArray()), "set.xlsx", ImportOptions.defaults()));

            assertThat(back.label()).isEqualTo(set.label());
            assertThat(back.table().sectors()).isEqualTo(table.sectors());
            for (int i = 0; i < table.size(); i++) {
                for (int j = 0; j < table.size(); j++) {
                    assertThat(back.table().flow(i, j)).isEqualTo(table.flow(i, j));
                }
            }
            assertThat(back.multipliers()).isEqualTo(set.multipliers());
        }
    }

    @Test
    void the_export_has_a_multipliers_sheet_with_the_regional_columns() throws Exception {
        MultiplierSet set = MultiplierSet.derive(TableWorkbooks.random(4, 5));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TableExporter.writeSet(set, Locale.ENGLISH, bytes);

        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            var sheet = wb.getSheet("Multipliers");
            var header = sheet.getRow(0);
            assertThat(List.of(
                            header.getCell(0).getStringCellValue(),
                            header.getCell(1).getStringCellValue(),
                            header.getCell(2).getStringCellValue(),
                            header.getCell(3).getStringCellValue(),
                            header.getCell(6).getStringCellValue()))
                    .containsExactly(
                            "Code",
                            "Output multiplier",
                            "Type I employment multiplier",
                            "Type II employment multiplier",
                            "Regional Type II employment multiplier");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue())
                    .isEqualTo(set.multipliers().get(2).typeII());
            assertThat(wb.getSheet("L").getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(set.leontief(0, 0, false));
            assertThat(wb.getSheet("Sectors")
                            .getRow(2)
                            .getCell(0)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .as("a code that looks like a formula stays text")
                    .isTrue();
        }
    }

    @Test
    void a_sector_that_uses_more_than_it_makes_is_refused_at_its_column() throws Exception {
        TestWorkbook book = TableWorkbooks.textbook().set("Flows", 1, 2, 1950);

        assertThat(errors(read(book, "t.xlsx")))
                .extracting(ImportProblem::location, ImportProblem::header, ImportProblem::messageKey)
                .containsExactly(tuple("Flows!C1", "S2", "io.problem.notProductive"));
    }

    @Test
    void every_bad_cell_is_reported_at_once_and_nothing_is_derived() throws Exception {
        TestWorkbook book = TableWorkbooks.textbook()
                .set("Flows", 2, 1, -5)
                .set("Flows", 1, 2, "lots")
                .setColumn("Sectors", "Output", 1, 0)
                .setColumn("Sectors", "Employment", 2, "#N/A");
        book.rowsOf("Set").remove(2);

        assertThat(errors(read(book, "t.xlsx")))
                .extracting(ImportProblem::location, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("Sectors!C2", "problem.cell.outOfRange"),
                        tuple("Sectors!D3", "problem.cell.notNumber"),
                        tuple("Flows!B3", "problem.cell.outOfRange"),
                        tuple("Flows!C2", "problem.cell.notNumber"),
                        tuple("Set", "problem.field.missing"));
    }

    @Test
    void flows_must_list_the_sectors_of_sheet_sectors() throws Exception {
        TestWorkbook book = TableWorkbooks.textbook().set("Flows", 0, 2, "S9").set("Flows", 2, 0, "S2");

        assertThat(errors(read(book, "t.xlsx")))
                .extracting(ImportProblem::location, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("Flows!C1", "problem.io.unknownSector"), tuple("Flows", "problem.io.missingColumn"));
    }

    @Test
    void regional_employment_for_some_sectors_only_is_refused_at_the_empty_cell() throws Exception {
        TestWorkbook book = TableWorkbooks.textbook().set("Sectors", 0, 6, "Regional employment");
        book.set("Sectors", 1, 6, 20);

        assertThat(errors(read(book, "t.xlsx")))
                .extracting(ImportProblem::location, ImportProblem::messageKey)
                .containsExactly(tuple("Sectors!G3", "io.problem.regionalAllOrNone"));
    }

    @Test
    void households_consuming_beyond_their_income_are_refused_at_the_consumption_column() throws Exception {
        TestWorkbook book = TableWorkbooks.textbook()
                .setColumn("Sectors", "Household consumption", 1, 3000)
                .setColumn("Sectors", "Household consumption", 2, 3000);

        assertThat(errors(read(book, "t.xlsx")))
                .extracting(ImportProblem::location, ImportProblem::messageKey)
                .containsExactly(tuple("Sectors!F1", "io.problem.householdsNotProductive"));
    }

    @Test
    void an_inflated_flow_table_is_refused_without_reading_on() throws Exception {
        TestWorkbook book = TableWorkbooks.textbook();
        List<Object> header = book.rowsOf("Flows").get(0);
        for (int j = 0; j < InputOutputTable.MAX_SECTORS + 5; j++) {
            header.add("X" + j);
        }

        assertThat(errors(read(book, "t.xlsx")))
                .extracting(ImportProblem::messageKey)
                .contains("problem.io.tooManyColumns");
    }

    @Test
    void a_csv_file_and_a_scenario_workbook_are_refused_with_a_reason() throws Exception {
        Path csv = dir.resolve("table.csv");
        java.nio.file.Files.writeString(csv, "Code,Name\nS1,One\n");
        assertThat(errors(TableImporter.read(csv, "table.csv", ImportOptions.defaults())))
                .extracting(ImportProblem::messageKey)
                .containsExactly("problem.io.csv");

        List<ImportProblem> scenario = errors(read(TestWorkbook.valid(), "scenario.xlsx"));
        assertThat(scenario).extracting(ImportProblem::messageKey).contains("problem.sheet.missing");
        assertThat(ProblemFormatter.format(scenario.getFirst(), Locale.SIMPLIFIED_CHINESE))
                .contains("缺少工作表", "部门");
    }
}
