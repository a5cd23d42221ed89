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
        @Nullable Double exitMultiple) {

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
                exitMultiple)));
    }

    /** Every rule the values of a draft break on their own, as they stand (missing values count as missing). */
    public static List<DomainProblem> problems(Draft draft) {
        Rules rules = new Rules(ItemKind.INCENTIVE, draft.code());
        rules.required("code", draft.code());
        rules.name("name", draft.name());
        IncentiveType type = draft.type();
        if (type == null) {
            rules.add("type", "problem.required");
        }
        rules.required("industryCode", draft.industryCode());
        rules.present("startYear", draft.startYear());
        rules.atLeast("durationYears", draft.durationYears(), 1);
        rules.atLeast("committedJobs", draft.committedJobs(), 0.0);
        rules.atLeast("rampYears", draft.rampYears(), 1);
        rules.between("butForShare", draft.butForShare(), 0.0, 1.0);
        if (type == IncentiveType.TAX_REBATE) {
            rules.between("amount", draft.amount(), 0.0, 1.0);
        } else {
            rules.atLeast("amount", draft.amount(), 0.0);
        }
        rules.atLeast("talents", draft.talents(), 0.0);
        if (type == IncentiveType.EQUITY) {
            Integer start = draft.startYear();
            Integer exit = draft.exitYear();
            if (rules.present("exitYear", exit) && start != null && exit <= start) {
                rules.add("exitYear", "problem.exitNotAfterStart", exit, start);
            }
            rules.atLeast("exitMultiple", draft.exitMultiple(), 0.0);
        } else if (type != null) {
            rules.empty("exitYear", draft.exitYear(), type);
            rules.empty("exitMultiple", draft.exitMultiple(), type);
        }
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
            @Nullable Double exitMultiple) {

        public static Draft of(Incentive incentive) {
            return new Draft(
                    incentive.code(),
                    incentive.name(),
                    incentive.type(),
                    incentive.industryCode(),
                    incentive.startYear(),
                    incentive.durationYears(),
                    incentive.committedJobs(),
                    incentive.rampYears(),
                    incentive.butForShare(),
                    incentive.amount(),
                    incentive.talents(),
                    incentive.exitYear(),
                    incentive.exitMultiple());
        }

        /**
         * The workbook format's defaults applied to missing values: duration 1, committed jobs 0, ramp 1, talents 0.
         * The other values have no default.
         */
        public Draft withDefaults() {
            return new Draft(
                    code,
                    name,
                    type,
                    industryCode,
                    startYear,
                    durationYears == null ? Integer.valueOf(1) : durationYears,
                    committedJobs == null ? Double.valueOf(0.0) : committedJobs,
                    rampYears == null ? Integer.valueOf(1) : rampYears,
                    butForShare,
                    amount,
                    talents == null ? Double.valueOf(0.0) : talents,
                    exitYear,
                    exitMultiple);
        }

        /** The record, defaults applied; throws with every problem when a value breaks a rule. */
        @SuppressWarnings("NullAway") // problems() has checked every required value
        public Incentive toIncentive() {
            Draft d = withDefaults();
            Rules.throwIfAny(problems(d));
            return new Incentive(
                    d.code,
                    d.name,
                    d.type,
                    d.industryCode,
                    d.startYear,
                    d.durationYears,
                    d.committedJobs,
                    d.rampYears,
                    d.butForShare,
                    d.amount,
                    d.talents,
                    d.exitYear,
                    d.exitMultiple);
        }
    }
}
