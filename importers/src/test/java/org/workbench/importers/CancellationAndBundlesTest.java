package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CancellationAndBundlesTest {
    @TempDir
    Path dir;

    private Path manyIncentives(int count) throws Exception {
        TestWorkbook book = TestWorkbook.valid();
        for (int i = 0; i < count; i++) {
            book.rowsOf("Incentives")
                    .add(new ArrayList<>(List.of("X" + i, "n", "RD_GRANT", "EV", 2027, 1, 1, 1, 0.5, 1)));
        }
        return book.writeXlsx(dir, "many.xlsx");
    }

    @Test
    void progress_is_reported_in_rows_read() throws Exception {
        List<Long> seen = new ArrayList<>();
        ImportResult result = WorkbookImporter.read(
                manyIncentives(2500), "many.xlsx", ImportOptions.defaults().withProgress(seen::add));
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(seen).containsExactly(1000L, 2000L);
    }

    @Test
    void a_cancel_flag_stops_reading_with_a_cancellation() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        ImportOptions options =
                ImportOptions.defaults().withProgress(rows -> cancel.set(true)).withCancellation(cancel::get);
        Path file = manyIncentives(2500);
        assertThatThrownBy(() -> WorkbookImporter.read(file, "many.xlsx", options))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void an_interrupted_thread_stops_reading_with_a_cancellation() throws Exception {
        Path file = manyIncentives(10);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> WorkbookImporter.read(file, "many.xlsx", ImportOptions.defaults()))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void both_bundles_have_the_same_keys_and_none_collides_with_the_domain() {
        ResourceBundle en = ProblemFormatter.bundle(Locale.ENGLISH);
        ResourceBundle zh = ProblemFormatter.bundle(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        Set<String> domain =
                new HashSet<>(ProblemFormatter.domainBundle(Locale.ENGLISH).keySet());
        domain.retainAll(en.keySet());
        assertThat(domain).isEmpty();
    }

    @Test
    void every_expectation_a_rule_can_state_has_a_text() {
        ResourceBundle en = ProblemFormatter.bundle(Locale.ENGLISH);
        List<ColumnDef> defs = new ArrayList<>();
        defs.addAll(FieldColumn.SCENARIO);
        defs.addAll(FieldColumn.INDUSTRIES);
        defs.addAll(FieldColumn.INCENTIVES);
        for (ColumnDef def : defs) {
            assertThat(en.containsKey(def.rule().expected().key()))
                    .as(def + " " + def.rule().expected().key())
                    .isTrue();
        }
    }
}
