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
        rules.fields(InputFields.INDUSTRY_FIELDS, draft.values());
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

        private static final RecordShape<Draft> SHAPE = RecordShape.of(Draft.class);
        private static final RecordShape<Industry> RECORD = RecordShape.of(Industry.class);

        public static Draft of(Industry industry) {
            return SHAPE.build(RECORD.values(industry));
        }

        /** A draft from values in field order ({@link InputFields#INDUSTRY_FIELDS}); numbers of any type. */
        public static Draft ofValues(@Nullable Object... values) {
            return SHAPE.build(Drafts.normalized(InputFields.INDUSTRY_FIELDS, values));
        }

        /** The values in field order. */
        public @Nullable Object[] values() {
            return SHAPE.values(this);
        }

        /** The workbook format's defaults applied to missing values (see {@link InputField#defaultValue()}). */
        public Draft withDefaults() {
            return SHAPE.build(Drafts.withDefaults(InputFields.INDUSTRY_FIELDS, values()));
        }

        /** The record, defaults applied; throws with every problem when a value breaks a rule. */
        public Industry toIndustry() {
            Draft d = withDefaults();
            Rules.throwIfAny(problems(d));
            return RECORD.build(d.values());
        }
    }
}
