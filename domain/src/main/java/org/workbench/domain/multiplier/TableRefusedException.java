package org.workbench.domain.multiplier;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an input-output table cannot be derived from; carries every problem found. */
public final class TableRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<TableProblem> problems;

    public TableRefusedException(List<TableProblem> problems) {
        super(problems.stream()
                .map(p -> (p.sector() == null ? "" : p.sector() + (p.toSector() == null ? "" : "->" + p.toSector()))
                        + (p.field() == null ? "" : "." + p.field()) + ": " + p.messageKey() + " " + p.args())
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused table needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<TableProblem> problems() {
        return problems;
    }
}
