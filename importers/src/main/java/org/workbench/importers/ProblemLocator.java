package org.workbench.importers;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.ItemKind;

/**
 * Adds the domain validator's problems that the format's own checks have not already reported at the same place,
 * each located at the cell of its item's row and field.
 */
final class ProblemLocator {
    private final ProblemLog log;
    private final Map<SheetRole, String> sheets;
    private final ScenarioRows scenario;
    private final SheetTable industries;
    private final SheetTable incentives;

    ProblemLocator(
            ProblemLog log,
            Map<SheetRole, String> sheets,
            ScenarioRows scenario,
            SheetTable industries,
            SheetTable incentives) {
        this.log = log;
        this.sheets = sheets;
        this.scenario = scenario;
        this.industries = industries;
        this.incentives = incentives;
    }

    void report(List<DomainProblem> problems) {
        Set<String> reported = new HashSet<>();
        for (ImportProblem p : log.all()) {
            if (p.isError()) {
                reported.add(p.sheet() + "!" + p.cell() + "|" + (p.cell() == null ? p.header() : ""));
            }
        }
        for (DomainProblem problem : problems) {
            Place place = place(problem);
            String key = place.sheet + "!" + place.cell + "|" + (place.cell == null ? place.header : "");
            if (reported.add(key)) {
                log.add(
                        place.sheet,
                        place.cell,
                        place.header,
                        place.found,
                        null,
                        Severity.ERROR,
                        new Message(problem.messageKey(), problem.args()));
            }
        }
    }

    private record Place(
            @Nullable String sheet,
            @Nullable String cell,
            @Nullable String header,
            @Nullable String found) {}

    private Place place(DomainProblem problem) {
        FieldColumn column = problem.field() == null
                ? null
                : FieldColumn.column(problem.kind(), problem.field()).orElse(null);
        if (problem.kind() == ItemKind.SETTINGS && sheets.containsKey(SheetRole.SCENARIO)) {
            String sheet = sheets.get(SheetRole.SCENARIO);
            if (column == null) {
                return new Place(sheet, null, null, null);
            }
            return new Place(sheet, scenario.cell(column), scenario.header(column), found(scenario.value(column)));
        }
        SheetTable table = switch (problem.kind()) {
            case SETTINGS -> null;
            case INDUSTRY -> sheets.containsKey(SheetRole.INDUSTRIES) ? industries : null;
            case INCENTIVE -> sheets.containsKey(SheetRole.INCENTIVES) ? incentives : null;
        };
        if (table == null || problem.index() < 0 || problem.index() >= table.rows.size()) {
            return new Place(null, null, problem.item(), null);
        }
        SheetTable.Row row = table.rows.get(problem.index());
        if (column == null) {
            return new Place(table.sheet, CellRefs.cell(0, row.rowNumber()), null, null);
        }
        int i = column.index();
        return new Place(table.sheet, table.ref(i, row.rowNumber()), table.headerOf(i), found(row.values()[i]));
    }

    private static @Nullable String found(@Nullable Object value) {
        return value instanceof Double d ? Numbers.plain(d) : value instanceof String s ? s : null;
    }
}
