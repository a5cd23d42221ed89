package org.workbench.web.account;

/**
 * Whether a user still owns something of a feature (scenarios, uploads...), in which case the account may only be
 * disabled, not deleted. A feature that owns data per user declares a Spring bean implementing this; with no such
 * bean a user owns nothing.
 */
public interface AccountOwnershipCheck {

    /** Called inside the deleting transaction; true keeps the account (it is disabled instead). */
    boolean ownsSomething(long userId, String username);
}
