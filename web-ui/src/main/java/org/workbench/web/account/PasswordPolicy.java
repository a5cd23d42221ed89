package org.workbench.web.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules of OWASP ASVS 5.0 level 2: 12 to 128 characters of any kind (spaces and any Unicode too), no
 * composition rules, not one of the common passwords, not the username. Length counts characters as people see them
 * (code points), not bytes.
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    static List<PasswordProblem> check(String username, String password) {
        List<PasswordProblem> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (CommonPasswords.contains(password)) {
            problems.add(PasswordProblem.COMMON);
        }
        if (!username.isBlank()
                && password.strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.SAME_AS_USERNAME);
        }
        return List.copyOf(problems);
    }

    static Object limitOf(PasswordProblem problem) {
        return switch (problem) {
            case TOO_SHORT -> MIN_LENGTH;
            case TOO_LONG -> MAX_LENGTH;
            default -> "";
        };
    }
}
