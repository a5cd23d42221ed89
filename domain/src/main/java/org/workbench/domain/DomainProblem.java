package org.workbench.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule of a scenario, as a message key plus arguments so that the UI can say it in the user's language
 * (texts in {@code i18n/domain*.properties}).
 *
 * @param messageKey key of the message, e.g. {@code problem.between}
 * @param args the message's arguments ({0}, {1}, ...): bounds first, then the value found
 * @param item the code of the industry or incentive concerned; null for the settings or when the code is blank
 * @param field the record component name the problem is about (e.g. {@code taxRate}); null for the item as a whole
 * @param kind which part of the scenario the item belongs to
 * @param index 0-based position of the item in the list it was validated in; -1 for the settings or when unknown
 */
public record DomainProblem(
        String messageKey,
        List<Object> args,
        @Nullable String item,
        @Nullable String field,
        ItemKind kind,
        int index) {
    public DomainProblem {
        args = List.copyOf(args);
    }

    /** The key of the field's label, e.g. {@code field.industry.taxRate}; null when the problem names no field. */
    public @Nullable String fieldLabelKey() {
        return field == null ? null : "field." + kind.name().toLowerCase(java.util.Locale.ROOT) + "." + field;
    }

    DomainProblem at(int position) {
        return new DomainProblem(messageKey, args, item, field, kind, position);
    }
}
