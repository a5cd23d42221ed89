package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader keeps every shared string in memory, so their number, their total length and the inflated size of the
 * part are bounded: a small upload must not take gigabytes of heap. Each file here is a valid workbook whose
 * shared-strings part carries extra strings no cell uses.
 */
class SharedStringsLimitsTest {
    @TempDir
    static Path dir;

    private static Path valid;

    @BeforeAll
    static void validWorkbook() throws IOException {
        valid = TestWorkbook.valid().writeXlsx(dir, "valid.xlsx");
    }

    @Test
    void a_small_upload_inflating_to_a_hundred_megabytes_of_shared_strings_is_refused() throws Exception {
        var random = new SplittableRandom(1);
        Path file = withExtraStrings("inflating.xlsx", out -> {
            for (int i = 0; i < 70_000; i++) {
                out.write(("<si><t>" + "a".repeat(1400) + Long.toHexString(random.nextLong() >>> 32) + "</t></si>")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        });
        try (var zip = new ZipFile(file.toFile())) {
            ZipEntry part = zip.getEntry("xl/sharedStrings.xml");
            assertThat(part.getSize()).isGreaterThan(95_000_000L);
            assertThat(Files.size(file)).isLessThan(1_000_000L);
        }
        assertRefused(file, "problem.file.zipBomb", "problem.file.sharedStrings");
    }

    @Test
    void more_shared_strings_than_any_scenario_workbook_needs_are_refused() throws Exception {
        int count = ZipGuard.MAX_SHARED_STRINGS + 1;
        Path file = withExtraStrings("many.xlsx", out -> {
            for (int i = 0; i < count; i++) {
                out.write(("<si><t>s" + i + "</t></si>").getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertRefused(file, "problem.file.sharedStrings");
    }

    @Test
    void shared_strings_longer_in_total_than_the_limit_are_refused_even_when_few() throws Exception {
        var random = new SplittableRandom(2);
        int strings = 1 + (int) (ZipGuard.MAX_SHARED_STRING_CHARS / 4000);
        Path file = withExtraStrings("long.xlsx", out -> {
            for (int i = 0; i < strings; i++) {
                var text = new StringBuilder("<si><t>");
                for (int c = 0; c < 4000; c++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                out.write(text.append("</t></si>").toString().getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertRefused(file, "problem.file.sharedStrings");
    }

    @Test
    void the_limits_of_poi_are_its_defaults_or_stricter_for_the_whole_jvm() {
        ZipGuard.install();
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio())
                .isGreaterThanOrEqualTo(0.01);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getGraceEntrySize())
                .isLessThanOrEqualTo(100 * 1024);
    }

    private static void assertRefused(Path file, String... keys) {
        ImportResult result = WorkbookImporter.read(file, file.getFileName().toString(), ImportOptions.defaults());
        assertThat(result).as("%s", result.problems()).isInstanceOf(ImportResult.Rejected.class);
        assertThat(result.problems()).extracting(ImportProblem::messageKey).containsAnyOf(keys);
    }

    /** The valid workbook with unused strings written after its own. */
    private static Path withExtraStrings(String name, Zips.PartWriter extras) throws IOException {
        String sst = new String(Zips.read(valid).get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        int end = sst.lastIndexOf("</sst>");
        String head =
                sst.substring(0, end).replaceFirst(" count=\"\\d+\"", "").replaceFirst(" uniqueCount=\"\\d+\"", "");
        return Zips.replaceStreamed(valid, dir.resolve(name), "xl/sharedStrings.xml", out -> {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            extras.write(out);
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
    }
}
