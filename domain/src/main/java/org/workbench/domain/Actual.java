package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one incentive actually did in one year, as the city recorded it after signing the deal; every figure is
 * optional. Money back is exit proceeds or a recovery for EQUITY and a clawback for the other types.
 *
 * @throws ScenarioInvalidException when a recorded figure is negative or not a number
 */
public record Actual(
        String incentiveCode,
        int year,
        @Nullable Double grossJobs,
        @Nullable Double outlay,
        @Nullable Double moneyBack) {

    public Actual {
        Rules.throwIfAny(problems(incentiveCode, grossJobs, outlay, moneyBack));
    }

    static List<DomainProblem> problems(
            String code, @Nullable Double grossJobs, @Nullable Double outlay, @Nullable Double moneyBack) {
        List<DomainProblem> problems = new ArrayList<>();
        String at = code.isBlank() ? null : code;
        if (at == null) {
            problems.add(new DomainProblem("problem.required", List.of(), null, "code", ItemKind.INCENTIVE, -1));
        }
        check(problems, at, "actual.grossJobs", grossJobs);
        check(problems, at, "actual.outlay", outlay);
        check(problems, at, "actual.moneyBack", moneyBack);
        return problems;
    }

    private static void check(List<DomainProblem> problems, @Nullable String at, String field, @Nullable Double v) {
        if (v == null) {
            return;
        }
        if (!Double.isFinite(v)) {
            problems.add(new DomainProblem("problem.notFinite", List.of(v), at, field, ItemKind.INCENTIVE, -1));
        } else if (v < 0) {
            problems.add(new DomainProblem("problem.atLeast", List.of(0.0, v), at, field, ItemKind.INCENTIVE, -1));
        }
    }
}
