package org.workbench.importers;

import java.util.List;
import org.workbench.domain.ProjectionResult;

/**
 * What a comparison export shows: scenarios side by side, each with its name and results, and which of them is
 * the base the differences are taken against.
 */
public record ComparisonExport(List<Column> scenarios, int baseIndex) {

    /** One scenario's column. */
    public record Column(String name, ProjectionResult result) {}

    public ComparisonExport {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one scenario");
        }
        if (baseIndex < 0 || baseIndex >= scenarios.size()) {
            throw new IllegalArgumentException("base index " + baseIndex + " is not one of the scenarios");
        }
    }

    public Column base() {
        return scenarios.get(baseIndex);
    }
}
