package org.workbench.domain;

/** Scenario totals for one year t of the horizon (calculation model, "Scenario totals for year t"). */
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
        double populationInflow) {}
