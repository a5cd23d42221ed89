package org.workbench.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A range resolved to the input it varies, in the order the tornado breaks ties in and Monte Carlo draws in: scenario
 * settings, then industries, then incentives, each in row order and each item's fields in their column order.
 *
 * @param position the item's position in its list (0 for the settings)
 */
record RangedInput(
        ItemKind item, int position, @Nullable String code, String field, double low, double value, double high) {

    static List<RangedInput> of(Scenario scenario, ModelTables tables) {
        Map<String, InputRange> byKey = new HashMap<>();
        for (InputRange range : scenario.ranges()) {
            byKey.put(key(range.item(), range.code(), range.field()), range);
        }
        List<RangedInput> inputs = new ArrayList<>();
        add(inputs, byKey, tables, ItemKind.SETTINGS, 0, null);
        for (int j = 0; j < scenario.industries().size(); j++) {
            add(
                    inputs,
                    byKey,
                    tables,
                    ItemKind.INDUSTRY,
                    j,
                    scenario.industries().get(j).code());
        }
        for (int i = 0; i < scenario.incentives().size(); i++) {
            add(
                    inputs,
                    byKey,
                    tables,
                    ItemKind.INCENTIVE,
                    i,
                    scenario.incentives().get(i).code());
        }
        return inputs;
    }

    private static void add(
            List<RangedInput> inputs,
            Map<String, InputRange> byKey,
            ModelTables tables,
            ItemKind item,
            int position,
            @Nullable String code) {
        for (InputField field : InputFields.of(item)) {
            InputRange range = field.rangeable() ? byKey.get(key(item, code, field.key())) : null;
            if (range != null) {
                double value = tables.get(item, position, field.key());
                inputs.add(new RangedInput(item, position, code, field.key(), range.low(), value, range.high()));
            }
        }
    }

    private static String key(ItemKind item, @Nullable String code, String field) {
        return item + "\u0000" + code + "\u0000" + field;
    }

    void set(ModelTables tables, double to) {
        tables.set(item, position, field, to);
    }
}
