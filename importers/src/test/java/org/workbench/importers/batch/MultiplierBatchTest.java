package org.workbench.importers.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiplierBatchTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScenarioBatch.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path table(boolean productive) throws Exception {
        Path file = dir.resolve(productive ? "table.xlsx" : "bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var set = wb.createSheet("Set");
            Object[][] fields = {{"Field", "Value"}, {"Name", "Two"}, {"Vintage", 2020}, {"Source", "example"}};
            write(set, fields);
            write(wb.createSheet("Sectors"), new Object[][] {
                {"Code", "Name", "Output", "Employment", "Household income", "Household consumption"},
                {"S1", "One", 1000, 100, 300, 200},
                {"S2", "Two", 2000, 400, 600, 400}
            });
            write(wb.createSheet("Flows"), new Object[][] {
                {"Code", "S1", "S2"}, {"S1", 150, productive ? 500 : 1950}, {"S2", 200, 100}
            });
            try (var stream = Files.newOutputStream(file)) {
                wb.write(stream);
            }
        }
        return file;
    }

    private static void write(org.apache.poi.ss.usermodel.Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                }
            }
        }
    }

    @Test
    void the_multipliers_command_writes_the_multipliers_sheet_and_exits_0() throws Exception {
        Path result = dir.resolve("out.xlsx");

        assertThat(run("multipliers", table(true).toString(), result.toString()))
                .isEqualTo(ScenarioBatch.OK);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(result))) {
            var sheet = wb.getSheet("Multipliers");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Type II employment multiplier");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("S1");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue())
                    .isCloseTo(1.5182, org.assertj.core.api.Assertions.within(0.00005));
        }
    }

    @Test
    void an_unproductive_table_exits_2_with_the_cell_first_on_stderr_and_writes_nothing() throws Exception {
        Path result = dir.resolve("out.xlsx");

        assertThat(run("multipliers", table(false).toString(), result.toString(), "--lang", "zh"))
                .isEqualTo(ScenarioBatch.INVALID);

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("Flows!C1 [S2]").contains("列和"));
        assertThat(result).doesNotExist();
    }

    @Test
    void a_missing_table_or_a_missing_output_argument_exits_1() {
        assertThat(run("multipliers", dir.resolve("none.xlsx").toString(), "out.xlsx"))
                .isEqualTo(ScenarioBatch.FAILED);
        assertThat(run("multipliers", "only-one.xlsx")).isEqualTo(ScenarioBatch.FAILED);
    }
}
