package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.errors;
import static org.workbench.importers.ImportAssertions.imported;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workbench.domain.Industry;
import org.workbench.domain.MultiplierType;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.domain.SectorLink;

/** Sheet Industries' Sector cells linked to stored sets through the app's look-up, with every problem at its cell. */
class SectorLinkImportTest {
    @TempDir
    Path dir;

    /** One stored set, "Region (2020)", with sectors C13 (Type I 1.4, Type II 1.9) and X0 without jobs. */
    static final SectorLookup LOOKUP = (name, vintage, code, type) -> {
        if (!name.equals("Region") || vintage != 2020) {
            return new SectorLookup.UnknownSet();
        }
        return switch (code) {
            case "C13" ->
                new SectorLookup.Linked(new SectorLink(
                        7, "Region", 2020, "C13", type, false, type == MultiplierType.TYPE_I ? 1.4 : 1.9, false));
            case "X0" -> new SectorLookup.NoMultiplier();
            default -> new SectorLookup.UnknownSector();
        };
    };

    private TestWorkbook linked(String sector, Object multiplier) {
        TestWorkbook book = TestWorkbook.valid();
        List<Object> header = book.rowsOf("Industries").get(0);
        header.add("Sector");
        header.add("Multiplier set");
        header.add("Multiplier type");
        book.set("Industries", 1, 9, sector).set("Industries", 1, 10, "Region (2020)");
        book.setColumn("Industries", "Employment multiplier", 1, multiplier);
        return book;
    }

    private ImportResult read(TestWorkbook book, SectorLookup lookup) throws Exception {
        Path file = book.writeXlsx(dir, "linked.xlsx");
        return WorkbookImporter.read(
                file, "linked.xlsx", ImportOptions.defaults().withSectors(lookup));
    }

    @Test
    void an_empty_multiplier_cell_takes_the_linked_sector_type_ii() throws Exception {
        Scenario scenario = imported(read(linked("C13", ""), LOOKUP));

        Industry ev = scenario.industries().getFirst();
        assertThat(ev.employmentMultiplier()).isEqualTo(1.9);
        assertThat(ev.sectorLink())
                .isEqualTo(new SectorLink(7, "Region", 2020, "C13", MultiplierType.TYPE_II, false, 1.9, false));
        assertThat(scenario.industries().get(1).sectorLink()).isNull();
    }

    @Test
    void a_typed_multiplier_beside_a_sector_is_kept_as_an_override_and_type_i_is_read() throws Exception {
        TestWorkbook book = linked("C13", 2.1).set("Industries", 1, 11, "I");
        Industry ev = imported(read(book, LOOKUP)).industries().getFirst();

        assertThat(ev.employmentMultiplier()).isEqualTo(2.1);
        assertThat(ev.sectorLink().type()).isEqualTo(MultiplierType.TYPE_I);
        assertThat(ev.sectorLink().derived()).isEqualTo(1.4);
        assertThat(ev.sectorLink().overridden()).isTrue();
    }

    @Test
    void the_scenario_sheet_names_the_set_for_rows_that_do_not_and_chinese_headers_read_alike() throws Exception {
        TestWorkbook book = linked("C13", "").set("Industries", 1, 10, "");
        book.field("乘数集", "Region（2020）");
        List<Object> header = book.rowsOf("Industries").get(0);
        header.set(9, "部门代码");
        header.set(10, "乘数集");
        header.set(11, "乘数类型");
        assertThat(imported(read(book, LOOKUP)).industries().getFirst().employmentMultiplier())
                .isEqualTo(1.9);
    }

    @Test
    void an_unknown_set_an_unknown_sector_and_a_sector_without_jobs_are_errors_at_their_cells() throws Exception {
        TestWorkbook book = linked("C99", "");
        book.set("Industries", 2, 9, "X0").set("Industries", 2, 10, "Region 2020");
        List<ImportProblem> errors = errors(read(book, LOOKUP));
        assertThat(errors)
                .extracting(ImportProblem::cell, p -> p.message().key())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("J2", "problem.link.unknownSector"),
                        org.assertj.core.groups.Tuple.tuple("J3", "problem.link.noMultiplier"));
        assertThat(ProblemFormatter.format(errors.getFirst(), Locale.ENGLISH))
                .contains("Industries!J2")
                .contains("Set Region (2020) has no sector C99.");
        assertThat(ProblemFormatter.format(errors.getFirst(), Locale.SIMPLIFIED_CHINESE))
                .contains("乘数集 Region (2020) 中没有部门 C99。");

        TestWorkbook other = linked("C13", "").set("Industries", 1, 10, "Elsewhere (2019)");
        ImportProblem unknownSet = errors(read(other, LOOKUP)).getFirst();
        assertThat(unknownSet.cell()).isEqualTo("K2");
        assertThat(unknownSet.message().key()).isEqualTo("problem.link.unknownSet");
    }

    @Test
    void a_bad_type_a_set_without_vintage_and_a_sector_without_any_set_are_errors_at_their_cells() throws Exception {
        TestWorkbook book = linked("C13", "").set("Industries", 1, 11, "III");
        book.set("Industries", 2, 9, "C13");
        List<ImportProblem> errors = errors(read(book, LOOKUP));
        assertThat(errors).extracting(ImportProblem::cell).containsExactly("L2", "J3");
        assertThat(errors)
                .extracting(p -> p.message().key())
                .containsExactly("problem.link.type", "problem.link.noSet");

        TestWorkbook noVintage = linked("C13", "").set("Industries", 1, 10, "Region");
        assertThat(errors(read(noVintage, LOOKUP)))
                .extracting(ImportProblem::cell, p -> p.message().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("K2", "problem.link.setReference"));
    }

    @Test
    void without_a_look_up_a_sector_is_a_warning_and_the_typed_multiplier_counts() throws Exception {
        Path file = linked("C13", 2.1).writeXlsx(dir, "batch.xlsx");
        ImportResult result = WorkbookImporter.read(file, "batch.xlsx", ImportOptions.defaults());

        assertThat(imported(result).industries().getFirst().sectorLink()).isNull();
        assertThat(((ImportResult.Imported) result).warnings())
                .extracting(ImportProblem::cell, p -> p.message().key())
                .contains(org.assertj.core.groups.Tuple.tuple("J2", "problem.link.notLookedUp"));
    }

    @Test
    void an_export_names_the_sector_set_and_type_and_reads_back_as_the_same_link() throws Exception {
        Scenario scenario = imported(read(linked("C13", "").set("Industries", 1, 11, "I"), LOOKUP));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            var out = new ByteArrayOutputStream();
            WorkbookExporter.writeScenario(scenario, ProjectionEngine.project(scenario), locale, out);
            Path file = Files.write(dir.resolve("export-" + locale + ".xlsx"), out.toByteArray());
            Scenario back = imported(WorkbookImporter.read(
                    file,
                    file.getFileName().toString(),
                    ImportOptions.defaults().withSectors(LOOKUP)));
            assertThat(back.industries()).isEqualTo(scenario.industries());
            assertThat(back.industries().getFirst().employmentMultiplier()).isEqualTo(1.4);
        }
    }
}
