package org.workbench.importers.batch;

import java.nio.file.Path;
import org.workbench.importers.TestWorkbooks;

/** Workbooks for the batch tests, made by the importers' test workbook builder. */
final class BatchFixtures {
    private BatchFixtures() {}

    static Path valid(Path dir) throws Exception {
        return TestWorkbooks.valid(dir, "valid.xlsx");
    }

    static Path invalid(Path dir) throws Exception {
        return TestWorkbooks.invalid(dir, "invalid.xlsx");
    }
}
