package org.workbench.web.base.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages of the UI; anything that is not Chinese is shown in English. */
public final class SupportedLocales {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> ALL = List.of(ENGLISH, CHINESE);

    private SupportedLocales() {}

    public static Locale resolve(Locale requested) {
        return "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
    }
}
