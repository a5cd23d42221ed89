package org.workbench.domain;

import org.jspecify.annotations.Nullable;

/**
 * One incentive aimed at one industry. {@code talents} matters for TALENT_SUBSIDY only; {@code exitYear} and
 * {@code exitMultiple} are required for EQUITY and null otherwise.
 */
public record Incentive(
        String code,
        String name,
        IncentiveType type,
        String industryCode,
        int startYear,
        int durationYears,
        double committedJobs,
        int rampYears,
        double butForShare,
        double amount,
        double talents,
        @Nullable Integer exitYear,
        @Nullable Double exitMultiple) {}
