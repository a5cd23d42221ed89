package org.workbench.web.account;

/** Why a new password is refused; each has a message key (its argument, if any, is the limit). */
public enum PasswordProblem {
    TOO_SHORT("account.password.too-short"),
    TOO_LONG("account.password.too-long"),
    COMMON("account.password.common"),
    SAME_AS_USERNAME("account.password.same-as-username"),
    SAME_AS_CURRENT("account.password.same-as-current");

    private final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
