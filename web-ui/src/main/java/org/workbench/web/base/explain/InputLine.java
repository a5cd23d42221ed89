package org.workbench.web.base.explain;

import org.jspecify.annotations.Nullable;

/**
 * One input of a key figure in one scenario, its value formatted for the user's language.
 *
 * @param labelKey the message key of the input's name, e.g. {@code field.settings.discountRate}
 * @param item the industry's or incentive's code, or the incentive type's label; null for a scenario-wide input
 * @param value the value as the UI shows it
 */
public record InputLine(String labelKey, @Nullable String item, String value) {

    /** What identifies the row across scenarios: the input and the item, not the value. */
    public String rowKey() {
        return labelKey + "|" + (item == null ? "" : item);
    }
}
