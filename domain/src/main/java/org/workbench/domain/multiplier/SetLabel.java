package org.workbench.domain.multiplier;

import java.util.ArrayList;
import java.util.List;

/**
 * What pins a multiplier set down: its name, the vintage (year) of the table, where the table comes from, and the
 * Flegg delta used when it is regionalised. Two sets with the same name and vintage are the same set.
 */
public record SetLabel(String name, int vintage, String source, double delta) {
    public static final double DEFAULT_DELTA = 0.3;
    public static final int MIN_VINTAGE = 1900;
    public static final int MAX_VINTAGE = 2200;

    public SetLabel {
        List<TableProblem> problems = problems(name, vintage, source, delta);
        if (!problems.isEmpty()) {
            throw new TableRefusedException(problems);
        }
        name = name.strip();
        source = source.strip();
    }

    public static List<TableProblem> problems(String name, int vintage, String source, double delta) {
        List<TableProblem> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add(TableProblem.of(null, "setName", "io.problem.required"));
        } else if (name.length() > Sector.MAX_TEXT) {
            problems.add(TableProblem.of(null, "setName", "io.problem.tooLong", Sector.MAX_TEXT, name.length()));
        }
        if (vintage < MIN_VINTAGE || vintage > MAX_VINTAGE) {
            problems.add(TableProblem.of(null, "vintage", "io.problem.vintage", MIN_VINTAGE, MAX_VINTAGE, vintage));
        }
        if (source.isBlank()) {
            problems.add(TableProblem.of(null, "source", "io.problem.required"));
        } else if (source.length() > Sector.MAX_TEXT * 5) {
            problems.add(TableProblem.of(null, "source", "io.problem.tooLong", Sector.MAX_TEXT * 5, source.length()));
        }
        // delta = 1 would make lambda depend on nothing but the region's size in a way the method does not intend
        if (!(delta >= 0 && delta < 1)) {
            problems.add(TableProblem.of(null, "delta", "io.problem.delta", delta));
        }
        return problems;
    }
}
