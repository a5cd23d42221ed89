package org.workbench.domain;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How one incentive with actuals is doing against its promise.
 *
 * @param lastJobsYear T_i, the last year with recorded gross jobs; empty when none are recorded
 * @param deliveryRatio DR_i(T_i) = actual / promised gross jobs in that year; empty when nothing was promised then
 * @param behind whether the delivery ratio is below the scenario's behind threshold (false when it is empty)
 * @param costPerDeliveredJob recorded outlay up to the scenario's last year with actuals, per gross job delivered in
 *     T_i; empty when no jobs or no outlay are recorded, or none were delivered
 * @param years one row per year with a record, in year order
 */
public record IncentiveMonitoring(
        String code,
        OptionalInt lastJobsYear,
        OptionalDouble deliveryRatio,
        boolean behind,
        OptionalDouble costPerDeliveredJob,
        List<Year> years) {
    public IncentiveMonitoring {
        years = List.copyOf(years);
    }

    /** The recorded outlays summed over the years with one; 0 when none is recorded. */
    public double outlayToDate() {
        return years.stream().mapToDouble(y -> y.actualOutlay().orElse(0)).sum();
    }

    /** Actual minus promised outlay, summed over the years with a recorded outlay; empty when none is recorded. */
    public OptionalDouble outlayVarianceToDate() {
        return years.stream().anyMatch(y -> y.outlayVariance().isPresent())
                ? OptionalDouble.of(years.stream()
                        .mapToDouble(y -> y.outlayVariance().orElse(0))
                        .sum())
                : OptionalDouble.empty();
    }

    /** The money back recorded (proceeds, recoveries, clawbacks), summed; 0 when none is recorded. */
    public double moneyBackToDate() {
        return years.stream().mapToDouble(y -> y.actualMoneyBack().orElse(0)).sum();
    }

    /** The year T_i's row: promised and actual jobs there; empty when no jobs are recorded. */
    public java.util.Optional<Year> lastJobsRow() {
        return lastJobsYear.isEmpty()
                ? java.util.Optional.empty()
                : years.stream()
                        .filter(y -> y.year() == lastJobsYear.getAsInt())
                        .findFirst();
    }

    /**
     * One recorded year against the promise.
     *
     * @param deliveryRatio DR_i(t); empty without recorded jobs or when none were promised
     * @param outlayVariance actual minus promised outlay; empty without a recorded outlay
     */
    public record Year(
            int year,
            double promisedGrossJobs,
            OptionalDouble actualGrossJobs,
            OptionalDouble deliveryRatio,
            double promisedOutlay,
            OptionalDouble actualOutlay,
            OptionalDouble outlayVariance,
            OptionalDouble actualMoneyBack) {}
}
