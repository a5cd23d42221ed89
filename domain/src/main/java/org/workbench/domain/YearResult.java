package org.workbench.domain;

/**
 * Scenario totals for one year t of the horizon (calculation model, "Scenario totals for year t").
 *
 * @param clawbacks money clawed back from failed beneficiaries (version 2; 0 on the promised path)
 */
public record YearResult(
        int year,
        double grossDirectJobs,
        double netDirectJobs,
        double totalJobs,
        double valueAdded,
        double laborIncome,
        double taxRevenue,
        double outlay,
        double equityProceeds,
        double serviceCost,
        double netFiscalFlow,
        double cumulativeNetFiscalFlow,
        double populationInflow,
        double clawbacks) {

    /** Totals of version 1, which has no clawbacks. */
    public YearResult(
            int year,
            double grossDirectJobs,
            double netDirectJobs,
            double totalJobs,
            double valueAdded,
            double laborIncome,
            double taxRevenue,
            double outlay,
            double equityProceeds,
            double serviceCost,
            double netFiscalFlow,
            double cumulativeNetFiscalFlow,
            double populationInflow) {
        this(
                year,
                grossDirectJobs,
                netDirectJobs,
                totalJobs,
                valueAdded,
                laborIncome,
                taxRevenue,
                outlay,
                equityProceeds,
                serviceCost,
                netFiscalFlow,
                cumulativeNetFiscalFlow,
                populationInflow,
                0);
    }
}
