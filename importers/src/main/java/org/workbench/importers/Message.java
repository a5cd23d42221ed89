package org.workbench.importers;

import java.util.List;

/**
 * A translatable text: a key of the importers message bundle and its arguments (already rendered as plain
 * strings so that a problem can be stored or sent as is).
 */
public record Message(String key, List<String> args) {
    public Message {
        if (key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(
                key, java.util.Arrays.stream(args).map(Message::render).toList());
    }

    static String render(Object arg) {
        if (arg instanceof Double d) {
            return Numbers.plain(d);
        }
        return String.valueOf(arg);
    }
}
