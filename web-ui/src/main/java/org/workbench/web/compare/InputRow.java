package org.workbench.web.compare;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.ItemKind;

/**
 * One input (a setting, or one field of an industry or incentive) across the compared scenarios.
 *
 * @param item the industry's or incentive's code; null for the settings
 * @param itemName the item's name in the first scenario that has it; null for the settings
 * @param field the record component's name, e.g. {@code butForShare}
 * @param cells one per scenario, in their order
 */
public record InputRow(
        ItemKind kind, @Nullable String item, @Nullable String itemName, String field, List<InputRow.Cell> cells) {

    public InputRow {
        cells = List.copyOf(cells);
    }

    /**
     * Whether any scenario differs from the base in this input, in its value or in where the value comes from: a
     * reviewer asked to trust the same multiplier on another source needs to see that row.
     */
    public boolean differs() {
        return cells.stream().anyMatch(c -> c.status().isDifference())
                || cells.stream().map(Cell::source).distinct().count() > 1;
    }

    /** Whether any scenario gives a source for this input. */
    public boolean hasSource() {
        return cells.stream().anyMatch(c -> c.source() != null);
    }

    /** The domain bundle's label key of the field, e.g. {@code field.incentive.butForShare}. */
    public String fieldLabelKey() {
        return "field." + kind.name().toLowerCase(Locale.ROOT) + "." + field;
    }

    /**
     * One scenario's value of the input.
     *
     * @param value a String, Number or enum; null when the scenario does not have the item or the value is empty
     * @param source where the scenario says the value comes from; null when it does not say
     */
    public record Cell(
            @Nullable Object value, Status status, @Nullable String source) {
        public Cell(@Nullable Object value, Status status) {
            this(value, status, null);
        }

        Cell withSource(@Nullable String text) {
            return new Cell(value, status, text);
        }
    }

    /** How a scenario's input stands against the base's. */
    public enum Status {
        /** The base scenario's own value. */
        BASE,
        SAME,
        CHANGED,
        /** The item is in this scenario but not in the base. */
        ADDED,
        /** The item is in the base but not in this scenario. */
        REMOVED,
        /** Neither this scenario nor the base has the item. */
        ABSENT;

        public boolean isDifference() {
            return this == CHANGED || this == ADDED || this == REMOVED;
        }
    }
}
