package org.workbench.web.compare;

import java.util.List;

/** A comparison that cannot be made as asked; the view shows {@link #messageKey()} with {@link #arguments()}. */
public class CompareException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public CompareException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
