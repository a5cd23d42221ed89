package org.workbench.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when values break the rules of the calculation model; carries every problem found, not only the first. */
public final class ScenarioInvalidException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<DomainProblem> problems;

    public ScenarioInvalidException(List<DomainProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid scenario needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<DomainProblem> problems() {
        return problems;
    }

    // For logs only: users see the translated messages of problems().
    private static String summary(List<DomainProblem> problems) {
        return problems.stream()
                .map(p -> p.kind() + (p.item() == null ? "" : " " + p.item()) + (p.index() < 0 ? "" : " #" + p.index())
                        + (p.field() == null ? "" : "." + p.field()) + ": " + p.messageKey() + " " + p.args())
                .collect(Collectors.joining("; "));
    }
}
