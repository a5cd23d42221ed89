package org.workbench.importers.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.importers.ImportOptions;
import org.workbench.importers.ImportResult;
import org.workbench.importers.WorkbookExporter;
import org.workbench.importers.WorkbookImporter;

class ScenarioBatchTest {
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

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void a_valid_workbook_gives_a_results_workbook_and_exit_0() throws Exception {
        Path in = BatchFixtures.valid(dir);
        Path result = dir.resolve("out.xlsx");

        assertThat(run(in.toString(), result.toString(), "--lang", "zh")).isEqualTo(ScenarioBatch.OK);

        assertThat(errLines()).isEmpty();
        try (XSSFWorkbook book = new XSSFWorkbook(result.toFile())) {
            assertThat(book.getSheet("结果").getLastRowNum()).isEqualTo(10);
            assertThat(book.getSheet("关键指标").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("netJobsFinal");
        }
    }

    @Test
    void an_invalid_workbook_exits_2_with_every_problem_on_stderr_cell_first() throws Exception {
        Path in = BatchFixtures.invalid(dir);
        Path result = dir.resolve("out.xlsx");

        assertThat(run(in.toString(), result.toString())).isEqualTo(ScenarioBatch.INVALID);

        assertThat(errLines())
                .containsExactly(
                        "Industries!G3 [Tax rate] Error: The value is out of range. (found: \"2\"; expected: a share"
                                + " (0.15 or 15%) from 0 to 1)",
                        "Incentives!J3 [Amount] Error: The value is out of range. (found: \"-5\"; expected: an amount"
                                + " of at least 0 (a share from 0 to 1 for TAX_REBATE))");
        assertThat(result).doesNotExist();
    }

    @Test
    void other_failures_exit_1() throws Exception {
        assertThat(run(
                        dir.resolve("missing.xlsx").toString(),
                        dir.resolve("o.xlsx").toString()))
                .isEqualTo(ScenarioBatch.FAILED);
        assertThat(run("only-one-argument")).isEqualTo(ScenarioBatch.FAILED);
        assertThat(run(
                        BatchFixtures.valid(dir).toString(),
                        dir.resolve("o.xlsx").toString(),
                        "--lang",
                        "fr"))
                .isEqualTo(ScenarioBatch.FAILED);
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertThat(run(
                        BatchFixtures.valid(dir).toString(),
                        notADirectory.resolve("o.xlsx").toString()))
                .isEqualTo(ScenarioBatch.FAILED);
    }

    @Test
    void the_results_workbook_is_version_2_and_draws_and_seed_override_the_workbooks() throws Exception {
        Path in = BatchFixtures.valid(dir);
        Path result = dir.resolve("v2.xlsx");

        assertThat(run(in.toString(), result.toString(), "--draws", "300", "--seed=42"))
                .isEqualTo(ScenarioBatch.OK);

        assertThat(errLines()).isEmpty();
        try (XSSFWorkbook book = new XSSFWorkbook(result.toFile())) {
            assertThat(book.getSheet("Results (expected)")).isNotNull();
            assertThat(book.getSheet("Results (monitored)"))
                    .as("no actuals, no monitored view")
                    .isNull();
            assertThat(book.getSheet("Fan")).isNotNull();
            assertThat(book.getSheet("KPIs").getRow(0).getCell(9).getStringCellValue())
                    .isEqualTo("P(defined)");
            assertThat(book.getSheet("Risk").getRow(2).getCell(1).getNumericCellValue())
                    .isEqualTo(300);
            assertThat(book.getSheet("Risk").getRow(3).getCell(1).getNumericCellValue())
                    .isEqualTo(42);
            assertThat(book.getSheet("README").getRow(2).getCell(0).getStringCellValue())
                    .contains("version 2");
        }
    }

    @Test
    void draws_and_seed_that_are_not_whole_numbers_or_out_of_range_exit_1() throws Exception {
        Path in = BatchFixtures.valid(dir);
        String out = dir.resolve("o.xlsx").toString();

        assertThat(run(in.toString(), out, "--draws", "many")).isEqualTo(ScenarioBatch.FAILED);
        assertThat(run(in.toString(), out, "--draws", "99")).isEqualTo(ScenarioBatch.FAILED);
        assertThat(run(in.toString(), out, "--seed", "1.5")).isEqualTo(ScenarioBatch.FAILED);
        assertThat(run(in.toString(), out, "--seed")).isEqualTo(ScenarioBatch.FAILED);

        assertThat(errLines()).anyMatch(l -> l.contains("--draws must be from 100 to 100000"));
        assertThat(dir.resolve("o.xlsx")).doesNotExist();
    }

    @Test
    void the_results_workbook_keeps_the_sources_of_the_inputs_when_draws_and_seed_change() throws Exception {
        Scenario sample = SampleScenarios.byId(SampleScenarios.NIO_STAKE_2020)
                .orElseThrow()
                .scenario();
        assertThat(sample.sources())
                .as("the sample says where its figures come from")
                .isNotEmpty();
        Path in = dir.resolve("nio.xlsx");
        try (OutputStream stream = Files.newOutputStream(in)) {
            WorkbookExporter.writeScenario(sample, null, Locale.SIMPLIFIED_CHINESE, stream);
        }
        Path result = dir.resolve("nio-results.xlsx");

        assertThat(run(in.toString(), result.toString(), "--draws", "200", "--seed", "5", "--lang", "zh"))
                .isEqualTo(ScenarioBatch.OK);

        assertThat(errLines()).isEmpty();
        ImportResult back = WorkbookImporter.read(result, "nio-results.xlsx", ImportOptions.defaults());
        assertThat(back).isInstanceOf(ImportResult.Imported.class);
        assertThat(((ImportResult.Imported) back).scenario().sources()).isEqualTo(sample.sources());
    }

    @Test
    void the_risky_variant_of_a_sample_keeps_its_sources() {
        Scenario sample = SampleScenarios.byId(SampleScenarios.FOXCONN_CLAWBACK)
                .orElseThrow()
                .scenario();

        assertThat(SampleWorkbooks.risky(sample, new Random(3)).sources()).isEqualTo(sample.sources());
    }
}
