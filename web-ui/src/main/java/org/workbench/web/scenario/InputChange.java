package org.workbench.web.scenario;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.ItemKind;

/**
 * One difference between the inputs of two scenarios (or two versions of one).
 *
 * @param kind settings, industry or incentive
 * @param item the industry's or incentive's code; null for the settings
 * @param itemName the item's name (in the newer state if it still exists); null for the settings
 * @param change whether the item was added, removed, one of its fields changed, or the source note of a field
 * @param field for {@link Change#CHANGED} and {@link Change#SOURCE}: the record component name, e.g. {@code
 *     butForShare}; else null
 * @param oldValue the value (or, for a source, its text) before (a String, Number or enum); null when absent
 * @param newValue the value after; null when absent
 */
public record InputChange(
        ItemKind kind,
        @Nullable String item,
        @Nullable String itemName,
        Change change,
        @Nullable String field,
        @Nullable Object oldValue,
        @Nullable Object newValue) {

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        SOURCE
    }

    /** The domain bundle's label key of the field, e.g. {@code field.incentive.butForShare}; null without a field. */
    public @Nullable String fieldLabelKey() {
        return field == null ? null : "field." + kind.name().toLowerCase(Locale.ROOT) + "." + field;
    }
}
