package org.workbench.web.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling of a typed user name that sign-in, the throttle and the account lookup all use: compatibility
 * forms folded (NFKC: full-width letters, ligatures), then case folded through upper case, so that letters the
 * database's {@code UPPER} treats as one (dotless i, long s, Kelvin sign) are one here too. A name that is not made of
 * the characters usernames may have after that names no account.
 */
public final class UserNames {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private UserNames() {}

    public static String canonical(String typed) {
        String compatible = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        return compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** True if the canonical spelling could be an account's username. */
    public static boolean isPossible(String canonical) {
        return ALLOWED.matcher(canonical).matches();
    }
}
