package org.workbench.importers;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/** Renders import problems in English or Simplified Chinese from the importers message bundles. */
public final class ProblemFormatter {
    private static final String BUNDLE = "i18n.importers";
    private static final String DOMAIN_BUNDLE = "i18n.domain";

    private ProblemFormatter() {}

    /**
     * One line, location first: {@code Incentives!E7 [Amount] Error: The value is out of range. (found: -5;
     * expected: an amount of at least 0)}.
     */
    public static String format(ImportProblem problem, Locale locale) {
        StringBuilder line = new StringBuilder(problem.location());
        if (problem.header() != null) {
            line.append(" [").append(problem.header()).append(']');
        }
        line.append(' ')
                .append(text("severity." + problem.severity().name(), locale))
                .append(": ")
                .append(message(problem, locale));
        String expected = expected(problem, locale);
        if (problem.found() != null || expected != null) {
            line.append(" (");
            if (problem.found() != null) {
                line.append(text("format.found", locale))
                        .append(": \"")
                        .append(problem.found())
                        .append('"');
            }
            if (expected != null) {
                if (problem.found() != null) {
                    line.append("; ");
                }
                line.append(text("format.expected", locale)).append(": ").append(expected);
            }
            line.append(')');
        }
        return line.toString();
    }

    /** What is wrong, in the locale's language. */
    public static String message(ImportProblem problem, Locale locale) {
        return render(problem.message(), locale);
    }

    /** What was expected, in the locale's language, or null when the problem does not say. */
    public static @Nullable String expected(ImportProblem problem, Locale locale) {
        return problem.expected() == null ? null : render(problem.expected(), locale);
    }

    /** Any message of the importers bundle; an argument that is itself a key ("kind.zip") is translated too. */
    public static String render(Message message, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Object[] args = message.args().stream()
                .map(arg -> arg instanceof String s && s.startsWith("kind.") && bundle.containsKey(s)
                        ? bundle.getString(s)
                        : arg)
                .toArray();
        ResourceBundle owner = bundle.containsKey(message.key()) ? bundle : domainBundle(locale);
        try {
            return new MessageFormat(owner.getString(message.key()), owner.getLocale()).format(args);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return message.key() + " " + message.args();
        }
    }

    static String text(String key, Locale locale) {
        return bundle(locale).getString(key);
    }

    /**
     * A text of the domain's bundle as the app shows it: taken as it stands, not as a message pattern, so that an
     * apostrophe ("the firm's own tax") stays.
     */
    static String domainText(String key, Locale locale) {
        return domainBundle(locale).getString(key);
    }

    static ResourceBundle domainBundle(Locale locale) {
        return ResourceBundle.getBundle(
                DOMAIN_BUNDLE,
                supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Locale supported(Locale locale) {
        return Names.chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static ResourceBundle bundle(Locale locale) {
        Locale supported = Names.chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle(
                BUNDLE,
                supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
