package org.workbench.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.HorizonText;
import org.workbench.web.compare.InputRow;

/**
 * Where the inputs come from, as the reports print it: the reader of a figure can look up the table, contract or
 * study behind each assumption the scenario names a source for. No table when nothing names one.
 */
final class SourceTables {
    private SourceTables() {}

    /** One row per source: the input, its value, and the source's text. */
    static Optional<Report.Table> scenario(
            HorizonText.Texts text, Scenario scenario, Function<@Nullable Object, String> value) {
        if (scenario.sources().isEmpty()) {
            return Optional.empty();
        }
        var rows = new ArrayList<List<String>>();
        for (InputSource source : scenario.sourcesInOrder()) {
            rows.add(List.of(
                    input(
                            text,
                            source.item(),
                            source.code(),
                            source.inputField().labelKey()),
                    value.apply(scenario.valueOf(source)),
                    source.text()));
        }
        return Optional.of(new Report.Table(
                text.get("report.sources"),
                List.of(
                        text.get("report.inputs.field"),
                        text.get("report.inputs.value"),
                        text.get("report.sources.source")),
                rows,
                List.of(false, true, false)));
    }

    /** One row per input that some compared scenario names a source for, one column per scenario. */
    static Optional<Report.Table> comparison(HorizonText.Texts text, Comparison comparison) {
        List<InputRow> sourced =
                comparison.inputs().stream().filter(InputRow::hasSource).toList();
        if (sourced.isEmpty()) {
            return Optional.empty();
        }
        var header = new ArrayList<String>();
        header.add(text.get("report.inputs.field"));
        comparison.scenarios().forEach(s -> header.add(s.label()));
        var rows = new ArrayList<List<String>>();
        for (InputRow row : sourced) {
            var cells = new ArrayList<String>();
            cells.add(input(text, row.kind(), row.item(), row.fieldLabelKey()));
            row.cells().forEach(cell -> cells.add(cell.source() == null ? "—" : cell.source()));
            rows.add(cells);
        }
        var numeric = new ArrayList<Boolean>();
        header.forEach(h -> numeric.add(false));
        return Optional.of(new Report.Table(text.get("report.sources"), header, rows, numeric));
    }

    private static String input(HorizonText.Texts text, ItemKind kind, @Nullable String code, String labelKey) {
        String label = text.get(labelKey);
        return kind == ItemKind.SETTINGS ? label : code + " · " + label;
    }
}
