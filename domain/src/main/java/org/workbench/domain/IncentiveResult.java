package org.workbench.domain;

import java.util.OptionalDouble;

/**
 * What one incentive contributes over the horizon. The scenario's totals are the sums of these (up to rounding), so
 * a table of them shows which incentive pays and which does not.
 *
 * @param npv pvRevenue + pvProceeds + pvClawbacks - pvOutlay - pvServiceCost of this incentive alone
 * @param equityProceeds exit proceeds and, on a failure before the exit, the recovery (EQUITY)
 * @param moic the exit multiple, for EQUITY exited within the horizon; otherwise empty
 * @param irr X^(1/(e - s)) - 1, for EQUITY exited within the horizon; otherwise empty
 */
public record IncentiveResult(
        String code,
        IncentiveType type,
        String industryCode,
        double grossDirectJobsFinal,
        double netDirectJobsFinal,
        double totalJobsFinal,
        double jobYears,
        double valueAddedFinal,
        double outlay,
        double pvOutlay,
        double pvRevenue,
        double equityProceeds,
        double pvProceeds,
        double pvServiceCost,
        double npv,
        OptionalDouble moic,
        OptionalDouble irr,
        double clawbacks,
        double pvClawbacks) {

    /** Undiscounted outlay per total (net) job in the final year; empty when there is none. */
    public OptionalDouble costPerNetJob() {
        return totalJobsFinal == 0 ? OptionalDouble.empty() : OptionalDouble.of(outlay / totalJobsFinal);
    }
}
