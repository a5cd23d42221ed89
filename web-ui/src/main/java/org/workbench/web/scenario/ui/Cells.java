package org.workbench.web.scenario.ui;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.web.base.Formats;

/** Input values as grid cells show them: exact, with grouping, nothing scaled away. */
final class Cells {
    private Cells() {}

    static String number(@Nullable Double value, Locale locale) {
        return value == null ? "" : Formats.decimals(value, 4, locale);
    }

    static String integer(@Nullable Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
