package org.workbench.importers;

import java.text.Normalizer;
import java.util.Locale;

/** Header, sheet and enum names compare after NFKC (full-width to half-width), trimming and lower-casing. */
final class Names {
    private Names() {}

    static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean matches(String found, String english, String chinese) {
        String n = normalize(found);
        return n.equals(normalize(english)) || n.equals(normalize(chinese));
    }

    static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
