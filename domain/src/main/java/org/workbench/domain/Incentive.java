package org.workbench.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One incentive aimed at one industry. {@code talents} matters for TALENT_SUBSIDY only; {@code exitYear} and
 * {@code exitMultiple} are required for EQUITY and null otherwise. Whether the start year lies within the scenario's
 * years is checked by {@link Scenario}, which knows them.
 *
 * @throws ScenarioInvalidException with every broken rule when a value is out of its range
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
        @Nullable Double exitMultiple,
        double successProbability,
        @Nullable Integer failureYear,
        double recoveryMultiple,
        double clawbackShare) {

    public Incentive {
        Rules.throwIfAny(problems(new Draft(
                code,
                name,
                type,
                industryCode,
                startYear,
                durationYears,
                committedJobs,
                rampYears,
                butForShare,
                amount,
                talents,
                exitYear,
                exitMultiple,
                successProbability,
                failureYear,
                recoveryMultiple,
                clawbackShare)));
    }

    /** A version 1 incentive: certain to succeed, nothing to recover or claw back. */
    public Incentive(
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
            @Nullable Double exitMultiple) {
        this(
                code,
                name,
                type,
                industryCode,
                startYear,
                durationYears,
                committedJobs,
                rampYears,
                butForShare,
                amount,
                talents,
                exitYear,
                exitMultiple,
                1.0,
                null,
                0.0,
                0.0);
    }

    /**
     * The same incentive with the version 2 risk inputs: success probability, failure year (null when certain),
     * recovery multiple (EQUITY) or clawback share (the other types); the other one stays 0.
     */
    public Incentive withRisk(double probability, @Nullable Integer failure, double recovery, double clawback) {
        @Nullable Object[] values = Draft.RECORD.values(this);
        int at = InputFields.indexOf(InputFields.get(ItemKind.INCENTIVE, "successProbability"));
        values[at] = probability;
        values[at + 1] = failure;
        values[at + 2] = recovery;
        values[at + 3] = clawback;
        return Draft.RECORD.build(values);
    }

    /** Whether the incentive may fail: its success probability is below 1. */
    public boolean uncertain() {
        return successProbability < 1;
    }

    /** Every rule the values of a draft break on their own, as they stand (missing values count as missing). */
    public static List<DomainProblem> problems(Draft draft) {
        Rules rules = new Rules(ItemKind.INCENTIVE, draft.code());
        rules.fields(InputFields.INCENTIVE_FIELDS, draft.values());
        return rules.problems();
    }

    /** The last year with a payment: s + D - 1. */
    public int lastActiveYear() {
        return startYear + durationYears - 1;
    }

    /** An incentive as typed, before validation: any value may be missing or out of range. */
    public record Draft(
            @Nullable String code,
            @Nullable String name,
            @Nullable IncentiveType type,
            @Nullable String industryCode,
            @Nullable Integer startYear,
            @Nullable Integer durationYears,
            @Nullable Double committedJobs,
            @Nullable Integer rampYears,
            @Nullable Double butForShare,
            @Nullable Double amount,
            @Nullable Double talents,
            @Nullable Integer exitYear,
            @Nullable Double exitMultiple,
            @Nullable Double successProbability,
            @Nullable Integer failureYear,
            @Nullable Double recoveryMultiple,
            @Nullable Double clawbackShare) {

        /** A draft of a version 1 incentive: the version 2 inputs hold their defaults (certain success). */
        public Draft(
                @Nullable String code,
                @Nullable String name,
                @Nullable IncentiveType type,
                @Nullable String industryCode,
                @Nullable Integer startYear,
                @Nullable Integer durationYears,
                @Nullable Double committedJobs,
                @Nullable Integer rampYears,
                @Nullable Double butForShare,
                @Nullable Double amount,
                @Nullable Double talents,
                @Nullable Integer exitYear,
                @Nullable Double exitMultiple) {
            this(
                    code,
                    name,
                    type,
                    industryCode,
                    startYear,
                    durationYears,
                    committedJobs,
                    rampYears,
                    butForShare,
                    amount,
                    talents,
                    exitYear,
                    exitMultiple,
                    1.0,
                    null,
                    0.0,
                    0.0);
        }

        private static final RecordShape<Draft> SHAPE = RecordShape.of(Draft.class);
        private static final RecordShape<Incentive> RECORD = RecordShape.of(Incentive.class);

        public static Draft of(Incentive incentive) {
            return SHAPE.build(RECORD.values(incentive));
        }

        /** A draft from values in field order ({@link InputFields#INCENTIVE_FIELDS}); numbers of any type. */
        public static Draft ofValues(@Nullable Object... values) {
            return SHAPE.build(Drafts.normalized(InputFields.INCENTIVE_FIELDS, values));
        }

        /** The values in field order. */
        public @Nullable Object[] values() {
            return SHAPE.values(this);
        }

        /** The workbook format's defaults applied to missing values (see {@link InputField#defaultValue()}). */
        public Draft withDefaults() {
            return SHAPE.build(Drafts.withDefaults(InputFields.INCENTIVE_FIELDS, values()));
        }

        /** The record, defaults applied; throws with every problem when a value breaks a rule. */
        public Incentive toIncentive() {
            Draft d = withDefaults();
            Rules.throwIfAny(problems(d));
            return RECORD.build(d.values());
        }
    }
}
