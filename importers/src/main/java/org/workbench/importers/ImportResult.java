package org.workbench.importers;

import java.util.List;
import org.workbench.domain.Scenario;

/** Either a whole valid scenario (plus warnings) or every problem found; never a partial scenario. */
public sealed interface ImportResult {

    /** All problems found, errors and warnings, in file order. */
    List<ImportProblem> problems();

    record Imported(Scenario scenario, List<ImportProblem> warnings) implements ImportResult {
        public Imported {
            warnings = List.copyOf(warnings);
            if (warnings.stream().anyMatch(ImportProblem::isError)) {
                throw new IllegalArgumentException("an imported scenario cannot carry errors");
            }
        }

        @Override
        public List<ImportProblem> problems() {
            return warnings;
        }
    }

    record Rejected(List<ImportProblem> problems) implements ImportResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.stream().noneMatch(ImportProblem::isError)) {
                throw new IllegalArgumentException("a rejection needs at least one error");
            }
        }
    }
}
