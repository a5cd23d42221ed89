package org.workbench.web.scenario.ui;

import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Actual;

/**
 * One row of the Actuals tab as typed: what an incentive actually did in one year. Every part may be missing while
 * the planner types; the domain says what is wrong when the editor checks the inputs.
 */
@Getter
@Setter
final class ActualRow {
    private @Nullable String incentiveCode;
    private @Nullable Integer year;
    private @Nullable Double grossJobs;
    private @Nullable Double outlay;
    private @Nullable Double moneyBack;

    ActualRow(
            @Nullable String incentiveCode,
            @Nullable Integer year,
            @Nullable Double grossJobs,
            @Nullable Double outlay,
            @Nullable Double moneyBack) {
        this.incentiveCode = incentiveCode;
        this.year = year;
        this.grossJobs = grossJobs;
        this.outlay = outlay;
        this.moneyBack = moneyBack;
    }

    static ActualRow of(Actual actual) {
        return new ActualRow(
                actual.incentiveCode(), actual.year(), actual.grossJobs(), actual.outlay(), actual.moneyBack());
    }
}
