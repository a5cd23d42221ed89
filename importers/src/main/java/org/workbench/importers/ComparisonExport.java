package org.workbench.importers;

import java.util.List;
import java.util.OptionalDouble;
import org.workbench.domain.NamedResult;

/**
 * What a comparison export shows: scenarios side by side, each by name with its results, and which of them is the
 * base the differences are taken against; after the key figures, rows the comparison adds (another view, Monte
 * Carlo's percentiles), and lines for the README that say how the figures were made.
 */
public record ComparisonExport(
        List<NamedResult> scenarios, int baseIndex, List<ComparisonExport.ExtraRow> extraRows, List<String> notes) {

    public ComparisonExport {
        scenarios = List.copyOf(scenarios);
        extraRows = List.copyOf(extraRows);
        notes = List.copyOf(notes);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one scenario");
        }
        if (baseIndex < 0 || baseIndex >= scenarios.size()) {
            throw new IllegalArgumentException("base index " + baseIndex + " is not one of the scenarios");
        }
        for (ExtraRow row : extraRows) {
            if (row.values().size() != scenarios.size()) {
                throw new IllegalArgumentException("row " + row.key() + " needs one value per scenario");
            }
        }
    }

    /** The key figures only. */
    public ComparisonExport(List<NamedResult> scenarios, int baseIndex) {
        this(scenarios, baseIndex, List.of(), List.of());
    }

    public NamedResult base() {
        return scenarios.get(baseIndex);
    }

    /**
     * A row after the key figures, with one value per scenario (empty where there is none).
     *
     * @param percent whether the values are shares, shown as percentages; otherwise plain numbers
     */
    public record ExtraRow(String key, List<OptionalDouble> values, boolean percent) {
        public ExtraRow {
            values = List.copyOf(values);
        }
    }
}
