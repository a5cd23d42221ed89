package org.workbench.domain;

/** An industry the city bets on; incentives refer to it by code. */
public record Industry(
        String code,
        String name,
        double baselineJobs,
        double valueAddedPerJob,
        double productivityGrowth,
        double averageWage,
        double taxRate,
        double employmentMultiplier,
        double displacement) {}
