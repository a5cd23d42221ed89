package org.workbench.domain;

import java.util.OptionalDouble;

/**
 * The yearly sums over the incentives aimed at one industry (V_j and friends of the model), for charts and for the
 * concentration index.
 *
 * @param valueAddedShareFinal V_j(Y0+H) / V(Y0+H); empty when V(Y0+H) = 0
 */
public record IndustryResult(
        String code,
        YearSeries grossDirectJobs,
        YearSeries netDirectJobs,
        YearSeries totalJobs,
        YearSeries valueAdded,
        YearSeries laborIncome,
        YearSeries taxRevenue,
        YearSeries outlay,
        YearSeries equityProceeds,
        OptionalDouble valueAddedShareFinal) {}
