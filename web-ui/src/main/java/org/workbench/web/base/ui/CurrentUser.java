package org.workbench.web.base.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as the shell shows them, and where their choice of language is kept. The shell does not know
 * how accounts are stored: the account feature declares the one bean implementing this.
 */
public interface CurrentUser {

    /** What the shell shows of a user: the name, the role names (e.g. {@code PLANNER}) and the chosen language. */
    record Shown(String displayName, Set<String> roles, Locale locale) {
        public Shown {
            roles = Set.copyOf(roles);
        }
    }

    /** The user signed in on this thread, if any. */
    Optional<Shown> shown();

    /** Keeps the language the user just chose for their next sign-in. */
    void rememberLanguage(Locale locale);
}
