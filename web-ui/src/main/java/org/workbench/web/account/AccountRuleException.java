package org.workbench.web.account;

/** An account change the rules forbid; the UI shows the message key's text with the arguments. */
public class AccountRuleException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] arguments;

    public AccountRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
