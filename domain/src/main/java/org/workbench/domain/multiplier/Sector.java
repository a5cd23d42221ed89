package org.workbench.domain.multiplier;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sector of an input-output table, as the Sectors sheet gives it.
 *
 * @param code unique within the table, e.g. {@code C26}
 * @param output total output x_j, in money, greater than 0
 * @param employment jobs e_j, at least 0
 * @param householdIncome compensation of employees paid by the sector (the household row), at least 0
 * @param householdConsumption what households buy from the sector (the household column), at least 0
 * @param regionalEmployment jobs of the sector in the region, for regionalising a national table; null when the
 *     table has none. At most the national employment: the region is part of the nation.
 */
public record Sector(
        String code,
        String name,
        double output,
        double employment,
        double householdIncome,
        double householdConsumption,
        @Nullable Double regionalEmployment) {

    static final int MAX_TEXT = 200;

    public Sector {
        List<TableProblem> problems =
                problems(code, name, output, employment, householdIncome, householdConsumption, regionalEmployment);
        if (!problems.isEmpty()) {
            throw new TableRefusedException(problems);
        }
    }

    /** Every broken rule of one sector's values; empty when the sector can be built. */
    public static List<TableProblem> problems(
            @Nullable String code,
            @Nullable String name,
            double output,
            double employment,
            double householdIncome,
            double householdConsumption,
            @Nullable Double regionalEmployment) {
        List<TableProblem> problems = new ArrayList<>();
        String item = code == null || code.isBlank() ? null : code;
        if (item == null) {
            problems.add(TableProblem.of(null, "code", "io.problem.required"));
        } else if (code.length() > MAX_TEXT) {
            problems.add(TableProblem.of(null, "code", "io.problem.tooLong", MAX_TEXT, code.length()));
        }
        if (name == null || name.isBlank()) {
            problems.add(TableProblem.of(item, "name", "io.problem.required"));
        } else if (name.length() > MAX_TEXT) {
            problems.add(TableProblem.of(item, "name", "io.problem.tooLong", MAX_TEXT, name.length()));
        }
        if (!(output > 0) || !Double.isFinite(output)) {
            problems.add(TableProblem.of(item, "output", "io.problem.positive", output));
        }
        atLeastZero(problems, item, "employment", employment);
        atLeastZero(problems, item, "householdIncome", householdIncome);
        atLeastZero(problems, item, "householdConsumption", householdConsumption);
        if (regionalEmployment != null) {
            if (atLeastZero(problems, item, "regionalEmployment", regionalEmployment)
                    && regionalEmployment > employment) {
                problems.add(TableProblem.of(
                        item, "regionalEmployment", "io.problem.regionAboveNation", employment, regionalEmployment));
            }
        }
        return problems;
    }

    private static boolean atLeastZero(List<TableProblem> problems, @Nullable String item, String field, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            problems.add(TableProblem.of(item, field, "io.problem.atLeastZero", v));
            return false;
        }
        return true;
    }

    /** Jobs per unit of output, eps_j. */
    public double employmentCoefficient() {
        return employment / output;
    }
}
