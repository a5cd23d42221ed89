package org.workbench.web.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What an admin enters for a user; the username is only used when creating one. */
public record UserDetailsForm(
        String username, String displayName, @Nullable String email, Set<Role> roles, Locale locale) {
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public UserDetailsForm {
        username = username.strip();
        displayName = displayName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        roles = Set.copyOf(roles);
    }

    /** Checks the fields, throwing the first rule broken. */
    void validate(boolean creating) {
        if (creating && !USERNAME.matcher(username).matches()) {
            throw new AccountRuleException("account.error.username-invalid");
        }
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new AccountRuleException("account.error.display-name-invalid");
        }
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            throw new AccountRuleException("account.error.email-invalid");
        }
        if (roles.isEmpty()) {
            throw new AccountRuleException("account.error.roles-empty");
        }
    }
}
