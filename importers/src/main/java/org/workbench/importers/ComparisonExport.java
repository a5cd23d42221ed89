package org.workbench.importers;

import java.util.List;
import org.workbench.domain.NamedResult;

/**
 * What a comparison export shows: scenarios side by side, each by name with its results, and which of them is the
 * base the differences are taken against.
 */
public record ComparisonExport(List<NamedResult> scenarios, int baseIndex) {

    public ComparisonExport {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one scenario");
        }
        if (baseIndex < 0 || baseIndex >= scenarios.size()) {
            throw new IllegalArgumentException("base index " + baseIndex + " is not one of the scenarios");
        }
    }

    public NamedResult base() {
        return scenarios.get(baseIndex);
    }
}
