package org.workbench.importers.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.workbench.importers.ImportOptions;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.ProblemFormatter;
import org.workbench.importers.TableExporter;
import org.workbench.importers.TableImportResult;
import org.workbench.importers.TableImporter;

/**
 * {@code scenario-batch.jar multipliers IN.xlsx OUT.xlsx}: derives the multiplier set of an input-output table
 * workbook and writes it (sheet Multipliers with the output and employment multipliers per sector, and the table,
 * A and L). Exit codes as for scenarios.
 */
final class MultiplierBatch {
    static final String COMMAND = "multipliers";

    private MultiplierBatch() {}

    static int run(List<String> files, Locale locale, PrintStream out, PrintStream err) {
        if (files.size() != 2) {
            return ScenarioBatch.usage(err, "expected an input-output table and an output file");
        }
        Path in = Path.of(files.get(0));
        Path outFile = Path.of(files.get(1));
        try {
            if (!Files.isRegularFile(in)) {
                err.println(in + ": no such file");
                return ScenarioBatch.FAILED;
            }
            TableImportResult result = TableImporter.read(in, in.getFileName().toString(), ImportOptions.defaults());
            for (ImportProblem problem : result.problems()) {
                err.println(ProblemFormatter.format(problem, locale));
            }
            if (!(result instanceof TableImportResult.Imported imported)) {
                return ScenarioBatch.INVALID;
            }
            ScenarioBatch.writeWhole(outFile, stream -> TableExporter.writeSet(imported.set(), locale, stream));
            out.println(outFile);
            return ScenarioBatch.OK;
        } catch (IOException | RuntimeException e) {
            err.println("scenario-batch: " + e);
            return ScenarioBatch.FAILED;
        }
    }
}
