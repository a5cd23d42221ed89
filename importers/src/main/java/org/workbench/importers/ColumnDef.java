package org.workbench.importers;

import java.util.Locale;

/** A column of a sheet (or a field of the Scenario sheet): canonical English name, Chinese alias, rule. */
interface ColumnDef {
    String english();

    String chinese();

    Rule rule();

    default String title(Locale locale) {
        return Names.chinese(locale) ? chinese() : english();
    }

    default boolean matches(String header) {
        return Names.matches(header, english(), chinese());
    }
}
