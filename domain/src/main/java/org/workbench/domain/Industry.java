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
        double displacement,
        @Nullable SectorLink sectorLink) {

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
                displacement,
                sectorLink)));
    }

    /** An industry with a typed multiplier, linked to no set (the form before version 2's links). */
    public Industry(
            String code,
            String name,
            double baselineJobs,
            double valueAddedPerJob,
            double productivityGrowth,
            double averageWage,
            double taxRate,
            double employmentMultiplier,
            double displacement) {
        this(
                code,
                name,
                baselineJobs,
                valueAddedPerJob,
                productivityGrowth,
                averageWage,
                taxRate,
                employmentMultiplier,
                displacement,
                null);
    }

    /** The same industry linked to a sector (null: unlinked); the multiplier becomes the link's unless overridden. */
    public Industry withSectorLink(@Nullable SectorLink link) {
        double multiplier = link != null && !link.overridden() ? link.derived() : employmentMultiplier;
        return new Industry(
                code,
                name,
                baselineJobs,
                valueAddedPerJob,
                productivityGrowth,
                averageWage,
                taxRate,
                multiplier,
                displacement,
                link);
    }

    /** Every rule the values of a draft break, as they stand (missing values count as missing). */
    public static List<DomainProblem> problems(Draft draft) {
        Rules rules = new Rules(ItemKind.INDUSTRY, draft.code());
        rules.fields(InputFields.INDUSTRY_FIELDS, draft.values());
        SectorLink link = draft.sectorLink();
        Double multiplier = draft.employmentMultiplier();
        if (link != null && multiplier != null && !link.agreesWith(multiplier)) {
            rules.add(
                    "employmentMultiplier", "problem.linkedMultiplier", multiplier, link.derived(), link.sectorCode());
        }
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
            @Nullable Double displacement,
            @Nullable SectorLink sectorLink) {

        /** A draft without a sector link, as before version 2's links. */
        public Draft(
                @Nullable String code,
                @Nullable String name,
                @Nullable Double baselineJobs,
                @Nullable Double valueAddedPerJob,
                @Nullable Double productivityGrowth,
                @Nullable Double averageWage,
                @Nullable Double taxRate,
                @Nullable Double employmentMultiplier,
                @Nullable Double displacement) {
            this(
                    code,
                    name,
                    baselineJobs,
                    valueAddedPerJob,
                    productivityGrowth,
                    averageWage,
                    taxRate,
                    employmentMultiplier,
                    displacement,
                    null);
        }

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
