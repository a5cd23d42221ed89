package org.workbench.importers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Header, sheet and enum names compare after NFKC (full-width to half-width), trimming and lower-casing. */
final class Names {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Names() {}

    static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return BLANKS.matcher(folded.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    static boolean matches(String found, String english, String chinese) {
        String n = normalize(found);
        return n.equals(normalize(english)) || n.equals(normalize(chinese));
    }

    static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
