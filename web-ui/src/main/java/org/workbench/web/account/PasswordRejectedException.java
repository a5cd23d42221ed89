package org.workbench.web.account;

import java.util.List;

/** A new password broke the rules; {@link #problems()} says which, each with its message key. */
public class PasswordRejectedException extends RuntimeException {
    private final List<PasswordProblem> problems;

    public PasswordRejectedException(List<PasswordProblem> problems) {
        super("Password refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PasswordProblem> problems() {
        return problems;
    }

    /** The argument of a problem's message (the length limit), for the UI's translation. */
    public static Object limitOf(PasswordProblem problem) {
        return PasswordPolicy.limitOf(problem);
    }
}
