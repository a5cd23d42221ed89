package org.workbench.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads an input-output table workbook (.xlsx or .xls: sheets Sectors, Flows and Set) into a derived multiplier
 * set, or into every problem found, each at its cell. Thread-safe; meant to run off the UI thread.
 */
public final class TableImporter {
    private TableImporter() {}

    public static TableImportResult read(Path file, String originalFileName, ImportOptions options) {
        ProblemLog log = new ProblemLog(originalFileName);
        if (FileKind.extension(originalFileName).filter("csv"::equals).isPresent()) {
            // one CSV file holds one sheet; a table needs three
            log.file(Message.of("problem.io.csv"), Message.of("expected.io.workbook"));
            return new TableImportResult.Rejected(log.all());
        }
        TableAssembler assembler = new TableAssembler(log, options);
        return WorkbookImporter.guarded(
                file,
                originalFileName,
                options,
                log,
                assembler,
                () -> new TableBuilder(assembler).finish(),
                TableImportResult.Rejected::new);
    }

    public static TableImportResult read(InputStream in, String originalFileName, ImportOptions options)
            throws IOException {
        return WorkbookImporter.spooled(in, temp -> read(temp, originalFileName, options));
    }
}
