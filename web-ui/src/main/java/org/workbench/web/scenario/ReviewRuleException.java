package org.workbench.web.scenario;

import java.util.List;

/**
 * A review step or a comment that the scenario's state or the text does not allow (e.g. approving a draft, a reason
 * left blank, a comment too long); nothing was changed. The UI shows {@link #messageKey()} with {@link #args()}.
 */
public class ReviewRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    ReviewRuleException(String messageKey, Object... args) {
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
