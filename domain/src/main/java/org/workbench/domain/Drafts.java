package org.workbench.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the three drafts do alike with their values: fill in defaults, bring numbers to the component's type. */
final class Drafts {
    private Drafts() {}

    static @Nullable Object[] withDefaults(List<InputField> fields, @Nullable Object[] values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            boolean missing = value == null || value instanceof String s && s.isBlank();
            Object fallback = fields.get(i).defaultValue();
            if (missing && fallback != null) {
                values[i] = fallback;
            }
        }
        return values;
    }

    static @Nullable Object[] normalized(List<InputField> fields, @Nullable Object[] values) {
        @Nullable Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = fields.get(i).normalize(values[i]);
        }
        return result;
    }
}
