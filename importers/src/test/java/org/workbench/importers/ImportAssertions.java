package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.workbench.domain.Scenario;

/** Small helpers to read import results in tests. */
final class ImportAssertions {
    private ImportAssertions() {}

    static Scenario imported(ImportResult result) {
        assertThat(result)
                .as("expected an import, got %s", result.problems())
                .isInstanceOf(ImportResult.Imported.class);
        return ((ImportResult.Imported) result).scenario();
    }

    static List<ImportProblem> rejected(ImportResult result) {
        assertThat(result).as("expected a rejection").isInstanceOf(ImportResult.Rejected.class);
        return result.problems();
    }

    static List<ImportProblem> errors(ImportResult result) {
        return rejected(result).stream().filter(ImportProblem::isError).toList();
    }

    static ImportProblem onlyError(ImportResult result) {
        List<ImportProblem> errors = errors(result);
        assertThat(errors).as("exactly one error").hasSize(1);
        return errors.get(0);
    }

    static List<String> keys(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::messageKey).toList();
    }
}
