package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.imported;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workbench.domain.Scenario;

class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"1, en", "2, zh", "3, en", "4, zh", "5, en", "6, zh", "7, en", "8, zh"})
    void an_exported_scenario_imports_back_equal(long seed, String language) throws Exception {
        Scenario scenario = new ScenarioGenerator(seed).scenario(1 + (int) seed % 5, 5 + (int) seed * 7);
        Path file = dir.resolve("export-" + seed + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            WorkbookExporter.writeScenario(scenario, null, Locale.forLanguageTag(language), out);
        }

        ImportResult result = WorkbookImporter.read(file, "export.xlsx", ImportOptions.defaults());

        assertThat(imported(result)).isEqualTo(scenario);
        assertThat(result.problems()).isEmpty();
    }
}
