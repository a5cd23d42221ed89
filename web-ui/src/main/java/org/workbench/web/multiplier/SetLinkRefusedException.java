package org.workbench.web.multiplier;

import java.util.List;

/**
 * A scenario links an industry to a set or sector that is not stored as the link says (removed meanwhile, or a
 * value that is not the set's): nothing is saved. The message key and arguments are for the multiplier bundle.
 */
public class SetLinkRefusedException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    SetLinkRefusedException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
