package org.workbench.domain;

import org.jspecify.annotations.Nullable;

/** The scenario-wide inputs of the calculation model. Money in whole currency units, shares as fractions. */
public record ScenarioSettings(
        String name,
        @Nullable String city,
        int baseYear,
        int horizonYears,
        double discountRate,
        double householdSize,
        double inMigrantShare,
        double serviceCostPerResident,
        String currency,
        @Nullable String description) {}
