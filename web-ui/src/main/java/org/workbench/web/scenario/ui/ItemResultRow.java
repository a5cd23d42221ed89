package org.workbench.web.scenario.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveResult;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;

/**
 * What one incentive, or the incentives aimed at one industry, bring over the horizon: one row of the per-item table.
 * An industry's row sums its incentives' results, so the rows of either table add up to the scenario's totals.
 *
 * @param type the incentive's type; null for an industry
 * @param industryCode the industry an incentive is aimed at; null for an industry
 * @param jobs total (net) jobs in the final year, the multiplier included
 * @param outlay undiscounted outlay over the horizon
 * @param pvBenefits tax revenue, proceeds and clawbacks, discounted
 * @param npv the benefits less outlay and service cost, discounted
 */
record ItemResultRow(
        String code,
        String name,
        @Nullable IncentiveType type,
        @Nullable String industryCode,
        double grossJobs,
        double jobs,
        double outlay,
        double pvOutlay,
        double pvBenefits,
        double npv) {

    /** Undiscounted outlay per net job in the final year, as the model's key figure; empty with no net jobs. */
    OptionalDouble costPerNetJob() {
        return jobs == 0 ? OptionalDouble.empty() : OptionalDouble.of(outlay / jobs);
    }

    static List<ItemResultRow> incentives(Scenario scenario, ProjectionResult result) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Incentive incentive : scenario.incentives()) {
            names.put(incentive.code(), incentive.name());
        }
        return result.incentiveResults().stream()
                .map(r -> of(r.code(), names.getOrDefault(r.code(), r.code()), r.type(), r.industryCode(), List.of(r)))
                .toList();
    }

    /** One row per industry of the scenario, in its order; zeros for an industry no incentive is aimed at. */
    static List<ItemResultRow> industries(Scenario scenario, ProjectionResult result) {
        List<ItemResultRow> rows = new ArrayList<>();
        for (Industry industry : scenario.industries()) {
            List<IncentiveResult> aimed = result.incentiveResults().stream()
                    .filter(r -> r.industryCode().equals(industry.code()))
                    .toList();
            rows.add(of(industry.code(), industry.name(), null, null, aimed));
        }
        return rows;
    }

    private static ItemResultRow of(
            String code,
            String name,
            @Nullable IncentiveType type,
            @Nullable String industryCode,
            List<IncentiveResult> results) {
        double gross = 0, jobs = 0, outlay = 0, pvOutlay = 0, pvBenefits = 0, npv = 0;
        for (IncentiveResult r : results) {
            gross += r.grossDirectJobsFinal();
            jobs += r.totalJobsFinal();
            outlay += r.outlay();
            pvOutlay += r.pvOutlay();
            pvBenefits += r.pvRevenue() + r.pvProceeds() + r.pvClawbacks();
            npv += r.npv();
        }
        return new ItemResultRow(code, name, type, industryCode, gross, jobs, outlay, pvOutlay, pvBenefits, npv);
    }
}
