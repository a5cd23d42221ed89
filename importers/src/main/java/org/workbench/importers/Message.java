package org.workbench.importers;

import java.util.List;

/**
 * A translatable text: a message key and its arguments for {@link java.text.MessageFormat}. Keys are those of the
 * importers bundle ({@code i18n/importers*.properties}); a key not found there is one of the domain's rule keys
 * ({@code i18n/domain*.properties}, whose arguments keep their numeric types). The importer's own arguments are plain
 * strings, so a year prints as 2026 and not 2,026.
 */
public record Message(String key, List<Object> args) {
    public Message {
        if (key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(
                key, java.util.Arrays.stream(args).<Object>map(Message::render).toList());
    }

    static String render(Object arg) {
        if (arg instanceof Number n) {
            return Numbers.plain(n.doubleValue());
        }
        return String.valueOf(arg);
    }
}
