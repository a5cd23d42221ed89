package org.workbench.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An industry the city bets on; incentives refer to it by code.
 *
 * @throws ScenarioInvalidException with every broken rule when a value is out of its range
 */
public record Industry(
        String code,
        String name,
        double baselineJobs,
        double valueAddedPerJob,
        double productivityGrowth,
        double averageWage,
        double taxRate,
        double employmentMultiplier,
        double displacement) {

    public Industry {
        Rules.throwIfAny(problems(new Draft(
                code,
                name,
                baselineJobs,
                valueAddedPerJob,
                productivityGrowth,
                averageWage,
                taxRate,
                employmentMultiplier,
                displacement)));
    }

    /** Every rule the values of a draft break, as they stand (missing values count as missing). */
    public static List<DomainProblem> problems(Draft draft) {
        Rules rules = new Rules(ItemKind.INDUSTRY, draft.code());
        rules.required("code", draft.code());
        rules.name("name", draft.name());
        rules.atLeast("baselineJobs", draft.baselineJobs(), 0.0);
        rules.greaterThan("valueAddedPerJob", draft.valueAddedPerJob(), 0.0);
        rules.between("productivityGrowth", draft.productivityGrowth(), -0.5, 1.0);
        rules.atLeast("averageWage", draft.averageWage(), 0.0);
        rules.between("taxRate", draft.taxRate(), 0.0, 1.0);
        rules.atLeast("employmentMultiplier", draft.employmentMultiplier(), 1.0);
        rules.atLeastAndBelow("displacement", draft.displacement(), 0.0, 1.0);
        return rules.problems();
    }

    /** An industry as typed, before validation: any value may be missing or out of range. */
    public record Draft(
            @Nullable String code,
            @Nullable String name,
            @Nullable Double baselineJobs,
            @Nullable Double valueAddedPerJob,
            @Nullable Double productivityGrowth,
            @Nullable Double averageWage,
            @Nullable Double taxRate,
            @Nullable Double employmentMultiplier,
            @Nullable Double displacement) {

        public static Draft of(Industry industry) {
            return new Draft(
                    industry.code(),
                    industry.name(),
                    industry.baselineJobs(),
                    industry.valueAddedPerJob(),
                    industry.productivityGrowth(),
                    industry.averageWage(),
                    industry.taxRate(),
                    industry.employmentMultiplier(),
                    industry.displacement());
        }

        /**
         * The workbook format's defaults applied to missing values: baseline jobs 0, growth 0, wage 0, multiplier 1,
         * displacement 0. Code, name, value added per job and tax rate have no default.
         */
        public Draft withDefaults() {
            return new Draft(
                    code,
                    name,
                    orDefault(baselineJobs, 0.0),
                    valueAddedPerJob,
                    orDefault(productivityGrowth, 0.0),
                    orDefault(averageWage, 0.0),
                    taxRate,
                    orDefault(employmentMultiplier, 1.0),
                    orDefault(displacement, 0.0));
        }

        /** The record, defaults applied; throws with every problem when a value breaks a rule. */
        @SuppressWarnings("NullAway") // problems() has checked every required value
        public Industry toIndustry() {
            Draft d = withDefaults();
            Rules.throwIfAny(problems(d));
            return new Industry(
                    d.code,
                    d.name,
                    d.baselineJobs,
                    d.valueAddedPerJob,
                    d.productivityGrowth,
                    d.averageWage,
                    d.taxRate,
                    d.employmentMultiplier,
                    d.displacement);
        }

        private static Double orDefault(@Nullable Double value, double fallback) {
            return value == null ? fallback : value;
        }
    }
}
