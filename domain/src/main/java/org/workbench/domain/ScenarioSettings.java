package org.workbench.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scenario-wide inputs of the calculation model. Money in whole currency units, shares as fractions.
 *
 * @throws ScenarioInvalidException with every broken rule when a value is out of its range
 */
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
        @Nullable String description,
        double budgetRevenue,
        double budgetGrowth,
        double successCorrelation,
        int draws,
        int seed,
        double behindThreshold) {

    public static final String DEFAULT_CURRENCY = "CNY";
    public static final int MIN_DRAWS = 100;
    public static final int MAX_DRAWS = 100_000;
    public static final int DEFAULT_DRAWS = 2_000;
    public static final int DEFAULT_SEED = 1;
    public static final double DEFAULT_BEHIND_THRESHOLD = 0.8;
    public static final int MIN_BASE_YEAR = 1950;
    public static final int MAX_BASE_YEAR = 2100;
    public static final int MAX_HORIZON_YEARS = 50;

    public ScenarioSettings {
        Rules.throwIfAny(problems(new Draft(
                name,
                city,
                baseYear,
                horizonYears,
                discountRate,
                householdSize,
                inMigrantShare,
                serviceCostPerResident,
                currency,
                description,
                budgetRevenue,
                budgetGrowth,
                successCorrelation,
                draws,
                seed,
                behindThreshold)));
    }

    /** The version 1 settings: every version 2 setting at its default (no budget, 2,000 draws, seed 1, 0.8). */
    public ScenarioSettings(
            String name,
            @Nullable String city,
            int baseYear,
            int horizonYears,
            double discountRate,
            double householdSize,
            double inMigrantShare,
            double serviceCostPerResident,
            String currency,
            @Nullable String description) {
        this(
                name,
                city,
                baseYear,
                horizonYears,
                discountRate,
                householdSize,
                inMigrantShare,
                serviceCostPerResident,
                currency,
                description,
                0,
                0,
                0,
                DEFAULT_DRAWS,
                DEFAULT_SEED,
                DEFAULT_BEHIND_THRESHOLD);
    }

    /** The same settings with the version 2 inputs given: the city's budget, risk and Monte Carlo settings. */
    public ScenarioSettings withRisk(
            double budgetRevenue,
            double budgetGrowth,
            double successCorrelation,
            int draws,
            int seed,
            double behindThreshold) {
        @Nullable Object[] values = Draft.RECORD.values(this);
        int at = InputFields.indexOf(InputFields.get(ItemKind.SETTINGS, "budgetRevenue"));
        Object[] risk = {budgetRevenue, budgetGrowth, successCorrelation, draws, seed, behindThreshold};
        System.arraycopy(risk, 0, values, at, risk.length);
        return Draft.RECORD.build(values);
    }

    /** The same settings under another name. */
    public ScenarioSettings withName(String newName) {
        @Nullable Object[] values = Draft.RECORD.values(this);
        values[InputFields.indexOf(InputFields.get(ItemKind.SETTINGS, "name"))] = newName;
        return Draft.RECORD.build(values);
    }

    /** The same settings with another description. */
    public ScenarioSettings withDescription(@Nullable String newDescription) {
        @Nullable Object[] values = Draft.RECORD.values(this);
        values[InputFields.indexOf(InputFields.get(ItemKind.SETTINGS, "description"))] = newDescription;
        return Draft.RECORD.build(values);
    }

    /** Like the constructor, but a blank currency means {@value #DEFAULT_CURRENCY}. */
    public static ScenarioSettings of(
            String name,
            @Nullable String city,
            int baseYear,
            int horizonYears,
            double discountRate,
            double householdSize,
            double inMigrantShare,
            double serviceCostPerResident,
            @Nullable String currency,
            @Nullable String description) {
        return new ScenarioSettings(
                name,
                city,
                baseYear,
                horizonYears,
                discountRate,
                householdSize,
                inMigrantShare,
                serviceCostPerResident,
                currencyOrDefault(currency),
                description);
    }

    public static String currencyOrDefault(@Nullable String currency) {
        return currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
    }

    /** The first year of the results, Y0 + 1. */
    public int firstYear() {
        return baseYear + 1;
    }

    /** The last year of the results, Y0 + H. */
    public int lastYear() {
        return baseYear + horizonYears;
    }

    /** Every rule the values of a draft break, as they stand (a blank currency counts as missing here). */
    public static List<DomainProblem> problems(Draft draft) {
        Rules rules = new Rules(ItemKind.SETTINGS, null);
        rules.fields(InputFields.SETTINGS_FIELDS, draft.values());
        return rules.problems();
    }

    /**
     * Settings as typed, before validation: any value may be missing or out of range. The importer and the editor
     * fill one, ask {@link ScenarioValidator} for every problem, and only then build the record.
     */
    public record Draft(
            @Nullable String name,
            @Nullable String city,
            @Nullable Integer baseYear,
            @Nullable Integer horizonYears,
            @Nullable Double discountRate,
            @Nullable Double householdSize,
            @Nullable Double inMigrantShare,
            @Nullable Double serviceCostPerResident,
            @Nullable String currency,
            @Nullable String description,
            @Nullable Double budgetRevenue,
            @Nullable Double budgetGrowth,
            @Nullable Double successCorrelation,
            @Nullable Integer draws,
            @Nullable Integer seed,
            @Nullable Double behindThreshold) {

        /** A draft of the version 1 settings: the version 2 settings hold their defaults. */
        public Draft(
                @Nullable String name,
                @Nullable String city,
                @Nullable Integer baseYear,
                @Nullable Integer horizonYears,
                @Nullable Double discountRate,
                @Nullable Double householdSize,
                @Nullable Double inMigrantShare,
                @Nullable Double serviceCostPerResident,
                @Nullable String currency,
                @Nullable String description) {
            this(
                    name,
                    city,
                    baseYear,
                    horizonYears,
                    discountRate,
                    householdSize,
                    inMigrantShare,
                    serviceCostPerResident,
                    currency,
                    description,
                    0.0,
                    0.0,
                    0.0,
                    DEFAULT_DRAWS,
                    DEFAULT_SEED,
                    DEFAULT_BEHIND_THRESHOLD);
        }

        private static final RecordShape<Draft> SHAPE = RecordShape.of(Draft.class);
        private static final RecordShape<ScenarioSettings> RECORD = RecordShape.of(ScenarioSettings.class);

        public static Draft of(ScenarioSettings settings) {
            return SHAPE.build(RECORD.values(settings));
        }

        /** A draft from values in field order ({@link InputFields#SETTINGS_FIELDS}); numbers of any type. */
        public static Draft ofValues(@Nullable Object... values) {
            return SHAPE.build(Drafts.normalized(InputFields.SETTINGS_FIELDS, values));
        }

        /** The values in field order. */
        public @Nullable Object[] values() {
            return SHAPE.values(this);
        }

        /** The workbook format's defaults applied to missing values (see {@link InputField#defaultValue()}). */
        public Draft withDefaults() {
            return SHAPE.build(Drafts.withDefaults(InputFields.SETTINGS_FIELDS, values()));
        }

        /** The record, defaults applied; throws with every problem when a value breaks a rule. */
        public ScenarioSettings toSettings() {
            Draft d = withDefaults();
            Rules.throwIfAny(problems(d));
            return RECORD.build(d.values());
        }
    }
}
