package org.workbench.web.scenario.ui;

import java.util.ArrayList;
import java.util.List;
import org.workbench.domain.Actual;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.ItemKind;
import org.workbench.domain.ScenarioInvalidException;

/**
 * Turns the Actuals tab's rows into the domain's actuals. Each row checks itself as {@link Actual} does (no negative
 * figures, an incentive named); a row without a year is a problem of its own. Every problem's index is the row's
 * position in the tab, so that the tab can mark it.
 */
final class ActualRows {
    static final String YEAR = "actual.year";
    static final String INCENTIVE = "actual.incentive";

    private ActualRows() {}

    /**
     * The problems of each row on its own; the rows that have none go into {@code recorded}, their positions into
     * {@code recordedAt}.
     */
    static List<DomainProblem> check(List<ActualRow> rows, List<Actual> recorded, List<Integer> recordedAt) {
        var problems = new ArrayList<DomainProblem>();
        for (int i = 0; i < rows.size(); i++) {
            ActualRow row = rows.get(i);
            int at = i;
            String code = row.getIncentiveCode() == null ? "" : row.getIncentiveCode();
            List<DomainProblem> own = new ArrayList<>();
            if (row.getYear() == null) {
                own.add(new DomainProblem(
                        "problem.required", List.of(), code.isBlank() ? null : code, YEAR, ItemKind.INCENTIVE, i));
            }
            try {
                Actual actual = new Actual(
                        code,
                        row.getYear() == null ? 0 : row.getYear(),
                        row.getGrossJobs(),
                        row.getOutlay(),
                        row.getMoneyBack());
                if (own.isEmpty()) {
                    recorded.add(actual);
                    recordedAt.add(i);
                }
            } catch (ScenarioInvalidException invalid) {
                invalid.problems().forEach(p -> own.add(at(p, at)));
            }
            problems.addAll(own);
        }
        return problems;
    }

    /** The actuals of rows that {@link #check} found without problems. */
    static List<Actual> actuals(List<ActualRow> rows) {
        return rows.stream()
                .map(row -> new Actual(
                        row.getIncentiveCode() == null ? "" : row.getIncentiveCode(),
                        row.getYear() == null ? 0 : row.getYear(),
                        row.getGrossJobs(),
                        row.getOutlay(),
                        row.getMoneyBack()))
                .toList();
    }

    /** The problem, placed at a row; a missing incentive is a problem of the incentive's field. */
    static DomainProblem at(DomainProblem p, int row) {
        String field = "code".equals(p.field()) ? INCENTIVE : p.field();
        return new DomainProblem(p.messageKey(), p.args(), p.item(), field, p.kind(), row);
    }
}
