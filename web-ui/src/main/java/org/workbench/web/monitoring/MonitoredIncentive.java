package org.workbench.web.monitoring;

import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.web.scenario.ScenarioStatus;

/**
 * One incentive with actuals, as the monitoring page lists it: the latest delivery against the promise and the money
 * paid and recovered so far.
 *
 * @param lastYear T_i, the last year with recorded gross jobs; null when only money is recorded
 * @param promisedJobs the promised gross jobs in T_i; null without recorded jobs
 * @param actualJobs the gross jobs recorded in T_i; null without recorded jobs
 * @param deliveryRatio actual over promised jobs in T_i; null when nothing was promised then, or no jobs recorded
 * @param threshold the scenario's behind threshold
 * @param behind the delivery ratio is below the threshold
 * @param clawbackShare the contract's clawback share (0 for an equity stake, which has none)
 * @param outlayVariance recorded minus promised outlay over the years with a recorded outlay; null when none is
 * @param costPerDeliveredJob recorded outlay per gross job delivered in T_i; null when it cannot be said
 * @param editable whether the current user may record actuals on the scenario
 */
public record MonitoredIncentive(
        long scenarioId,
        String scenarioName,
        @Nullable String city,
        ScenarioStatus status,
        String code,
        String name,
        IncentiveType type,
        @Nullable Integer lastYear,
        @Nullable Double promisedJobs,
        @Nullable Double actualJobs,
        @Nullable Double deliveryRatio,
        double threshold,
        boolean behind,
        double clawbackShare,
        double outlayToDate,
        @Nullable Double outlayVariance,
        double moneyBackToDate,
        @Nullable Double costPerDeliveredJob,
        String currency,
        boolean editable) {

    MonitoredIncentive editable(boolean value) {
        return new MonitoredIncentive(
                scenarioId,
                scenarioName,
                city,
                status,
                code,
                name,
                type,
                lastYear,
                promisedJobs,
                actualJobs,
                deliveryRatio,
                threshold,
                behind,
                clawbackShare,
                outlayToDate,
                outlayVariance,
                moneyBackToDate,
                costPerDeliveredJob,
                currency,
                value);
    }
}
