package org.workbench.web.compare;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.Industry;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.web.scenario.InputChange;
import org.workbench.web.scenario.ScenarioDiff;

/**
 * Every input of N scenarios as rows, each cell marked against the base by {@link ScenarioDiff}: which settings,
 * industries and incentives were added, removed or changed. Items are matched by code, as the diff does.
 */
final class InputMatrix {
    private InputMatrix() {}

    static List<InputRow> of(List<Scenario> scenarios, int baseIndex) {
        Scenario base = scenarios.get(baseIndex);
        List<Set<ChangeKey>> changes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            changes.add(scenario == base ? Set.of() : changeKeys(ScenarioDiff.between(base, scenario)));
        }
        var rows = new ArrayList<InputRow>();
        settingsRows(scenarios, baseIndex, changes, rows);
        itemRows(
                ItemKind.INDUSTRY,
                scenarios,
                Scenario::industries,
                Industry::code,
                Industry::name,
                baseIndex,
                changes,
                rows);
        itemRows(
                ItemKind.INCENTIVE,
                scenarios,
                Scenario::incentives,
                Incentive::code,
                Incentive::name,
                baseIndex,
                changes,
                rows);
        return rows;
    }

    private record ChangeKey(
            ItemKind kind, @Nullable String item, @Nullable String field) {}

    private static Set<ChangeKey> changeKeys(List<InputChange> changes) {
        var keys = new HashSet<ChangeKey>();
        for (InputChange change : changes) {
            if (change.change() == InputChange.Change.CHANGED) {
                keys.add(new ChangeKey(change.kind(), change.item(), change.field()));
            }
        }
        return keys;
    }

    private static void settingsRows(
            List<Scenario> scenarios, int baseIndex, List<Set<ChangeKey>> changes, List<InputRow> rows) {
        for (RecordComponent component : ScenarioSettings.class.getRecordComponents()) {
            var cells = new ArrayList<InputRow.Cell>(scenarios.size());
            for (int i = 0; i < scenarios.size(); i++) {
                Object value = value(component, scenarios.get(i).settings());
                cells.add(new InputRow.Cell(
                        value,
                        status(
                                i,
                                baseIndex,
                                true,
                                true,
                                changes.get(i),
                                ItemKind.SETTINGS,
                                null,
                                component.getName())));
            }
            rows.add(new InputRow(ItemKind.SETTINGS, null, null, component.getName(), cells));
        }
    }

    private static <T extends Record> void itemRows(
            ItemKind kind,
            List<Scenario> scenarios,
            Function<Scenario, List<T>> items,
            Function<T, String> code,
            Function<T, String> name,
            int baseIndex,
            List<Set<ChangeKey>> changes,
            List<InputRow> rows) {
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
        Map<String, T> inBase = byCode.get(baseIndex);
        RecordComponent[] components = null;
        for (Map.Entry<String, T> entry : order.entrySet()) {
            String itemCode = entry.getKey();
            if (components == null) {
                components = entry.getValue().getClass().getRecordComponents();
            }
            for (RecordComponent component : components) {
                if (component.getName().equals("code")) {
                    continue;
                }
                var cells = new ArrayList<InputRow.Cell>(scenarios.size());
                for (int i = 0; i < scenarios.size(); i++) {
                    T item = byCode.get(i).get(itemCode);
                    Object value = item == null ? null : value(component, item);
                    cells.add(new InputRow.Cell(
                            value,
                            status(
                                    i,
                                    baseIndex,
                                    inBase.containsKey(itemCode),
                                    item != null,
                                    changes.get(i),
                                    kind,
                                    itemCode,
                                    component.getName())));
                }
                rows.add(new InputRow(kind, itemCode, name.apply(entry.getValue()), component.getName(), cells));
            }
        }
    }

    private static InputRow.Status status(
            int index,
            int baseIndex,
            boolean inBase,
            boolean here,
            Set<ChangeKey> changes,
            ItemKind kind,
            @Nullable String item,
            String field) {
        if (index == baseIndex) {
            return here ? InputRow.Status.BASE : InputRow.Status.ABSENT;
        }
        if (inBase && here) {
            return changes.contains(new ChangeKey(kind, item, field)) ? InputRow.Status.CHANGED : InputRow.Status.SAME;
        }
        if (here) {
            return InputRow.Status.ADDED;
        }
        return inBase ? InputRow.Status.REMOVED : InputRow.Status.ABSENT;
    }

    private static @Nullable Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
