package org.workbench.importers;

import java.util.List;
import org.workbench.domain.multiplier.MultiplierSet;

/** Either a whole multiplier set derived from a table workbook (plus warnings) or every problem found. */
public sealed interface TableImportResult {

    List<ImportProblem> problems();

    record Imported(MultiplierSet set, List<ImportProblem> warnings) implements TableImportResult {
        public Imported {
            warnings = List.copyOf(warnings);
            if (warnings.stream().anyMatch(ImportProblem::isError)) {
                throw new IllegalArgumentException("an imported set cannot carry errors");
            }
        }

        @Override
        public List<ImportProblem> problems() {
            return warnings;
        }
    }

    record Rejected(List<ImportProblem> problems) implements TableImportResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.stream().noneMatch(ImportProblem::isError)) {
                throw new IllegalArgumentException("a rejection needs at least one error");
            }
        }
    }
}
