package org.workbench.web.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.Industry;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.web.scenario.RecordFields;
import org.workbench.web.scenario.ScenarioDiff;

/**
 * Every input of N scenarios as rows, each cell marked against the base: which settings, industries and incentives
 * were added, removed or changed. It follows {@link ScenarioDiff}'s rules exactly (items matched by code, the first
 * of a repeated code counts, every record component compared with {@code equals}; the tests hold the two to the same
 * answers), but reads each record's components once: the diff looks them up per item, which for six scenarios of a
 * thousand incentives takes seconds.
 */
final class InputMatrix {
    private InputMatrix() {}

    static List<InputRow> of(List<Scenario> scenarios, int baseIndex) {
        var rows = new ArrayList<InputRow>();
        RecordFields settings = RecordFields.of(ScenarioSettings.class);
        Object[][] values = new Object[scenarios.size()][];
        for (int i = 0; i < scenarios.size(); i++) {
            values[i] = settings.read(scenarios.get(i).settings());
        }
        for (int f = 0; f < settings.names().size(); f++) {
            var cells = new ArrayList<InputRow.Cell>(scenarios.size());
            for (int i = 0; i < scenarios.size(); i++) {
                cells.add(new InputRow.Cell(values[i][f], status(i, baseIndex, values[baseIndex], values[i], f)));
            }
            rows.add(
                    new InputRow(ItemKind.SETTINGS, null, null, settings.names().get(f), cells));
        }
        itemRows(
                ItemKind.INDUSTRY,
                Industry.class,
                scenarios,
                Scenario::industries,
                Industry::code,
                Industry::name,
                baseIndex,
                rows);
        itemRows(
                ItemKind.INCENTIVE,
                Incentive.class,
                scenarios,
                Scenario::incentives,
                Incentive::code,
                Incentive::name,
                baseIndex,
                rows);
        return withSources(rows, scenarios);
    }

    // Most scenarios give few sources or none, so they are looked up per row only when some scenario has any.
    private static List<InputRow> withSources(List<InputRow> rows, List<Scenario> scenarios) {
        if (scenarios.stream().allMatch(s -> s.sources().isEmpty())) {
            return rows;
        }
        List<Map<String, String>> byInput = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            var map = new HashMap<String, String>();
            for (InputSource source : scenario.sources()) {
                map.putIfAbsent(key(source.item(), source.code(), source.field()), source.text());
            }
            byInput.add(map);
        }
        var sourced = new ArrayList<InputRow>(rows.size());
        for (InputRow row : rows) {
            String key = key(row.kind(), row.item(), row.field());
            if (byInput.stream().noneMatch(m -> m.containsKey(key))) {
                sourced.add(row);
                continue;
            }
            var cells = new ArrayList<InputRow.Cell>(row.cells().size());
            for (int i = 0; i < row.cells().size(); i++) {
                InputRow.Cell cell = row.cells().get(i);
                boolean present = cell.status() != InputRow.Status.ABSENT && cell.status() != InputRow.Status.REMOVED;
                cells.add(present ? cell.withSource(byInput.get(i).get(key)) : cell);
            }
            sourced.add(new InputRow(row.kind(), row.item(), row.itemName(), row.field(), cells));
        }
        return sourced;
    }

    private static String key(ItemKind kind, @Nullable String code, String field) {
        return kind + "\u0000" + code + "\u0000" + field;
    }

    private static <T extends Record> void itemRows(
            ItemKind kind,
            Class<T> type,
            List<Scenario> scenarios,
            Function<Scenario, List<T>> items,
            Function<T, String> code,
            Function<T, String> name,
            int baseIndex,
            List<InputRow> rows) {
        RecordFields accessors = RecordFields.of(type);
        List<Map<String, T>> byCode = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            var map = new HashMap<String, T>();
            items.apply(scenario).forEach(item -> map.putIfAbsent(code.apply(item), item));
            byCode.add(map);
        }
        // The base's items first, then those only other scenarios have, each in its scenario's order.
        var order = new LinkedHashMap<String, T>();
        items.apply(scenarios.get(baseIndex)).forEach(item -> order.putIfAbsent(code.apply(item), item));
        scenarios.forEach(s -> items.apply(s).forEach(item -> order.putIfAbsent(code.apply(item), item)));
        for (Map.Entry<String, T> entry : order.entrySet()) {
            String itemCode = entry.getKey();
            Object[][] values = new Object[scenarios.size()][];
            for (int i = 0; i < scenarios.size(); i++) {
                T item = byCode.get(i).get(itemCode);
                values[i] = item == null ? null : accessors.read(item);
            }
            for (int f = 0; f < accessors.names().size(); f++) {
                String field = accessors.names().get(f);
                if (field.equals("code")) {
                    continue;
                }
                var cells = new ArrayList<InputRow.Cell>(scenarios.size());
                for (int i = 0; i < scenarios.size(); i++) {
                    Object[] here = values[i];
                    cells.add(new InputRow.Cell(
                            here == null ? null : here[f], status(i, baseIndex, values[baseIndex], here, f)));
                }
                rows.add(new InputRow(kind, itemCode, name.apply(entry.getValue()), field, cells));
            }
        }
    }

    private static InputRow.Status status(
            int index, int baseIndex, Object @Nullable [] base, Object @Nullable [] here, int field) {
        if (index == baseIndex) {
            return here == null ? InputRow.Status.ABSENT : InputRow.Status.BASE;
        }
        if (base != null && here != null) {
            return Objects.equals(base[field], here[field]) ? InputRow.Status.SAME : InputRow.Status.CHANGED;
        }
        if (here != null) {
            return InputRow.Status.ADDED;
        }
        return base != null ? InputRow.Status.REMOVED : InputRow.Status.ABSENT;
    }
}
