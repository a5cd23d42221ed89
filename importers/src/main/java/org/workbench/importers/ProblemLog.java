package org.workbench.importers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one file, in the order found. */
final class ProblemLog {
    private final String fileName;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int errors;

    ProblemLog(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    void file(Message message) {
        add(null, null, null, null, null, Severity.ERROR, message);
    }

    void file(Message message, @Nullable Message expected) {
        add(null, null, null, null, expected, Severity.ERROR, message);
    }

    void fileWarning(Message message) {
        add(null, null, null, null, null, Severity.WARNING, message);
    }

    void add(
            @Nullable String sheet,
            @Nullable String cell,
            @Nullable String header,
            @Nullable String found,
            @Nullable Message expected,
            Severity severity,
            Message message) {
        problems.add(new ImportProblem(fileName, sheet, cell, header, found, expected, severity, message));
        if (severity == Severity.ERROR) {
            errors++;
        }
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** Whether any error lies outside these sheets (a problem of the whole file counts). */
    boolean hasErrorsOutside(Collection<String> sheets) {
        for (ImportProblem p : problems) {
            if (p.isError() && (p.sheet() == null || !sheets.contains(p.sheet()))) {
                return true;
            }
        }
        return false;
    }

    List<ImportProblem> all() {
        return List.copyOf(problems);
    }

    List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
